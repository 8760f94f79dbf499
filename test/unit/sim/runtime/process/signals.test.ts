import { describe, expect, it } from "vitest";
import type { Signal } from "../../../../../worker/sim/runtime/process/signals.ts";
import type { ExitRecord } from "../../../../../worker/sim/runtime/runtime-types.ts";
import { ContainerRuntime } from "../../../../../worker/sim/runtime/container-runtime.ts";
import { execArgv, makePod, type Pod } from "../harness.ts";

/** Sends `signal` at 10 s and returns the main process's exit (or undefined if alive at `untilMs`). */
function signalAndWatch(pod: Pod, signal: Signal, untilMs: number): ExitRecord | undefined {
  pod.rt.advanceTo(10_000);
  pod.rt.takeExits();
  pod.rt.signal(pod.container, signal);
  for (;;) {
    const exit = pod.rt.takeExits().find((record) => record.kind === "main");
    if (exit !== undefined) return exit;
    const next = pod.rt.nextEventAt();
    if (next === undefined || next > untilMs) return undefined;
    pod.rt.advanceTo(next);
  }
}

describe("signals and PID 1 (kubelet-semantics.md T4, N5)", () => {
  it.each([
    { name: "sh as PID 1 ignores SIGTERM", command: ["sh", "-c", "sleep 3600"], share: false, signal: "TERM" as Signal, exit: undefined },
    { name: "sleep as PID 1 ignores SIGINT", command: ["sleep", "3600"], share: false, signal: "INT" as Signal, exit: undefined },
    { name: "SIGKILL always kills PID 1", command: ["sh", "-c", "sleep 3600"], share: false, signal: "KILL" as Signal, exit: { code: 137, atMs: 10_000 } },
    { name: "not PID 1 with a shared namespace: SIGTERM kills", command: ["sh", "-c", "sleep 3600"], share: true, signal: "TERM" as Signal, exit: { code: 143, atMs: 10_000 } },
    { name: "trap with wait exits at once", command: ["sh", "-c", "trap 'echo bye; exit 0' TERM; sleep 600 & wait"], share: false, signal: "TERM" as Signal, exit: { code: 0, atMs: 10_000 } },
    { name: "trap waits for the foreground command", command: ["sh", "-c", "trap 'exit 7' TERM; sleep 600"], share: false, signal: "TERM" as Signal, exit: { code: 7, atMs: 600_000 } },
    { name: "trap '' ignores even when not PID 1", command: ["sh", "-c", "trap '' TERM; sleep 60"], share: true, signal: "TERM" as Signal, exit: { code: 0, atMs: 60_000 } },
    { name: "nginx stops gracefully on its stop signal", command: undefined, share: false, signal: "QUIT" as Signal, exit: { code: 0, atMs: 10_000 } },
  ])("$name", ({ command, share, signal, exit }) => {
    const pod = makePod(command === undefined ? { image: "nginx", share } : { command, share });
    const result = signalAndWatch(pod, signal, 3_600_000 - 1);
    expect(result === undefined ? undefined : { code: result.exitCode, atMs: result.atMs }).toEqual(exit);
  });

  it("exit codes after signal deaths are 128 + signal", () => {
    const pod = makePod();
    const result = execArgv(pod, ["sh", "-c", "sleep 100 & kill -TERM $!; wait $!; echo $?; sleep 100 & kill -9 $!; wait $!; echo $?"]);
    expect(result.stdout).toBe("143\n137\n");
  });

  it("a container's other processes die with its main process", () => {
    const pod = makePod({ command: ["sh", "-c", "sleep 1000 & sleep 5"] });
    pod.rt.advanceTo(5_000);
    expect(pod.rt.takeExits().map((record) => [record.kind, record.exitCode])).toEqual([["main", 0]]);
    expect(pod.container.pids.processes.size).toBe(0);
  });
});

describe("ps ax", () => {
  it("shows the pause process and nginx master/worker from a busybox sidecar (docs example)", () => {
    const rt = new ContainerRuntime();
    const sandbox = rt.createSandbox({ podIp: "10.244.0.5", hostname: "web", shareProcessNamespace: true, etcHosts: undefined });
    const spec = { env: [], workingDir: undefined, mounts: [], args: undefined };
    const nginx = rt.createContainer(sandbox, { ...spec, name: "nginx", image: "nginx", command: undefined });
    const shell = rt.createContainer(sandbox, { ...spec, name: "shell", image: "busybox", command: ["sleep", "3600"] });
    if ("code" in nginx || "code" in shell) throw new Error("create failed");
    rt.start(nginx);
    rt.start(shell);
    const result = execArgv({ rt, sandbox, container: shell }, ["ps", "ax"]);
    expect(result.stdout).toBe(
      "PID   USER     TIME  COMMAND\n    1 root      0:00 /pause\n    2 root      0:00 nginx: master process nginx -g daemon off;\n" +
        "    3 101       0:00 nginx: worker process\n    4 root      0:00 sleep 3600\n    5 root      0:00 ps ax\n",
    );
  });

  it("without sharing, the entrypoint is PID 1 and only its own processes show", () => {
    const pod = makePod({ command: ["sh", "-c", "sleep 3600"] });
    const result = execArgv(pod, ["ps", "ax"]);
    expect(result.stdout).toBe("PID   USER     TIME  COMMAND\n    1 root      0:00 sh -c sleep 3600\n    2 root      0:00 sleep 3600\n    3 root      0:00 ps ax\n");
  });
});

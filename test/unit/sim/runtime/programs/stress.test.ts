// stress 1.0.4 and the container's memory cgroup (kubelet-semantics.md T5): past
// resources.limits.memory the OOM killer ends every process of the container (memory.oom.group).
import { describe, expect, it } from "vitest";
import { ContainerRuntime } from "../../../../../worker/sim/runtime/container-runtime.ts";
import { parseBytes } from "../../../../../worker/sim/runtime/programs/stress.ts";
import type { ExitRecord } from "../../../../../worker/sim/runtime/runtime-types.ts";
import { makePod, run } from "../harness.ts";

const mi = 1024 * 1024;

describe("stress --vm-bytes (atoll_b: powers of 1024)", () => {
  it.each([
    ["150M", 150 * mi], ["250m", 250 * mi], ["1g", 1024 * mi], ["512K", 512 * 1024], ["100b", 100], ["100", 100],
    ["1.5M", undefined], ["M", undefined], ["-1M", undefined],
  ])("%s → %s", (text, want) => {
    expect(parseBytes(text)).toBe(want);
  });
});

/** Starts polinux/stress with `args` under `limitBytes` and runs 10 s of virtual time. */
function runStress(args: string[], limitBytes: number | undefined): { exits: ExitRecord[]; isRunning: boolean } {
  const rt = new ContainerRuntime();
  const sandbox = rt.createSandbox({ podIp: "10.244.0.5", hostname: "memory-demo", shareProcessNamespace: false, etcHosts: undefined });
  const container = rt.createContainer(sandbox, {
    name: "ctr", image: "polinux/stress", command: ["stress"], args, env: [], workingDir: undefined, mounts: [], memoryLimitBytes: limitBytes,
  });
  if ("code" in container) throw new Error(container.message);
  if (rt.start(container) !== undefined) throw new Error("start failed");
  rt.advanceTo(10_000);
  return { exits: [...rt.takeExits()], isRunning: container.main?.state !== "exited" };
}

describe("the memory cgroup", () => {
  it("250M under a 100Mi limit: the container is OOM-killed at once, exit 137", () => {
    const { exits, isRunning } = runStress(["--vm", "1", "--vm-bytes", "250M", "--vm-hang", "1"], 100 * mi);
    expect(isRunning).toBe(false);
    expect(exits).toMatchObject([{ kind: "main", atMs: 0, exitCode: 137, isOomKilled: true }]);
  });

  it.each([
    { name: "150M under a 200Mi limit", limit: 200 * mi },
    { name: "250M with no limit", limit: undefined },
  ])("$name: keeps running", ({ limit }) => {
    const { exits, isRunning } = runStress(["--vm", "1", "--vm-bytes", limit === undefined ? "250M" : "150M", "--vm-hang", "1"], limit);
    expect(isRunning).toBe(true);
    expect(exits).toEqual([]);
  });

  it("two workers of 60M add up past a 100Mi limit", () => {
    expect(runStress(["--vm", "2", "--vm-bytes", "60M"], 100 * mi).exits).toMatchObject([{ exitCode: 137, isOomKilled: true }]);
  });

  it("an exec'd stress is in the container's cgroup too: the main process dies OOMKilled", () => {
    const rt = new ContainerRuntime();
    const sandbox = rt.createSandbox({ podIp: "10.244.0.5", hostname: "web", shareProcessNamespace: false, etcHosts: undefined });
    const container = rt.createContainer(sandbox, {
      name: "ctr", image: "polinux/stress", command: ["sleep", "3600"], args: undefined, env: [], workingDir: undefined, mounts: [], memoryLimitBytes: 100 * mi,
    });
    if ("code" in container || rt.start(container) !== undefined) throw new Error("no container");
    const proc = rt.exec(container, ["stress", "--vm", "1", "--vm-bytes", "200M"]);
    expect("code" in proc).toBe(false);
    const exits = rt.takeExits().map((exit) => [exit.kind, exit.exitCode, exit.isOomKilled]);
    expect(exits.sort()).toEqual([["exec", 137, false], ["main", 137, true]]);
  });
});

describe("stress output", () => {
  it("--timeout ends a successful run with exit 0", () => {
    const exit = run(makePod({ image: "polinux/stress", command: ["sleep", "3600"] }), "stress --vm 1 --vm-bytes 10M --timeout 2s");
    expect(exit).toMatchObject({
      exitCode: 0, atMs: 2000,
      stdout: "stress: info: [3] dispatching hogs: 0 cpu, 0 io, 1 vm, 0 hdd\nstress: info: [3] successful run completed in 2s\n",
    });
  });

  it("a worker killed by a signal fails the run with exit 1", () => {
    const exit = run(makePod({ image: "polinux/stress", command: ["sleep", "3600"] }), "stress -q --cpu 1 & sleep 1; kill -9 5; wait $!");
    expect(exit).toMatchObject({
      exitCode: 1,
      stderr: "stress: FAIL: [4] (415) <-- worker 5 got signal 9\nstress: WARN: [4] (417) now reaping child worker processes\nstress: FAIL: [4] (451) failed run completed in 1s\n",
    });
  });

  it("an unknown option is refused", () => {
    expect(run(makePod({ image: "polinux/stress", command: ["sleep", "3600"] }), "stress --bogus")).toMatchObject({ exitCode: 1, stderr: "stress: FAIL: [3] (244) unrecognized option: --bogus\n" });
  });
});

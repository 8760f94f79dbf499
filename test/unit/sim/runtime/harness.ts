/** Test helpers: a one-pod runtime and a way to run a shell command to completion. */
import { type Container, ContainerRuntime, type Sandbox } from "../../../../worker/sim/runtime/container-runtime.ts";
import type { ContainerSpec, ExitRecord, VolumeSource } from "../../../../worker/sim/runtime/runtime-types.ts";

/** A runtime with one sandbox and one running container of `image`. */
export interface Pod {
  rt: ContainerRuntime;
  sandbox: Sandbox;
  container: Container;
}

/** Options for makePod. */
export interface PodOptions {
  image?: string;
  command?: string[];
  args?: string[];
  share?: boolean;
  volumes?: [string, VolumeSource][];
  mounts?: ContainerSpec["mounts"];
  env?: [string, string][];
  etcHosts?: string;
}

/** Creates a sandbox and starts one container (default: busybox sleeping an hour). */
export function makePod(options: PodOptions = {}): Pod {
  const rt = new ContainerRuntime();
  const sandbox = rt.createSandbox({
    podIp: "10.244.0.5", hostname: "web", shareProcessNamespace: options.share ?? false, etcHosts: options.etcHosts,
  });
  for (const [name, source] of options.volumes ?? []) rt.addVolume(sandbox, name, source);
  const container = rt.createContainer(sandbox, {
    name: "main", image: options.image ?? "busybox", command: options.command ?? (options.image === undefined && options.args === undefined ? ["sleep", "3600"] : undefined),
    args: options.args, env: options.env ?? [], workingDir: undefined, mounts: options.mounts ?? [],
  });
  if ("code" in container) throw new Error(container.message);
  const failure = rt.start(container);
  if (failure !== undefined) throw new Error(failure.message);
  return { rt, sandbox, container };
}

/** Runs `sh -c script` in the pod's container and advances time until it exits (at most `limitMs`). */
export function run(pod: Pod, script: string, limitMs = 3_600_000): ExitRecord {
  return execArgv(pod, ["sh", "-c", script], limitMs);
}

/** Runs argv in the container until it exits; throws if it never does within `limitMs`. */
export function execArgv(pod: Pod, argv: string[], limitMs = 3_600_000): ExitRecord {
  const { rt } = pod;
  const proc = rt.exec(pod.container, argv);
  if ("code" in proc) throw new Error(proc.message);
  const deadline = rt.nowMs + limitMs;
  for (;;) {
    const exit = rt.takeExits().find((record) => record.kind === "exec" && record.pid === proc.pid);
    if (exit !== undefined) return exit;
    const next = rt.nextEventAt();
    if (next === undefined || next > deadline) throw new Error(`exec did not finish: ${argv.join(" ")}`);
    rt.advanceTo(next);
  }
}

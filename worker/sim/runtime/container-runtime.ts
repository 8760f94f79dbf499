/**
 * The container runtime the kubelet layer drives: sandboxes (pause, network, optional shared PID
 * namespace, volumes), containers created from an image and a spec, start, exec, signals, and
 * virtual time. Pure and deterministic; nothing here touches the host.
 *
 * Usage: `rt.createSandbox(...)`, `rt.addVolume(...)`, `rt.createContainer(...)`, `rt.start(c)`,
 * then alternate `rt.nextEventAt()` / `rt.advanceTo(ms)` and read `rt.takeExits()`.
 */
import { memoizeByText } from "../memoize-by-text.ts";
import { findImage, imageRootFs } from "./images/catalog.ts";
import type { ImageSpec } from "./images/image-spec.ts";
import { Network, type NetNamespace } from "./net/net-namespace.ts";
import { httpGet, type RequestHead } from "./net/http-get.ts";
import { Kernel } from "./process/kernel.ts";
import { MemoryCgroup } from "./process/memory-cgroup.ts";
import type { PidNamespace, Process } from "./process/process.ts";
import type { Signal } from "./process/signals.ts";
import { Capture, emptySource } from "./process/streams.ts";
import { findExecutable } from "./programs/find-executable.ts";
import { getProgram } from "./programs/program-table.ts";
import { type ContainerHost, runProgram } from "./programs/program.ts";
import type { ContainerSpec, ExitRecord, ProbeOutcome, RuntimeFailure, SandboxSpec, VolumeSource } from "./runtime-types.ts";
import { ContainerFs } from "./vfs/container-fs.ts";
import { type DirNode, type FsNode, makeDir } from "./vfs/fs-node.ts";
import type { Mount } from "./vfs/resolve-path.ts";
import { setUpVolume, subPathNode, textFile } from "./volumes.ts";

/** A pod sandbox. */
export interface Sandbox {
  spec: SandboxSpec;
  net: NetNamespace;
  /** The shared PID namespace, or undefined when each container has its own. */
  sharedPids: PidNamespace | undefined;
  pause: Process | undefined;
  volumes: Map<string, FsNode>;
  etcHosts: FsNode | undefined;
}

/** One container instance (a restart is a new instance). */
export interface Container {
  id: number;
  name: string;
  sandbox: Sandbox;
  image: ImageSpec;
  host: ContainerHost;
  argv: string[];
  env: Map<string, string>;
  workingDir: string;
  pids: PidNamespace;
  main: Process | undefined;
  log: Capture;
  memory: MemoryCgroup;
}

const noExits: readonly ExitRecord[] = Object.freeze([]);

/** Virtual Unix time at simulation time 0 (2024-01-01T00:00:00Z), for `date` and `ls -l`. */
export const defaultEpochMs = 1_704_067_200_000;

/** The runtime of one node. */
export class ContainerRuntime {
  readonly kernel = new Kernel();
  /** The node's own filesystem, where hostPath volumes live. */
  readonly nodeRoot: DirNode = makeDir();
  private readonly network = new Network();
  private readonly epochMs: number;
  private exits: ExitRecord[] = [];
  private nextContainerId = 1;

  constructor(epochMs = defaultEpochMs) {
    this.epochMs = epochMs;
  }

  /** Current virtual time in ms. */
  get nowMs(): number {
    return this.kernel.nowMs;
  }

  /** Creates the sandbox and starts its pause process (PID 1 of the shared namespace, if any). */
  createSandbox(spec: SandboxSpec): Sandbox {
    const sharedPids = spec.shareProcessNamespace ? Kernel.newNamespace() : undefined;
    const sandbox: Sandbox = {
      spec, net: this.network.create(spec.podIp), sharedPids, pause: undefined, volumes: new Map(),
      etcHosts: spec.etcHosts === undefined ? undefined : textFile(spec.etcHosts),
    };
    const image = findImage("registry.k8s.io/pause:3.10")!;
    const host = this.hostFor(sandbox, image, new ContainerFs(imageRootFs(image), [], () => this.kernel.nowMs), 0, new MemoryCgroup(undefined, () => {}));
    sandbox.pause = this.kernel.spawn({
      ns: sharedPids ?? Kernel.newNamespace(), ppid: 0, containerId: 0, argv: ["/pause"], user: "root",
      stderr: new Capture(), depth: 0,
      // A method, not an arrow property: tsx would rename the arrow at a defineProperty per sandbox.
      body(proc) {
        return runProgram(getProgram("pause"), { argv: ["/pause"], env: new Map(), cwd: "/", proc, host, stdio: { stdin: emptySource(), stdout: new Capture(), stderr: new Capture() } });
      },
    });
    sandbox.pause?.onExit.push((pause) => this.onPauseExit(pause, sharedPids));
    return sandbox;
  }

  /** Sets up a pod volume; a hostPath type mismatch is returned for the FailedMount event. */
  addVolume(sandbox: Sandbox, name: string, source: VolumeSource): RuntimeFailure | undefined {
    const root = setUpVolume(this.nodeRoot, source);
    if ("code" in root) return root;
    sandbox.volumes.set(name, root);
    return undefined;
  }

  /** Creates a container instance: a fresh root from the image, with the pod's mounts on top. */
  createContainer(sandbox: Sandbox, spec: ContainerSpec): Container | RuntimeFailure {
    const image = findImage(spec.image);
    if (image === undefined) return { code: "ImageNotFound", message: `image "${spec.image}" not found` };
    const mounts: Mount[] = [];
    for (const mount of spec.mounts) {
      const volume = sandbox.volumes.get(mount.volume);
      if (volume === undefined) return { code: "VolumeNotFound", message: `volume "${mount.volume}" not found` };
      mounts.push({ path: normalize(mount.mountPath), root: subPathNode(volume, mount.subPath), isReadOnly: mount.isReadOnly });
    }
    const hasOwnHosts = mounts.some((mount) => mount.path === "/etc/hosts");
    if (sandbox.etcHosts !== undefined && !hasOwnHosts) mounts.push({ path: "/etc/hosts", root: sandbox.etcHosts, isReadOnly: false });
    mounts.push({ path: "/etc/hostname", root: textFile(`${sandbox.spec.hostname}\n`), isReadOnly: false });
    const id = this.nextContainerId++;
    const fs = new ContainerFs(imageRootFs(image, mounts), mounts, () => this.kernel.nowMs);
    const env = new Map<string, string>([["HOSTNAME", sandbox.spec.hostname], ...image.env, ...spec.env]);
    if (!env.has("HOME")) env.set("HOME", "/root");
    const pids = sandbox.sharedPids ?? Kernel.newNamespace();
    const memory = new MemoryCgroup(spec.memoryLimitBytes, () => {
      for (const proc of [...pids.processes.values()]) if (proc.containerId === id) this.kernel.exit(proc, 137);
    });
    return {
      id, name: spec.name, sandbox, image, host: this.hostFor(sandbox, image, fs, id, memory),
      argv: commandLine(image, spec), env, workingDir: spec.workingDir ?? image.workingDir,
      pids, main: undefined, log: new Capture(), memory,
    };
  }

  /** Starts the main process; its exit is reported by takeExits with kind "main". */
  start(container: Container): RuntimeFailure | undefined {
    const started = this.run(container, container.argv, "main", container.log, container.log);
    if ("code" in started) return started;
    container.main = started;
    return undefined;
  }

  /**
   * Runs a command in a running container (kubectl exec / exec probes / hooks). Returns the exec
   * process; if it finished at once, its ExitRecord is also queued for takeExits. Once the node's
   * step budget is used up it refuses with `StepBudgetExhausted` instead of starting anything.
   */
  exec(container: Container, argv: string[]): Process | RuntimeFailure {
    if (container.main === undefined || container.main.state === "exited") {
      return { code: "NotRunning", message: `container not found ("${container.name}")` };
    }
    if (this.kernel.isNodeBudgetExhausted()) {
      return { code: "StepBudgetExhausted", message: "podlab: the simulator's step budget for this node is used up, so no new command can run" };
    }
    return this.run(container, argv, "exec", new Capture(), new Capture());
  }

  /** Sends a signal to the container's main process (as the runtime's StopContainer does). */
  signal(container: Container, signal: Signal): void {
    if (container.main !== undefined) this.kernel.signal(container.main, signal);
    this.kernel.advanceTo(this.kernel.nowMs);
  }

  /** Sends the image's stop signal (STOPSIGNAL; SIGQUIT for nginx, else SIGTERM). */
  stop(container: Container): void {
    this.signal(container, container.image.stopSignal);
  }

  /** Sends a signal to any process (a probe timeout kills its exec with SIGKILL). */
  signalProcess(proc: Process, signal: Signal): void {
    this.kernel.signal(proc, signal);
    this.kernel.advanceTo(this.kernel.nowMs);
  }

  /** The earliest time anything is scheduled, or undefined. */
  nextEventAt(): number | undefined {
    return this.kernel.nextEventAt();
  }

  /** Runs everything due up to `ms` and sets the clock there. */
  advanceTo(ms: number): void {
    this.kernel.advanceTo(ms);
  }

  /** Exits since the last call, in the order they happened. */
  takeExits(): readonly ExitRecord[] {
    if (this.exits.length === 0) return noExits;
    const taken = this.exits;
    this.exits = [];
    return taken;
  }

  /** An httpGet probe or hook from the node: GET http://IP:PORT/PATH with `head`'s Host and headers. */
  httpGet(sandbox: Sandbox, port: number, path: string, host: string, head: RequestHead): ProbeOutcome {
    const result = httpGet(sandbox.net, undefined, { host, port, path }, head);
    if (result.kind === "response") return { kind: "response", status: result.response.status, body: result.response.body };
    return result.kind === "refused" ? { kind: "refused" } : { kind: "timeout" };
  }

  /** A tcpSocket probe: whether a connection to IP:PORT opens. */
  tcpConnect(sandbox: Sandbox, port: number, host = sandbox.spec.podIp): "connected" | "refused" | "timeout" {
    return sandbox.net.connect(host, port).kind;
  }

  /** Stops everything in the sandbox (SIGKILL) and frees its IP. */
  removeSandbox(sandbox: Sandbox): void {
    if (sandbox.pause !== undefined) this.kernel.exit(sandbox.pause, 137);
    this.network.remove(sandbox.net);
  }

  private run(container: Container, argv: string[], kind: "main" | "exec", stdout: Capture, stderr: Capture): Process | RuntimeFailure {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- read by the process body, a method
    const runtime = this;
    const found = findExecutable(container.host.fs, argv[0] ?? "", container.env.get("PATH") ?? "", container.workingDir);
    if (found.kind === "not-found" || found.kind === "denied") {
      const why = found.kind === "denied" ? "permission denied" : `executable file not found in $PATH`;
      return { code: "ExecutableNotFound", message: `exec: "${argv[0] ?? ""}": ${why}` };
    }
    const fullArgv = found.kind === "program" ? argv : [...found.interpreter, found.path, ...argv.slice(1)];
    const program = getProgram(found.kind === "program" ? found.program : "sh");
    // Methods and inline arrows only: a named closure costs a defineProperty per call under tsx.
    const proc = this.kernel.spawn({
      ns: container.pids, ppid: 0, containerId: container.id, argv: fullArgv, user: container.image.user, stderr, depth: 0,
      body(self) {
        self.onExit.push((exited) => runtime.recordExit(container, kind, stdout, stderr, exited));
        return runProgram(program, {
          argv: fullArgv, env: container.env, cwd: container.workingDir, proc: self, host: container.host,
          stdio: { stdin: emptySource(), stdout, stderr },
        });
      },
    });
    this.kernel.advanceTo(this.kernel.nowMs);
    return proc ?? { code: "ExecutableNotFound", message: "can't fork: Resource temporarily unavailable" };
  }

  /** Queues the ExitRecord of a container's main process or exec. */
  private recordExit(container: Container, kind: "main" | "exec", stdout: Capture, stderr: Capture, proc: Process): void {
    if (kind === "main") this.killRest(container, proc);
    this.exits.push({
      containerId: container.id, pid: proc.pid, kind, atMs: this.kernel.nowMs, exitCode: proc.exitCode ?? 0,
      isOomKilled: kind === "main" && container.memory.isOomKilled,
      stdout: kind === "exec" ? stdout.text : "", stderr: kind === "exec" ? stderr.text : "",
    });
  }

  /**
   * The sandbox died: reported as a `sandbox` exit. As init of a shared PID namespace, its end
   * SIGKILLs every other process there (pid_namespaces(7)), so every container of the pod dies too.
   */
  private onPauseExit(pause: Process, sharedPids: PidNamespace | undefined): void {
    this.exits.push({ containerId: 0, pid: pause.pid, kind: "sandbox", atMs: this.kernel.nowMs, exitCode: pause.exitCode ?? 0, isOomKilled: false, stdout: "", stderr: "" });
    for (const proc of [...(sharedPids?.processes.values() ?? [])]) this.kernel.exit(proc, 137);
  }

  /** When a container's main process ends, the rest of its processes are killed (cgroup teardown). */
  private killRest(container: Container, main: Process): void {
    for (const proc of [...container.pids.processes.values()]) {
      if (proc !== main && proc.containerId === container.id) this.kernel.exit(proc, 137);
    }
  }

  private hostFor(sandbox: Sandbox, image: ImageSpec, fs: ContainerFs, containerId: number, memory: MemoryCgroup): ContainerHost {
    return { containerId, kernel: this.kernel, fs, flavor: image.flavor, hostname: sandbox.spec.hostname, net: sandbox.net, epochMs: this.epochMs, memory };
  }
}

/**
 * Kubernetes rules: command replaces ENTRYPOINT (and drops CMD); args replace CMD. As in
 * containerd's WithProcessArgs, an empty list counts as not set. Pure.
 */
export function commandLine(image: ImageSpec, spec: Pick<ContainerSpec, "command" | "args">): string[] {
  const command = spec.command ?? [];
  const args = spec.args ?? [];
  if (command.length > 0) return [...command, ...args];
  return [...image.entrypoint, ...(args.length > 0 ? args : image.cmd)];
}

/** A mount path without empty or `.` components; kept per text, as every container start asks. */
const normalize = memoizeByText((path: string): string => {
  const parts = path.split("/").filter((part) => part !== "" && part !== ".");
  return `/${parts.join("/")}`;
});

/**
 * The contract between the runtime and a simulated executable. A program gets its argv,
 * environment, working directory, standard streams and the container it runs in, and returns an
 * exit status, either at once (a number) or as a generator that yields Effects while it waits.
 */
import type { Kernel } from "../process/kernel.ts";
import type { MemoryCgroup } from "../process/memory-cgroup.ts";
import type { Process, ProcessBody } from "../process/process.ts";
import type { OutStream, TextSource } from "../process/streams.ts";
import type { ContainerFs } from "../vfs/container-fs.ts";
import type { NetNamespace } from "../net/net-namespace.ts";

/** Which userland's messages a container's tools print. */
export type Flavor = "busybox" | "gnu";

/** A process's standard streams. */
export interface Stdio {
  stdin: TextSource;
  stdout: OutStream;
  stderr: OutStream;
}

/** The container a program runs in: its files, processes, network and identity. */
export interface ContainerHost {
  readonly containerId: number;
  readonly kernel: Kernel;
  readonly fs: ContainerFs;
  readonly flavor: Flavor;
  readonly hostname: string;
  readonly net: NetNamespace;
  /** Virtual Unix time (ms) at simulation time 0; `date` adds the kernel clock. */
  readonly epochMs: number;
  /** The container's memory cgroup (resources.limits.memory). */
  readonly memory: MemoryCgroup;
}

/** Everything a program invocation sees. */
export interface ProgramContext {
  argv: string[];
  /** Shared with the container or the parent shell: never changed by a program. */
  env: ReadonlyMap<string, string>;
  cwd: string;
  stdio: Stdio;
  proc: Process;
  host: ContainerHost;
  /** Prefix of error lines when it is not the program name: shell builtins print as the shell does. */
  errorPrefix?: string;
}

/** A simulated executable. */
export type Program = (ctx: ProgramContext) => number | ProcessBody;

/** Prints `text` on stderr prefixed with the program name, as `prog: text`, and returns `code`. */
export function fail(ctx: ProgramContext, text: string, code = 1): number {
  ctx.stdio.stderr.write(`${ctx.errorPrefix ?? programName(ctx)}: ${text}\n`);
  return code;
}

/** The program's name as it prints it in messages (basename of argv[0]). */
export function programName(ctx: ProgramContext): string {
  const name = ctx.argv[0] ?? "";
  return name.slice(name.lastIndexOf("/") + 1);
}

/** Runs a program that may or may not wait, from inside another generator. */
export function* runProgram(program: Program, ctx: ProgramContext): ProcessBody {
  const result = program(ctx);
  return typeof result === "number" ? result : yield* result;
}

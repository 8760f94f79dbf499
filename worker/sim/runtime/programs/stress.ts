/**
 * `stress` 1.0.4 (the polinux/stress image of the kubernetes.io "Assign Memory Resources" task):
 * `stress [--cpu N] [--io N] [--vm N] [--vm-bytes B] [--vm-hang S] [--vm-keep] [--hdd N]
 * [--timeout T] [-q]`. It prints `dispatching hogs`, forks the workers and waits for them. Each
 * vm worker holds --vm-bytes (default 256M; b/k/m/g suffixes are powers of 1024, stress's
 * atoll_b) in the container's memory cgroup, so past resources.limits.memory the OOM killer ends
 * the whole container. A worker's malloc/touch/free cycle repeats the same peak, so it is held
 * once rather than replayed every --vm-hang seconds. cpu/io/hdd workers only keep running.
 * --timeout ends the run: `successful run completed in Ns`, exit 0. A worker killed by a signal
 * makes stress report it and exit 1, as stress does.
 */
import type { Process, ProcessBody } from "../process/process.ts";
import { parseDurationMs } from "./sleep.ts";
import { spawnChild } from "./spawn-child.ts";
import { fail, type ProgramContext } from "./program.ts";

interface Plan {
  workers: { kind: "cpu" | "io" | "vm" | "hdd"; count: number }[];
  vmBytes: number;
  timeoutMs: number | undefined;
  isQuiet: boolean;
}

const countOptions: Record<string, "cpu" | "io" | "vm" | "hdd"> = { "--cpu": "cpu", "-c": "cpu", "--io": "io", "-i": "io", "--vm": "vm", "-m": "vm", "--hdd": "hdd", "-d": "hdd" };
/** Options that take a value the simulation does not use. */
const ignoredValueOptions = new Set(["--vm-hang", "--vm-stride", "--hdd-bytes", "--backoff", "-n"]);

/** The stress program. */
export function stress(ctx: ProgramContext): number | ProcessBody {
  const plan = parsePlan(ctx.argv.slice(1));
  if (typeof plan === "string") return fail(ctx, `FAIL: [${ctx.proc.pid}] (244) ${plan}`);
  return run(ctx, plan);
}

function parsePlan(args: string[]): Plan | string {
  const plan: Plan = { workers: [], vmBytes: 256 * 1024 * 1024, timeoutMs: undefined, isQuiet: false };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    const value = args[i + 1];
    const kind = countOptions[arg];
    if (kind !== undefined) {
      const count = Number(value);
      if (!Number.isInteger(count) || count < 0) return `invalid number of ${kind} hogs: ${value ?? ""}`;
      plan.workers.push({ kind, count });
      i += 1;
    } else if (arg === "--vm-bytes") {
      const bytes = value === undefined ? undefined : parseBytes(value);
      if (bytes === undefined) return `invalid number in bytes: ${value ?? ""}`;
      plan.vmBytes = bytes;
      i += 1;
    } else if (arg === "--timeout" || arg === "-t") {
      const ms = value === undefined ? undefined : parseDurationMs(value);
      if (ms === undefined) return `invalid time: ${value ?? ""}`;
      plan.timeoutMs = ms;
      i += 1;
    } else if (ignoredValueOptions.has(arg)) i += 1;
    else if (arg === "-q" || arg === "--quiet") plan.isQuiet = true;
    else if (arg !== "--vm-keep" && arg !== "-v" && arg !== "--verbose") return `unrecognized option: ${arg}`;
  }
  return plan;
}

/** stress's atoll_b: digits with an optional b/k/m/g suffix in powers of 1024. Pure. */
export function parseBytes(text: string): number | undefined {
  const match = /^(\d+)([bBkKmMgG]?)$/.exec(text);
  if (match === null) return undefined;
  const factor = { "": 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2]!.toLowerCase()]!;
  return Number(match[1]) * factor;
}

function* run(ctx: ProgramContext, plan: Plan): ProcessBody {
  const { pid } = ctx.proc;
  const count = (kind: string) => plan.workers.filter((worker) => worker.kind === kind).reduce((sum, worker) => sum + worker.count, 0);
  if (!plan.isQuiet) ctx.stdio.stdout.write(`stress: info: [${pid}] dispatching hogs: ${count("cpu")} cpu, ${count("io")} io, ${count("vm")} vm, ${count("hdd")} hdd\n`);
  const startedMs = ctx.host.kernel.nowMs;
  const children: Process[] = [];
  for (const { kind, count: n } of plan.workers) {
    for (let index = 0; index < n; index += 1) {
      const child = spawnChild(ctx, ctx.argv, ctx.stdio.stderr, (proc) => worker(ctx, proc, kind === "vm" ? plan.vmBytes : 0));
      // A worker that went over the limit took the whole container, this process too.
      if (hasExited(ctx.proc)) return 137;
      if (child !== undefined) children.push(child);
    }
  }
  if (plan.timeoutMs !== undefined) {
    yield { kind: "sleep", untilMs: startedMs + plan.timeoutMs };
    for (const child of children) ctx.host.kernel.signal(child, "KILL");
    if (!plan.isQuiet) ctx.stdio.stdout.write(`stress: info: [${pid}] successful run completed in ${Math.round(plan.timeoutMs / 1000)}s\n`);
    return 0;
  }
  for (const child of children) {
    if (child.state !== "exited") yield { kind: "wait", child, isInterruptible: false };
    const code = child.exitCode ?? 0;
    if (code > 128) {
      const seconds = Math.round((ctx.host.kernel.nowMs - startedMs) / 1000);
      ctx.stdio.stderr.write(`stress: FAIL: [${pid}] (415) <-- worker ${child.pid} got signal ${code - 128}\n`);
      ctx.stdio.stderr.write(`stress: WARN: [${pid}] (417) now reaping child worker processes\n`);
      for (const other of children) ctx.host.kernel.signal(other, "KILL");
      ctx.stdio.stderr.write(`stress: FAIL: [${pid}] (451) failed run completed in ${seconds}s\n`);
      return 1;
    }
  }
  return 0;
}

/** Reads the state through a call so TypeScript does not narrow it across the spawn. */
function hasExited(proc: Process): boolean {
  return proc.state === "exited";
}

/** One hog: a vm worker holds its bytes; every worker runs until it is killed. */
function* worker(ctx: ProgramContext, proc: Process, bytes: number): ProcessBody {
  if (bytes > 0 && !ctx.host.memory.setResident(proc, bytes)) return 137;
  for (;;) yield { kind: "pause" };
}

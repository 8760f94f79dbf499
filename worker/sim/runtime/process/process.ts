/**
 * Simulated processes. A process is a JS generator that yields Effects when it must wait
 * (for virtual time, a child, a signal or a connection) and returns its exit status; the Kernel
 * resumes it with a Resume value saying why it woke.
 */
import type { OutStream } from "./streams.ts";
import type { Signal } from "./signals.ts";

/** What a blocked process waits for. */
export type Effect =
  /** Virtual time to reach `untilMs`. */
  | { kind: "sleep"; untilMs: number }
  /** A child to exit; a handled signal wakes an interruptible wait early (the `wait` builtin). */
  | { kind: "wait"; child: Process; isInterruptible: boolean }
  /** Anything: a handled signal or a wake() from a listener (servers, `nc -l`). */
  | { kind: "pause" };

/** Why a blocked process was resumed. */
export type Resume = "start" | "timer" | "child" | "signal" | "woken";

/** The generator a process runs. */
export type ProcessBody = Generator<Effect, number, Resume>;

/** A PID namespace: a container's own, or the pod's when shareProcessNamespace is true. */
export interface PidNamespace {
  nextPid: number;
  processes: Map<number, Process>;
}

/** Per-signal choice a process made: ignore it, or handle it (shell traps, nginx). */
export type Disposition = "ignore" | "handle";

/** One process. Mutable; the Kernel owns the state transitions. */
export interface Process {
  pid: number;
  ppid: number;
  ns: PidNamespace;
  /** Container the process runs in, as an opaque id chosen by the runtime. */
  containerId: number;
  argv: string[];
  user: string;
  state: "running" | "blocked" | "exited";
  body: ProcessBody | undefined;
  blocked: Effect | undefined;
  /** Bumped on every wake, so a stale timer entry for an earlier sleep is ignored. */
  wakeToken: number;
  exitCode: number | undefined;
  /** Signals the process ignores or handles; made on first use, as most processes set none. */
  dispositions: Map<Signal, Disposition> | undefined;
  pendingSignals: Signal[];
  stderr: OutStream;
  onExit: ((proc: Process) => void)[];
  stepsAtInstant: number;
  instantMs: number;
  /** How many processes up the inline start chain this one is (bounds JS stack depth). */
  depth: number;
}

/** How `proc` treats `signal`: undefined for the default action. */
export function dispositionOf(proc: Process, signal: Signal): Disposition | undefined {
  return proc.dispositions?.get(signal);
}

/** Makes `proc` ignore or handle `signal`, or (undefined) take the default action again. */
export function setDisposition(proc: Process, signal: Signal, disposition: Disposition | undefined): void {
  if (disposition === undefined) proc.dispositions?.delete(signal);
  else (proc.dispositions ??= new Map()).set(signal, disposition);
}

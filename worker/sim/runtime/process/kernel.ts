/**
 * The virtual clock and process scheduler. Processes run until they block; timers are entries in
 * an (atMs, seq) queue; `advanceTo` runs every entry due up to a time, in order. Pure and
 * deterministic: no wall clock, no host processes.
 *
 * Signal rules (signal(7), pid_namespaces(7); kubelet-semantics.md T4/N5): SIGKILL always kills;
 * a handled signal is queued for the process (and wakes an interruptible wait); an unhandled
 * signal is dropped when the process is PID 1 of its namespace or the default action is ignore;
 * otherwise the process dies with status 128 + signal number.
 */
import { BudgetError } from "./budget-error.ts";
import { EventQueue } from "./event-queue.ts";
import { dispositionOf, type Effect, type PidNamespace, type Process, type ProcessBody, type Resume } from "./process.ts";
import { isIgnoredByDefault, type Signal, signalNumbers } from "./signals.ts";
import type { OutStream } from "./streams.ts";

/** Steps one process may take at one virtual instant before it is stopped. */
export const maxStepsPerInstant = 20_000;
/** Steps all processes together may take at one instant (bounds fork bombs). */
export const maxNodeStepsPerInstant = 100_000;
/** Steps all processes together may take in a whole simulation. */
export const maxNodeSteps = 5_000_000;
const maxInlineDepth = 24;
const maxProcessesPerNamespace = 512;

/** What spawn needs to know about a new process. */
export interface SpawnSpec {
  ns: PidNamespace;
  ppid: number;
  containerId: number;
  argv: string[];
  user: string;
  stderr: OutStream;
  depth: number;
  body: (proc: Process) => ProcessBody;
}

/** Result of delivering a signal: whether a process was there to receive it. */
export type SignalResult = "delivered" | "no-such-process";

/** Owns virtual time and every process of one node. */
export class Kernel {
  nowMs = 0;
  private nodeInstantMs = -1;
  private nodeStepsAtInstant = 0;
  private nodeSteps = 0;
  private readonly timers = new EventQueue<{ proc: Process; token: number; resume: Resume }>();

  /** Makes a new PID namespace whose first process gets PID 1. */
  static newNamespace(): PidNamespace {
    return { nextPid: 1, processes: new Map() };
  }

  /** Creates a process and runs it until it first blocks or exits. Undefined when the namespace is full. */
  spawn(spec: SpawnSpec): Process | undefined {
    if (spec.ns.processes.size >= maxProcessesPerNamespace || spec.depth > maxInlineDepth || !this.countNodeStep()) return undefined;
    const proc: Process = {
      pid: spec.ns.nextPid++, ppid: spec.ppid, ns: spec.ns, containerId: spec.containerId,
      argv: spec.argv, user: spec.user, state: "running", body: undefined, blocked: undefined,
      wakeToken: 0, exitCode: undefined, dispositions: undefined, pendingSignals: [],
      stderr: spec.stderr, onExit: [], stepsAtInstant: 0, instantMs: this.nowMs, depth: spec.depth,
    };
    spec.ns.processes.set(proc.pid, proc);
    proc.body = spec.body(proc);
    this.run(proc, "start");
    return proc;
  }

  /** The earliest pending timer, or undefined when nothing is scheduled. */
  nextEventAt(): number | undefined {
    return this.timers.peekTime();
  }

  /** Runs every timer due at or before `ms`, then sets the clock to `ms`. */
  advanceTo(ms: number): void {
    for (let at = this.timers.peekTime(); at !== undefined && at <= ms; at = this.timers.peekTime()) {
      const entry = this.timers.pop()!;
      if (entry.atMs > this.nowMs) this.nowMs = entry.atMs;
      const { proc, token, resume } = entry.value;
      if (proc.state === "blocked" && proc.wakeToken === token) this.run(proc, resume);
    }
    if (ms > this.nowMs) this.nowMs = ms;
  }

  /** Counts one interpreter step; throws BudgetError when a process or the node is over budget. */
  tick(proc: Process): void {
    if (!this.countNodeStep()) {
      throw new BudgetError("StepBudget", "stopped: the pod used its whole step budget with no virtual time passing");
    }
    if (proc.instantMs !== this.nowMs) {
      proc.instantMs = this.nowMs;
      proc.stepsAtInstant = 0;
    }
    proc.stepsAtInstant += 1;
    if (proc.stepsAtInstant > maxStepsPerInstant) {
      throw new BudgetError(
        "StepBudget",
        `stopped after ${maxStepsPerInstant} steps with no virtual time passing (a loop without sleep?)`,
      );
    }
  }

  /** Whether the node-wide step budgets (the whole run, or this instant) are used up. */
  isNodeBudgetExhausted(): boolean {
    const atInstant = this.nodeInstantMs === this.nowMs ? this.nodeStepsAtInstant : 0;
    return this.nodeSteps >= maxNodeSteps || atInstant >= maxNodeStepsPerInstant;
  }

  /** Counts a step against the node-wide budgets; false once they are used up. */
  private countNodeStep(): boolean {
    if (this.nodeInstantMs !== this.nowMs) {
      this.nodeInstantMs = this.nowMs;
      this.nodeStepsAtInstant = 0;
    }
    this.nodeStepsAtInstant += 1;
    this.nodeSteps += 1;
    return this.nodeStepsAtInstant <= maxNodeStepsPerInstant && this.nodeSteps <= maxNodeSteps;
  }

  /** Wakes a paused process now (a connection arrived, a handled signal). */
  wake(proc: Process, resume: Resume): void {
    if (proc.state !== "blocked") return;
    proc.wakeToken += 1;
    this.timers.push(this.nowMs, { proc, token: proc.wakeToken, resume });
  }

  /** Delivers a signal following the rules in the header. */
  signal(proc: Process, signal: Signal): SignalResult {
    if (proc.state === "exited") return "no-such-process";
    if (signal === "KILL") {
      this.exit(proc, 128 + signalNumbers.KILL);
      return "delivered";
    }
    const disposition = dispositionOf(proc, signal);
    if (disposition === "ignore") return "delivered";
    if (disposition === "handle") {
      proc.pendingSignals.push(signal);
      const blocked = proc.blocked;
      if (blocked !== undefined && (blocked.kind === "pause" || (blocked.kind === "wait" && blocked.isInterruptible))) {
        this.wake(proc, "signal");
      }
      return "delivered";
    }
    if (proc.pid === 1 || isIgnoredByDefault(signal)) return "delivered";
    this.exit(proc, 128 + signalNumbers[signal]);
    return "delivered";
  }

  /** Ends a process with `code` and tells whoever waits for it. */
  exit(proc: Process, code: number): void {
    if (proc.state === "exited") return;
    proc.state = "exited";
    proc.exitCode = code;
    proc.body = undefined;
    proc.blocked = undefined;
    proc.ns.processes.delete(proc.pid);
    const listeners = proc.onExit;
    proc.onExit = [];
    for (const listener of listeners) listener(proc);
  }

  private run(proc: Process, first: Resume): void {
    let resume = first;
    proc.state = "running";
    proc.blocked = undefined;
    for (;;) {
      const body = proc.body;
      if (body === undefined || hasExited(proc)) return;
      let result: IteratorResult<Effect, number>;
      try {
        result = body.next(resume);
      } catch (caught) {
        if (!(caught instanceof BudgetError)) throw caught;
        proc.stderr.write(`sh: ${caught.message}\n`);
        this.exit(proc, 2);
        return;
      }
      if (hasExited(proc)) return;
      if (result.done === true) {
        this.exit(proc, result.value);
        return;
      }
      const next = this.immediate(proc, result.value);
      if (next === undefined) return;
      resume = next;
    }
  }

  /** Blocks on `effect`, or returns the Resume to continue with at once when it is already met. */
  private immediate(proc: Process, effect: Effect): Resume | undefined {
    if (effect.kind === "sleep" && effect.untilMs <= this.nowMs) return "timer";
    if (effect.kind === "wait" && effect.child.state === "exited") return "child";
    if (effect.kind !== "sleep" && proc.pendingSignals.length > 0 && (effect.kind === "pause" || effect.isInterruptible)) {
      return "signal";
    }
    proc.state = "blocked";
    proc.blocked = effect;
    proc.wakeToken += 1;
    if (effect.kind === "sleep") this.timers.push(effect.untilMs, { proc, token: proc.wakeToken, resume: "timer" });
    if (effect.kind === "wait") {
      const token = proc.wakeToken;
      effect.child.onExit.push(() => {
        if (proc.wakeToken === token) this.wake(proc, "child");
      });
    }
    return undefined;
  }
}

/** Reads the state through a call so TypeScript does not narrow it across generator steps. */
function hasExited(proc: Process): boolean {
  return proc.state === "exited";
}

/**
 * Traps and background jobs. A trapped signal runs its action after the foreground command
 * finishes (POSIX: the shell waits for the child first); only the `wait` builtin is interrupted,
 * which is why `sleep 600 & wait` is the idiom for a responsive shell entrypoint.
 */
import { type Effect, type Resume, setDisposition } from "../process/process.ts";
import { emptySource } from "../process/streams.ts";
import { spawnChild } from "../programs/spawn-child.ts";
import type { AndOr } from "./ast.ts";
import { parseScriptCached } from "./parser.ts";
import { runAndOr, runScript } from "./run-script.ts";
import { cloneShellState, outFd, type ShellState, shellError } from "./shell-state.ts";

type Gen<T> = Generator<Effect, T, Resume>;

/** Runs trap actions for signals that arrived; `$?` is kept across them. */
export function* runPendingTraps(sh: ShellState): Gen<void> {
  const pending = sh.ctx.proc.pendingSignals;
  while (pending.length > 0 && sh.flow === undefined) {
    const action = sh.traps.get(pending.shift()!);
    if (action !== undefined && action !== "") yield* runTrapAction(sh, action);
  }
}

/** Runs the EXIT trap once, if set, when the shell is about to end. */
export function* runExitTrap(sh: ShellState): Gen<void> {
  const action = sh.traps.get("EXIT");
  if (action === undefined || action === "") return;
  sh.traps.delete("EXIT");
  const status = sh.status;
  sh.flow = undefined;
  yield* runTrapAction(sh, action);
  if (!isExiting(sh)) sh.status = status;
}

function* runTrapAction(sh: ShellState, action: string): Gen<void> {
  const parsed = parseScriptCached(action);
  if (!parsed.ok) {
    shellError(sh, "syntax error in trap action");
    return;
  }
  const status = sh.status;
  yield* runScript(sh, parsed.script);
  if (!isExiting(sh)) sh.status = status;
}

/** Reads sh.flow through a call so TypeScript does not narrow it across the generator step. */
function isExiting(sh: ShellState): boolean {
  return sh.flow?.kind === "exit";
}

/** Starts `item` as a background job; non-interactive shells give it SIGINT/SIGQUIT ignored. */
export function runBackground(sh: ShellState, item: AndOr): void {
  const stderr = outFd(sh, 2) ?? sh.ctx.stdio.stderr;
  const child = spawnChild(sh.ctx, sh.ctx.proc.argv, stderr, function* (proc) {
    setDisposition(proc, "INT", "ignore");
    setDisposition(proc, "QUIT", "ignore");
    const sub = cloneShellState(sh);
    sub.ctx = { ...sh.ctx, proc };
    sub.fds[0] = emptySource();
    yield* runAndOr(sub, { ...item, isBackground: false });
    return sub.status;
  });
  if (child === undefined) {
    shellError(sh, "can't fork: Resource temporarily unavailable");
    sh.status = 2;
    return;
  }
  sh.jobs.push(child);
  sh.lastBackgroundPid = child.pid;
  sh.status = 0;
}

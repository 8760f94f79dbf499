/**
 * The state of one shell: variables, positional parameters, functions, traps, open descriptors
 * and control flow. A subshell ( ... ), $( ... ) or background job works on a clone.
 */
import type { ProgramContext } from "../programs/program.ts";
import type { Process } from "../process/process.ts";
import { type OutStream, TextSource } from "../process/streams.ts";
import type { Command } from "./ast.ts";

/** A file descriptor: input text or an output stream. Missing entries are closed. */
export type Fd = TextSource | OutStream;

/** Pending non-local control flow, checked after every command. */
export type Flow =
  | { kind: "break"; levels: number }
  | { kind: "continue"; levels: number }
  | { kind: "return" }
  | { kind: "exit" };

/** One shell's mutable state. */
export interface ShellState {
  ctx: ProgramContext;
  /** Name used in error messages and as $0 (`sh`). */
  name: string;
  /** The message style: busybox ash or dash. */
  dialect: "busybox" | "dash";
  vars: Map<string, string>;
  exported: Set<string>;
  positional: string[];
  status: number;
  /** Status of the last $(...) in the command being expanded (an assignment-only command's status). */
  substStatus: number | undefined;
  functions: Map<string, Command>;
  /** Trap actions by condition name (TERM, INT, QUIT, HUP, USR1, USR2, EXIT); "" ignores. */
  traps: Map<string, string>;
  fds: Fd[];
  flow: Flow | undefined;
  cwd: string;
  /** PID printed by $$: the top shell's, also inside subshells. */
  shellPid: number;
  lastBackgroundPid: number | undefined;
  jobs: Process[];
  isErrexit: boolean;
  funcDepth: number;
  loopDepth: number;
  /** Line of the command being run (dash prints it in messages). */
  line: number;
}

/** Creates the state for a new shell process. */
export function newShellState(ctx: ProgramContext, positional: string[]): ShellState {
  const vars = new Map(ctx.env);
  if (!vars.has("PATH")) vars.set("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
  if (!vars.has("IFS")) vars.set("IFS", " \t\n");
  return {
    ctx, name: "sh", dialect: ctx.host.flavor === "gnu" ? "dash" : "busybox", vars,
    exported: new Set(ctx.env.keys()), positional, status: 0, substStatus: undefined, functions: new Map(), traps: new Map(),
    fds: [ctx.stdio.stdin, ctx.stdio.stdout, ctx.stdio.stderr], flow: undefined, cwd: ctx.cwd,
    shellPid: ctx.proc.pid, lastBackgroundPid: undefined, jobs: [], isErrexit: false, funcDepth: 0,
    loopDepth: 0, line: 1,
  };
}

/** A copy for a subshell: same values, independent maps; traps other than ignores are reset. */
export function cloneShellState(sh: ShellState): ShellState {
  const traps = new Map<string, string>();
  for (const [name, action] of sh.traps) if (action === "") traps.set(name, "");
  return {
    ...sh, vars: new Map(sh.vars), exported: new Set(sh.exported), positional: [...sh.positional],
    functions: new Map(sh.functions), traps, fds: [...sh.fds], flow: undefined, jobs: [],
  };
}

/** The environment passed to a child: exported variables plus `extra` assignments. */
export function childEnv(sh: ShellState, extra: Map<string, string> | undefined): Map<string, string> {
  const env = new Map<string, string>();
  for (const name of sh.exported) {
    const value = sh.vars.get(name);
    if (value !== undefined) env.set(name, value);
  }
  if (extra !== undefined) for (const [name, value] of extra) env.set(name, value);
  return env;
}

/** The output stream at descriptor `fd`, or undefined when it is closed or an input. */
export function outFd(sh: ShellState, fd: number): OutStream | undefined {
  const entry = sh.fds[fd];
  return entry === undefined || entry instanceof TextSource ? undefined : entry;
}

/** The input at descriptor `fd`; a closed or output descriptor reads as empty. */
export function inFd(sh: ShellState, fd: number): TextSource {
  const entry = sh.fds[fd];
  return entry instanceof TextSource ? entry : new TextSource("");
}

/** Writes an error line the way this shell formats it (`sh: msg` or dash's `sh: LINE: msg`). */
export function shellError(sh: ShellState, message: string): void {
  const prefix = sh.dialect === "dash" ? `${sh.name}: ${sh.line}: ` : `${sh.name}: `;
  outFd(sh, 2)?.write(`${prefix}${message}\n`);
}

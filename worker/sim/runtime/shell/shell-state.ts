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
  /** Variables. Changed only through setVar, deleteVar, exportName and unexportName, which keep `env` in step. */
  readonly vars: ReadonlyMap<string, string>;
  /** Names marked for export, in the order they were marked (see vars). */
  readonly exported: ReadonlySet<string>;
  /**
   * The environment the exported variables make, once childEnv built it; undefined after one of
   * them changed. Shared by every child started meanwhile, as a program never changes its env.
   */
  env: ReadonlyMap<string, string> | undefined;
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

/**
 * Creates the state for a new shell process. Its environment for children is at first its own
 * (`ctx.env`): every variable in it is exported with the same value, in the same order, and the
 * defaults added here (PATH, IFS) are not exported.
 */
export function newShellState(ctx: ProgramContext, positional: string[]): ShellState {
  const vars = new Map(ctx.env);
  if (!vars.has("PATH")) vars.set("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
  if (!vars.has("IFS")) vars.set("IFS", " \t\n");
  return {
    ctx, name: "sh", dialect: ctx.host.flavor === "gnu" ? "dash" : "busybox", vars,
    exported: new Set(ctx.env.keys()), env: ctx.env, positional, status: 0, substStatus: undefined, functions: new Map(), traps: new Map(),
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

/**
 * The environment passed to a child: exported variables plus `extra` assignments. Without extra
 * assignments it is the shell's kept `env`: most commands a shell runs see the same environment.
 */
export function childEnv(sh: ShellState, extra: Map<string, string> | undefined): ReadonlyMap<string, string> {
  sh.env ??= exportedEnv(sh);
  if (extra === undefined || extra.size === 0) return sh.env;
  const env = new Map(sh.env);
  for (const [name, value] of extra) env.set(name, value);
  return env;
}

function exportedEnv(sh: ShellState): Map<string, string> {
  const env = new Map<string, string>();
  for (const name of sh.exported) {
    const value = sh.vars.get(name);
    if (value !== undefined) env.set(name, value);
  }
  return env;
}

/** Sets a variable. */
export function setVar(sh: ShellState, name: string, value: string): void {
  (sh.vars as Map<string, string>).set(name, value);
  if (sh.exported.has(name)) sh.env = undefined;
}

/** Removes a variable's value; an export mark stays (`FOO=1 cmd` restoring an unset FOO). */
export function deleteVar(sh: ShellState, name: string): void {
  if ((sh.vars as Map<string, string>).delete(name) && sh.exported.has(name)) sh.env = undefined;
}

/** Marks a variable for export. */
export function exportName(sh: ShellState, name: string): void {
  if (sh.exported.has(name)) return;
  (sh.exported as Set<string>).add(name);
  sh.env = undefined;
}

/** Removes a variable's export mark. */
export function unexportName(sh: ShellState, name: string): void {
  if ((sh.exported as Set<string>).delete(name)) sh.env = undefined;
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

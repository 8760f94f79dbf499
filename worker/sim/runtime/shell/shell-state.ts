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
  /**
   * Variables; undefined until the shell first changes one, as most never do: until then they
   * are ctx.env's plus the PATH and IFS defaults (see getVar). Changed only through setVar,
   * deleteVar, exportName and unexportName, which keep `env` in step.
   */
  readonly vars: ReadonlyMap<string, string> | undefined;
  /** Names marked for export, in the order they were marked; undefined until changed: ctx.env's names. */
  readonly exported: ReadonlySet<string> | undefined;
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

const defaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
const defaultIfs = " \t\n";

/**
 * Creates the state for a new shell process. Its environment for children is at first its own
 * (`ctx.env`): every variable in it is exported with the same value, in the same order, and the
 * PATH and IFS defaults are not exported.
 */
export function newShellState(ctx: ProgramContext, positional: string[]): ShellState {
  return {
    ctx, name: "sh", dialect: ctx.host.flavor === "gnu" ? "dash" : "busybox", vars: undefined,
    exported: undefined, env: ctx.env, positional, status: 0, substStatus: undefined, functions: new Map(), traps: new Map(),
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
    ...sh, vars: sh.vars && new Map(sh.vars), exported: sh.exported && new Set(sh.exported), positional: [...sh.positional],
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
  for (const name of exportedNames(sh)) {
    const value = getVar(sh, name);
    if (value !== undefined) env.set(name, value);
  }
  return env;
}

/** A variable's value, or undefined when it is unset. */
export function getVar(sh: ShellState, name: string): string | undefined {
  if (sh.vars !== undefined) return sh.vars.get(name);
  return sh.ctx.env.get(name) ?? (name === "PATH" ? defaultPath : name === "IFS" ? defaultIfs : undefined);
}

/** The names marked for export, in the order they were marked. */
export function exportedNames(sh: ShellState): Iterable<string> {
  return sh.exported ?? sh.ctx.env.keys();
}

function isExported(sh: ShellState, name: string): boolean {
  return sh.exported === undefined ? sh.ctx.env.has(name) : sh.exported.has(name);
}

/** Sets a variable. */
export function setVar(sh: ShellState, name: string, value: string): void {
  ownVars(sh).set(name, value);
  if (isExported(sh, name)) sh.env = undefined;
}

/** Removes a variable's value; an export mark stays (`FOO=1 cmd` restoring an unset FOO). */
export function deleteVar(sh: ShellState, name: string): void {
  if (ownVars(sh).delete(name) && isExported(sh, name)) sh.env = undefined;
}

/** Marks a variable for export. */
export function exportName(sh: ShellState, name: string): void {
  if (isExported(sh, name)) return;
  ownExported(sh).add(name);
  sh.env = undefined;
}

/** Removes a variable's export mark. */
export function unexportName(sh: ShellState, name: string): void {
  if (ownExported(sh).delete(name)) sh.env = undefined;
}

/** The shell's own variables map, made from the ones it started with on the first change. */
function ownVars(sh: ShellState): Map<string, string> {
  if (sh.vars !== undefined) return sh.vars as Map<string, string>;
  const vars = new Map(sh.ctx.env);
  if (!vars.has("PATH")) vars.set("PATH", defaultPath);
  if (!vars.has("IFS")) vars.set("IFS", defaultIfs);
  (sh as { vars: ReadonlyMap<string, string> | undefined }).vars = vars;
  return vars;
}

/** The shell's own export list, made from ctx.env's names on the first change. */
function ownExported(sh: ShellState): Set<string> {
  if (sh.exported !== undefined) return sh.exported as Set<string>;
  const exported = new Set(sh.ctx.env.keys());
  (sh as { exported: ReadonlySet<string> | undefined }).exported = exported;
  return exported;
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

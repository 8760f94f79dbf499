/**
 * `exec cmd args`: the shell process becomes `cmd` (same PID, handled signals reset to default,
 * ignored ones stay ignored, no EXIT trap). `. file`: runs a file in the current shell.
 */
import { type Effect, type Resume, setDisposition } from "../../process/process.ts";
import { findExecutable } from "../../programs/find-executable.ts";
import { getProgram } from "../../programs/program-table.ts";
import { runProgram } from "../../programs/program.ts";
import { asVfsError, strerror } from "../../vfs/vfs-error.ts";
import { parseScriptCached } from "../parser.ts";
import { runScript } from "../run-script.ts";
import { contextFor } from "../run-simple.ts";
import { childEnv, getVar, type ShellState, shellError } from "../shell-state.ts";
import { formatSyntaxError } from "../syntax-error.ts";

type Gen<T> = Generator<Effect, T, Resume>;

/** The exec builtin (with a command; `exec` with only redirections is handled by run-simple). */
export function* execBuiltin(sh: ShellState, argv: string[]): Gen<number> {
  const args = argv.slice(1);
  if (args.length === 0) return 0;
  const found = findExecutable(sh.ctx.host.fs, args[0]!, getVar(sh, "PATH") ?? "", sh.cwd);
  sh.flow = { kind: "exit" };
  if (found.kind === "not-found" || found.kind === "denied") {
    shellError(sh, `exec: ${args[0]}: ${found.kind === "denied" ? "Permission denied" : "not found"}`);
    return found.kind === "denied" ? 126 : 127;
  }
  const childArgv = found.kind === "program" ? args : [...found.interpreter, found.path, ...args.slice(1)];
  const proc = sh.ctx.proc;
  proc.argv = childArgv;
  for (const [signal, disposition] of proc.dispositions ?? []) if (disposition === "handle") setDisposition(proc, signal, undefined);
  sh.traps.clear();
  const program = getProgram(found.kind === "program" ? found.program : "sh");
  return yield* runProgram(program, contextFor(sh, childArgv, childEnv(sh, undefined)));
}

/** `. file` / `source file`: parse and run the file in this shell. */
export function* dotBuiltin(sh: ShellState, argv: string[]): Gen<number> {
  const path = argv[1];
  if (path === undefined) return 0;
  let text: string;
  try {
    text = sh.ctx.host.fs.readFile(path, sh.cwd);
  } catch (caught) {
    shellError(sh, `.: can't open '${path}': ${strerror[asVfsError(caught).code]}`);
    sh.flow = { kind: "exit" };
    return 2;
  }
  const parsed = parseScriptCached(text);
  if (!parsed.ok) {
    shellError(sh, formatSyntaxError(parsed.problem, sh.dialect));
    return 2;
  }
  return yield* runScript(sh, parsed.script);
}

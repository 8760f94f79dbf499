/**
 * `sh`: busybox ash or dash (by the image's flavor). `sh -c SCRIPT [NAME [ARGS]]`, `sh FILE
 * [ARGS]`, or a script on stdin. Syntax errors print the shell's own message and exit 2.
 */
import type { ProcessBody } from "../process/process.ts";
import { parseScriptCached } from "../shell/parser.ts";
import { runScript } from "../shell/run-script.ts";
import { runExitTrap, runPendingTraps } from "../shell/run-traps.ts";
import { newShellState, shellError } from "../shell/shell-state.ts";
import { formatSyntaxError } from "../shell/syntax-error.ts";
import { asVfsError, strerror } from "../vfs/vfs-error.ts";
import type { ProgramContext } from "./program.ts";

/** The shell program. */
export function* sh(ctx: ProgramContext): ProcessBody {
  const args = ctx.argv.slice(1);
  let isErrexit = false;
  while (args[0] !== undefined && /^-[ex]+$/.test(args[0])) isErrexit ||= args.shift()!.includes("e");
  const state = newShellState(ctx, []);
  state.isErrexit = isErrexit;
  let text: string;
  if (args[0] === "-c") {
    if (args[1] === undefined) {
      shellError(state, "-c requires an argument");
      return 2;
    }
    text = args[1];
    state.name = args[2] ?? "sh";
    state.positional = args.slice(3);
  } else if (args[0] !== undefined) {
    try {
      text = ctx.host.fs.readFile(args[0], ctx.cwd);
    } catch (caught) {
      shellError(state, `can't open '${args[0]}': ${strerror[asVfsError(caught).code]}`);
      return 127;
    }
    state.name = args[0];
    state.positional = args.slice(1);
  } else text = ctx.stdio.stdin.readAll();
  const parsed = parseScriptCached(text);
  if (!parsed.ok) {
    state.line = parsed.problem.pos.line;
    shellError(state, formatSyntaxError(parsed.problem, state.dialect));
    return 2;
  }
  yield* runScript(state, parsed.script);
  if (state.flow === undefined) yield* runPendingTraps(state);
  yield* runExitTrap(state);
  return state.status;
}

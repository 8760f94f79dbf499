/** exit, return, break, continue: they set the shell's pending control flow. */
import type { ShellState } from "../shell-state.ts";
import { shellError } from "../shell-state.ts";

/** `exit [n]`: ends the shell with n (default: the last status). */
export function exitBuiltin(sh: ShellState, argv: string[]): number {
  const status = argv[1] === undefined ? sh.status : parseStatus(sh, argv[1]);
  sh.flow = { kind: "exit" };
  return status;
}

/** `return [n]`: leaves the current function (or a sourced file). */
export function returnBuiltin(sh: ShellState, argv: string[]): number {
  const status = argv[1] === undefined ? sh.status : parseStatus(sh, argv[1]);
  sh.flow = sh.funcDepth > 0 ? { kind: "return" } : { kind: "exit" };
  return status;
}

/** `break [n]` and `continue [n]`. Outside a loop they do nothing, as in ash and dash. */
export function loopControlBuiltin(sh: ShellState, argv: string[]): number {
  if (sh.loopDepth === 0) return 0;
  const levels = Math.min(Number(argv[1] ?? "1") || 1, sh.loopDepth);
  sh.flow = { kind: argv[0] === "break" ? "break" : "continue", levels };
  return 0;
}

function parseStatus(sh: ShellState, text: string): number {
  if (/^[0-9]+$/.test(text)) return Number(text) & 255;
  shellError(sh, `exit: Illegal number: ${text}`);
  sh.flow = { kind: "exit" };
  return 2;
}

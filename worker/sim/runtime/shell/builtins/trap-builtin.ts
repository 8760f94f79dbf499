/**
 * `trap [action] condition...`: installs signal handlers. An action of "" ignores the signal,
 * "-" restores the default; KILL and STOP cannot be caught. With no arguments it lists traps.
 */
import { setDisposition } from "../../process/process.ts";
import { parseSignal } from "../../process/signals.ts";
import { outFd, type ShellState, shellError } from "../shell-state.ts";

/** The trap builtin. */
export function trapBuiltin(sh: ShellState, argv: string[]): number {
  if (argv.length === 1) {
    for (const [name, action] of sh.traps) outFd(sh, 1)?.write(`trap -- '${action.replace(/'/g, "'\\''")}' ${name}\n`);
    return 0;
  }
  const isReset = argv.length === 2 || argv[1] === "-";
  const action = argv[1]!;
  const conditions = argv.length === 2 ? argv.slice(1) : argv.slice(2);
  let status = 0;
  for (const condition of conditions) {
    if (condition === "EXIT" || condition === "0") {
      if (isReset) sh.traps.delete("EXIT");
      else sh.traps.set("EXIT", action);
      continue;
    }
    const signal = parseSignal(condition);
    if (signal === undefined) {
      shellError(sh, `trap: ${condition}: bad trap`);
      status = 1;
      continue;
    }
    if (signal === "KILL" || signal === "STOP") continue;
    if (isReset) {
      sh.traps.delete(signal);
      setDisposition(sh.ctx.proc, signal, undefined);
    } else {
      sh.traps.set(signal, action);
      setDisposition(sh.ctx.proc, signal, action === "" ? "ignore" : "handle");
    }
  }
  return status;
}

/** `kill [-SIG | -s SIG | -n NUM] PID...` and `kill -l`, within the caller's PID namespace. */
import { parseSignal, type Signal, signalNumbers } from "../process/signals.ts";
import { fail, type ProgramContext } from "./program.ts";
import { writeOut } from "./write-out.ts";

/** The kill program/builtin. */
export function kill(ctx: ProgramContext): number {
  const args = ctx.argv.slice(1);
  if (args[0] === "-l") return writeOut(ctx, `${Object.keys(signalNumbers).join(" ")}\n`);
  let signal: Signal | undefined = "TERM";
  if (args[0] === "-s" || args[0] === "-n") {
    args.shift();
    signal = parseSignal(args.shift() ?? "");
  } else if (args[0]?.startsWith("-") && args[0] !== "--") signal = parseSignal(args.shift()!.slice(1));
  else if (args[0] === "--") args.shift();
  if (signal === undefined) return fail(ctx, "bad signal name");
  if (args.length === 0) return fail(ctx, "usage: kill [-s SIG] PID...");
  let status = 0;
  for (const arg of args) {
    const target = /^\d+$/.test(arg) ? ctx.proc.ns.processes.get(Number(arg)) : undefined;
    if (!/^\d+$/.test(arg)) {
      status = fail(ctx, `invalid number '${arg}'`);
      continue;
    }
    // pid_namespaces(7): SIGKILL and SIGSTOP from inside the namespace never reach its init.
    if (target?.pid === 1 && (signal === "KILL" || signal === "STOP")) continue;
    if (target === undefined || ctx.host.kernel.signal(target, signal) === "no-such-process") {
      status = fail(ctx, `can't kill pid ${arg}: No such process`);
    }
  }
  return status;
}

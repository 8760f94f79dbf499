/**
 * busybox `nc`: client mode (net-clients.ts) or `nc -l -p PORT`, which serves its stdin to the
 * first connection, prints what it received, and exits: the classic shell liveness server
 * `while true; do echo -e "HTTP/1.1 200 OK\r\n\r\nok" | nc -l -p 8080; done`.
 */
import type { ProcessBody } from "../process/process.ts";
import { ncClient } from "./net-clients.ts";
import { fail, type ProgramContext } from "./program.ts";
import { writeOut } from "./write-out.ts";

/** The nc program. */
export function nc(ctx: ProgramContext): number | ProcessBody {
  const operands: string[] = [];
  let port: number | undefined;
  let isListen = false;
  let isScan = false;
  const args = ctx.argv.slice(1);
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === "-p") port = Number(args[++i]);
    else if (arg === "-w" || arg === "-W") i += 1;
    else if (/^-[lkvnz]+$/.test(arg)) {
      isListen ||= arg.includes("l");
      isScan ||= arg.includes("z");
    } else operands.push(arg);
  }
  if (!isListen) return ncClient(ctx, operands, isScan);
  port ??= Number(operands[operands.length - 1]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return fail(ctx, "bad port");
  return listenOnce(ctx, port);
}

function* listenOnce(ctx: ProgramContext, port: number): ProcessBody {
  const reply = ctx.stdio.stdin.readAll();
  let received: string | undefined;
  const bound = ctx.host.net.listen(port, {
    owner: ctx.proc,
    onHttp: undefined,
    onRaw: (data) => {
      received ??= data;
      ctx.host.net.close(port, ctx.proc);
      ctx.host.kernel.wake(ctx.proc, "woken");
      return reply;
    },
  });
  if (bound === "EADDRINUSE") return fail(ctx, "bind: Address in use");
  while (received === undefined) yield { kind: "pause" };
  return writeOut(ctx, received);
}

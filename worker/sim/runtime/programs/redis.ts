/** `redis-server` on :6379 (PING, ECHO, SET, GET over the inline protocol) and `redis-cli`. */
import type { ProcessBody } from "../process/process.ts";
import type { ProgramContext } from "./program.ts";
import { serve } from "./serve.ts";
import { writeOut } from "./write-out.ts";

/** The redis-server program. SIGTERM/SIGINT save nothing and exit 0, as redis does. */
export function redisServer(ctx: ProgramContext): ProcessBody {
  const store = new Map<string, string>();
  ctx.stdio.stdout.write("1:M 01 Jan 2024 00:00:00.000 * Ready to accept connections tcp\n");
  return serve(ctx, {
    port: 6379,
    onHttp: undefined,
    onRaw: (data) => data.split(/\r?\n/).filter((line) => line.trim() !== "").map((line) => answer(store, line)).join(""),
    exitOn: { TERM: 0, INT: 0 },
    keepOn: [],
    bindError: "1:M 01 Jan 2024 00:00:00.000 # Warning: Could not create server TCP listening socket *:6379: bind: Address already in use\n",
    onStop: undefined,
  });
}

function answer(store: Map<string, string>, line: string): string {
  const [command = "", ...args] = line.trim().split(/\s+/);
  switch (command.toUpperCase()) {
    case "PING":
      return args[0] === undefined ? "+PONG\r\n" : `$${args[0].length}\r\n${args[0]}\r\n`;
    case "ECHO":
      return `$${(args[0] ?? "").length}\r\n${args[0] ?? ""}\r\n`;
    case "SET":
      store.set(args[0] ?? "", args[1] ?? "");
      return "+OK\r\n";
    case "GET": {
      const value = store.get(args[0] ?? "");
      return value === undefined ? "$-1\r\n" : `$${value.length}\r\n${value}\r\n`;
    }
    default:
      return `-ERR unknown command '${command}'\r\n`;
  }
}

/** `redis-cli [-h HOST] [-p PORT] COMMAND...`: prints the reply as redis-cli does without a tty. */
export function redisCli(ctx: ProgramContext): number {
  const args = ctx.argv.slice(1);
  let port = 6379;
  let host = "127.0.0.1";
  while (args[0] === "-h" || args[0] === "-p") {
    const flag = args.shift();
    const value = args.shift() ?? "";
    if (flag === "-p") port = Number(value);
    else host = value;
  }
  const connection = ctx.host.net.connect(host === "localhost" ? "127.0.0.1" : host, port);
  if (connection.kind !== "connected") {
    ctx.stdio.stderr.write(`Could not connect to Redis at ${host}:${port}: Connection refused\n`);
    return 1;
  }
  const reply = connection.listener.onRaw?.(`${args.join(" ")}\r\n`) ?? "";
  const text = reply.replace(/^[+-]|^\$\d+\r\n/, "").replace(/\r\n$/, "").replace(/^\$-1$/, "");
  return writeOut(ctx, `${text}\n`);
}

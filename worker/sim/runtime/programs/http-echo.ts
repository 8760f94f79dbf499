/**
 * hashicorp/http-echo: `-text=TEXT` (required) and `-listen=:PORT` (default :5678). Every path
 * answers TEXT and a newline; `/health` answers `{"status":"ok"}`. SIGTERM/SIGINT exit 0.
 */
import type { ProcessBody } from "../process/process.ts";
import { fail, type ProgramContext } from "./program.ts";
import { serve } from "./serve.ts";

/** The http-echo program. */
export function httpEcho(ctx: ProgramContext): number | ProcessBody {
  const option = (name: string): string | undefined =>
    ctx.argv.find((arg) => arg.startsWith(`-${name}=`) || arg.startsWith(`--${name}=`))?.replace(/^--?[a-z]+=/, "");
  const text = option("text");
  if (text === undefined) return fail(ctx, "missing -text option", 127);
  const port = Number((option("listen") ?? ":5678").replace(/^.*:/, ""));
  return serve(ctx, {
    port,
    onHttp: (request) => request.path === "/health"
      ? { status: 200, headers: [["Content-Type", "application/json"]], body: '{"status":"ok"}\n' }
      : { status: 200, headers: [["Content-Type", "text/plain; charset=utf-8"]], body: `${text}\n` },
    onRaw: undefined,
    exitOn: { TERM: 0, INT: 0 },
    keepOn: [],
    bindError: `[ERR] Error starting server: listen tcp :${port}: bind: address already in use\n`,
    onStop: undefined,
  });
}

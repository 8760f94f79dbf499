/**
 * The server of registry.k8s.io/liveness (kubernetes test/images/agnhost "liveness"): on :8080,
 * `/healthz` answers 200 `ok` for the first 10 s after start, then 500 `error: SECONDS`.
 * It is a Go program that never calls signal.Notify: the Go runtime still installs a SIGTERM
 * handler, so even as PID 1 the signal arrives, and runtime/signal_unix.go dieFromSignal re-raises
 * it (ignored by PID 1) and falls through to `exit(2)`. So SIGTERM ends it at once with status 2.
 */
import type { ProcessBody } from "../process/process.ts";
import type { ProgramContext } from "./program.ts";
import { goNotFound, serve } from "./serve.ts";

/** The liveness server program. */
export function livenessServer(ctx: ProgramContext): ProcessBody {
  const startedMs = ctx.host.kernel.nowMs;
  return serve(ctx, {
    port: 8080,
    onHttp: (request) => {
      if (request.path !== "/healthz") return goNotFound;
      const seconds = (ctx.host.kernel.nowMs - startedMs) / 1000;
      return seconds > 10
        ? { status: 500, headers: [], body: `error: ${seconds}` }
        : { status: 200, headers: [], body: "ok" };
    },
    onRaw: undefined,
    exitOn: { TERM: 2, INT: 2 },
    keepOn: [],
    bindError: "listen tcp :8080: bind: address already in use\n",
    onStop: undefined,
  });
}

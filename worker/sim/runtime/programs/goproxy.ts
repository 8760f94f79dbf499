/**
 * The server of registry.k8s.io/goproxy:0.1 (the probes task page's TCP example): an
 * elazarl/goproxy HTTP proxy on :8080. A plain (non-proxy) request gets 500 and goproxy's
 * sentence. A Go program without signal.Notify: SIGTERM ends it with status 2 even as PID 1
 * (see liveness-server.ts).
 */
import type { ProcessBody } from "../process/process.ts";
import type { ProgramContext } from "./program.ts";
import { serve } from "./serve.ts";

/** The goproxy program. */
export function goproxy(ctx: ProgramContext): ProcessBody {
  return serve(ctx, {
    port: 8080,
    onHttp: () => ({ status: 500, headers: [], body: "This is a proxy server. Does not respond to non-proxy requests.\n" }),
    onRaw: undefined,
    exitOn: { TERM: 2, INT: 2 },
    keepOn: [],
    bindError: "listen tcp :8080: bind: address already in use\n",
    onStop: undefined,
  });
}

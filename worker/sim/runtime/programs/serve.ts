/**
 * Long-running servers: bind a port (or fail the way the server reports `Address in use`), then
 * wait for signals. `exitOn` maps each handled signal to the exit status the server ends with;
 * other signals keep their default action.
 */
import type { HttpRequest, HttpResponse } from "../net/net-namespace.ts";
import { type ProcessBody, setDisposition } from "../process/process.ts";
import type { Signal } from "../process/signals.ts";
import type { ProgramContext } from "./program.ts";

/** How a server listens and stops. */
export interface ServeSpec {
  port: number | undefined;
  onHttp: ((request: HttpRequest) => HttpResponse) | undefined;
  onRaw: ((data: string) => string) | undefined;
  exitOn: Partial<Record<Signal, number>>;
  /** Signals handled without exiting (nginx's HUP reload). */
  keepOn: Signal[];
  /** Printed on stderr when the port is taken; the server then exits 1. */
  bindError: string;
  /** Runs once the signal that ends the server arrived (e.g. stop workers). */
  onStop: (() => void) | undefined;
}

/** Binds and serves until a signal from `exitOn` arrives. */
export function* serve(ctx: ProgramContext, spec: ServeSpec): ProcessBody {
  for (const signal of Object.keys(spec.exitOn) as Signal[]) setDisposition(ctx.proc, signal, "handle");
  for (const signal of spec.keepOn) setDisposition(ctx.proc, signal, "handle");
  if (spec.port !== undefined) {
    const bound = ctx.host.net.listen(spec.port, { owner: ctx.proc, onHttp: spec.onHttp, onRaw: spec.onRaw });
    if (bound === "EADDRINUSE") {
      ctx.stdio.stderr.write(spec.bindError);
      return 1;
    }
  }
  for (;;) {
    const signal = ctx.proc.pendingSignals.shift();
    const code = signal === undefined ? undefined : spec.exitOn[signal];
    if (code !== undefined) {
      spec.onStop?.();
      return code;
    }
    if (signal === undefined) yield { kind: "pause" };
  }
}

/** Default Go net/http 404 body. */
export const goNotFound: HttpResponse = { status: 404, headers: [["Content-Type", "text/plain; charset=utf-8"]], body: "404 page not found\n" };

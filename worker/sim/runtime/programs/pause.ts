/** `/pause`: the sandbox's PID 1. It exits 0 on SIGINT or SIGTERM (kubernetes build/pause/linux/pause.c). */
import type { ProcessBody } from "../process/process.ts";
import type { ProgramContext } from "./program.ts";
import { serve } from "./serve.ts";

/** The pause program. */
export function pause(ctx: ProgramContext): ProcessBody {
  return serve(ctx, { port: undefined, onHttp: undefined, onRaw: undefined, exitOn: { INT: 0, TERM: 0 }, keepOn: [], bindError: "", onStop: undefined });
}

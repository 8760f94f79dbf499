import { handleRoute } from "@/app/_data/route-handler.ts";
import { requireViewer } from "@/app/_data/viewer.ts";
import { getOwnSubmission, type SubmissionView } from "@/app/_data/submissions.ts";
import { AppError } from "@/lib/errors/app-error.ts";
import { getGradingEvents } from "@/lib/queue/grading-queue.ts";
import { endOnShutdown, isShuttingDown, shutdownResponse } from "./end-streams-on-shutdown.ts";

export const dynamic = "force-dynamic";

/** Polling is only the fallback: queue events wake the stream as soon as a worker finishes. */
const fallbackPollMs = 2000;
const heartbeatMs = 15_000;
/** The browser's EventSource reconnects by itself after this. */
const maxStreamMs = 5 * 60_000;
/** How soon the browser reconnects after losing the stream (its default is about 3 s). */
const reconnectMs = 1000;

const isFinished = (view: SubmissionView) => view.status === "graded" || view.status === "failed";

/**
 * Server-sent events for one of the caller's submissions: a `submission` event with its view
 * each time it changes, ending once it is graded or failed.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  if (isShuttingDown()) return shutdownResponse();
  return handleRoute(async () => {
    const { id } = await params;
    const { id: userId } = await requireViewer(request.headers, "Sign in to see your submissions.");
    const first = await getOwnSubmission(userId, id);
    if (!first) throw new AppError("not_found", `submission ${id} not found for caller`, "There is no such submission.");

    const encoder = new TextEncoder();
    const events = getGradingEvents();
    let cleanup = () => {};
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        let lastSent = "";
        let isClosed = false;
        const close = () => {
          if (isClosed) return;
          isClosed = true;
          cleanup();
          controller.close();
        };
        const send = (view: SubmissionView) => {
          const data = JSON.stringify(view);
          if (isClosed || data === lastSent) return;
          lastSent = data;
          controller.enqueue(encoder.encode(`event: submission\ndata: ${data}\n\n`));
          if (isFinished(view)) close();
        };
        const refresh = () => {
          if (isClosed) return;
          getOwnSubmission(userId, id).then((view) => view && send(view), () => {});
        };
        const onJobEvent = ({ jobId }: { jobId: string }) => jobId === id && refresh();
        events.on("active", onJobEvent);
        events.on("completed", onJobEvent);
        events.on("failed", onJobEvent);
        const poll = setInterval(refresh, fallbackPollMs);
        const heartbeat = setInterval(() => !isClosed && controller.enqueue(encoder.encode(": keep-alive\n\n")), heartbeatMs);
        const limit = setTimeout(close, maxStreamMs);
        const forgetShutdown = endOnShutdown(close);
        cleanup = () => {
          forgetShutdown();
          events.off("active", onJobEvent);
          events.off("completed", onJobEvent);
          events.off("failed", onJobEvent);
          clearInterval(poll);
          clearInterval(heartbeat);
          clearTimeout(limit);
        };
        request.signal.addEventListener("abort", close);
        // Every connection, a reconnect included, starts with the current view: that is the catch-up.
        controller.enqueue(encoder.encode(`retry: ${reconnectMs}\n\n`));
        send(first);
      },
      cancel() {
        cleanup();
      },
    });
    return new Response(stream, {
      headers: {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        "x-accel-buffering": "no",
      },
    });
  });
}

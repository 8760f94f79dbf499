import "server-only";
import { createBullBoard } from "@bull-board/api";
import { BullMQAdapter } from "@bull-board/api/bullMQAdapter";
import { HonoAdapter } from "@bull-board/hono";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { getGradingQueue } from "@/lib/queue/grading-queue.ts";

export const queueDashboardPath = "/admin/queues";

const globalForDashboard = globalThis as unknown as { podlabQueueDashboard?: Hono };

/**
 * bull-board's dashboard for the grading queue, as a Hono app that answers Fetch requests under
 * /admin/queues (its pages, its static files and its JSON API). One per process.
 */
export function queueDashboard(): Hono {
  if (globalForDashboard.podlabQueueDashboard) return globalForDashboard.podlabQueueDashboard;
  const serverAdapter = new HonoAdapter(serveStatic);
  serverAdapter.setBasePath(queueDashboardPath);
  createBullBoard({
    queues: [new BullMQAdapter(getGradingQueue())],
    serverAdapter,
    options: { uiConfig: { boardTitle: "PodLab queues" } },
  });
  globalForDashboard.podlabQueueDashboard = new Hono().route(queueDashboardPath, serverAdapter.registerPlugin());
  return globalForDashboard.podlabQueueDashboard;
}

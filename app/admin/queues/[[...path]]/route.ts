// The BullMQ queue dashboard (bull-board), for admins only. Anyone else: signed out, to the
// sign-in page; signed in without the admin role, 403. Its job actions (retry, remove, clean)
// are state changes, so they must come from this site (Origin check), like every other POST.
import { assertSameOrigin, handleRoute } from "@/app/_data/route-handler.ts";
import { getViewer } from "@/app/_data/viewer.ts";
import { AppError } from "@/lib/errors/app-error.ts";
import { queueDashboard, queueDashboardPath } from "./queue-dashboard.ts";

export const dynamic = "force-dynamic";

async function handle(request: Request): Promise<Response> {
  return handleRoute(async () => {
    const viewer = await getViewer(request.headers);
    if (!viewer) {
      if (request.method === "GET") return Response.redirect(new URL(`/sign-in?next=${encodeURIComponent(queueDashboardPath)}`, request.url), 303);
      throw new AppError("unauthorized", "no session", "Sign in as an admin to manage the queues.");
    }
    if (viewer.role !== "admin") throw new AppError("forbidden", `${viewer.role} asked for the queue dashboard`, "Only admins may see the queue dashboard.");
    if (request.method !== "GET" && request.method !== "HEAD") assertSameOrigin(request);
    return queueDashboard().fetch(request);
  });
}

export { handle as DELETE, handle as GET, handle as PATCH, handle as POST, handle as PUT };

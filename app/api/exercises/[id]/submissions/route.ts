import { z } from "zod";
import { getExerciseFor } from "@/app/_data/curriculum.ts";
import { handleRoute } from "@/app/_data/route-handler.ts";
import { listOwnSubmissions } from "@/app/_data/submissions.ts";
import { requireViewer } from "@/app/_data/viewer.ts";
import { summarize } from "@/app/exercises/[id]/submission-summary.ts";
import { AppError } from "@/lib/errors/app-error.ts";
import { historyCursorSchema } from "@/lib/submissions/history-cursor.ts";

const paramsSchema = z.strictObject({ id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be an exercise id").max(100) });
const querySchema = z.object({ before: historyCursorSchema.optional() });

type Context = { params: Promise<{ id: string }> };

/**
 * One page of the caller's own submissions to an exercise, newest first (`?before=` the
 * `nextCursor` of the page before), without simulation traces: 200
 * `{ submissions, nextCursor, olderYaml }`, nextCursor null when no older page exists. 401
 * without a session; 404 for an exercise the caller may not see (a draft, to students) or that
 * does not exist; 400 for a bad cursor.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return handleRoute(async () => {
    const viewer = await requireViewer(request.headers, "Sign in to see your submissions.");
    const { id } = paramsSchema.parse(await params);
    if (!getExerciseFor(id, viewer)) throw new AppError("not_found", `exercise ${id} not visible to caller`, "There is no such exercise.");
    const { before } = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const page = await listOwnSubmissions(viewer.id, id, before);
    return Response.json({ ...page, submissions: page.submissions.map(summarize) }, { headers: { "cache-control": "no-store" } });
  });
}

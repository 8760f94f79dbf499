import { z } from "zod";
import { joinCohortAs } from "@/app/_data/cohorts.ts";
import { assertSameOrigin, handleRoute, readJsonBody } from "@/app/_data/route-handler.ts";
import { requireViewer } from "@/app/_data/viewer.ts";

const bodySchema = z.strictObject({ code: z.string().max(32) });

/**
 * Joins the signed-in account to the cohort with join code `{ code }` (401 signed out), from
 * this site only: 404 for a wrong code, 429 with Retry-After after too many. Answers
 * `{ cohortId, name, wasMember }`; joining again changes nothing.
 */
export async function POST(request: Request): Promise<Response> {
  return handleRoute(async () => {
    assertSameOrigin(request);
    const viewer = await requireViewer(request.headers, "Sign in to join a cohort.");
    const { code } = bodySchema.parse(await readJsonBody(request, 1024));
    return Response.json(await joinCohortAs(viewer, code));
  });
}

import { regenerateJoinCodeAs } from "@/app/_data/cohorts.ts";
import { assertSameOrigin, handleRoute } from "@/app/_data/route-handler.ts";
import { requireViewer } from "@/app/_data/viewer.ts";
import { type CohortContext, cohortParamsSchema } from "../cohort-id.ts";

/**
 * Gives the cohort a new join code; the old one stops working. Its instructor and admins only:
 * 401 signed out, 404 for anyone else (so that other cohorts' ids give nothing away). Answers
 * `{ id, joinCode }`.
 */
export async function POST(request: Request, { params }: CohortContext): Promise<Response> {
  return handleRoute(async () => {
    assertSameOrigin(request);
    const viewer = await requireViewer(request.headers, "Sign in as the cohort's instructor.");
    const { id } = cohortParamsSchema.parse(await params);
    return Response.json(await regenerateJoinCodeAs(viewer, id));
  });
}

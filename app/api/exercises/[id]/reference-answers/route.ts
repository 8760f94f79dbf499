import { z } from "zod";
import { runReferenceAnswersAs } from "@/app/_data/reference-answers.ts";
import { assertSameOrigin, handleRoute } from "@/app/_data/route-handler.ts";
import { requireViewer } from "@/app/_data/viewer.ts";

const paramsSchema = z.strictObject({ id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be an exercise id").max(100) });

type Context = { params: Promise<{ id: string }> };

/**
 * Grades the exercise's reference solutions and known-wrong answers on the workers and answers
 * each verdict (200 `{ runs }`): instructors and admins only. A POST, since it puts jobs on the
 * queue: it must come from this site.
 */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  return handleRoute(async () => {
    assertSameOrigin(request);
    const viewer = await requireViewer(request.headers, "Sign in as an instructor to run reference answers.");
    const { id } = paramsSchema.parse(await params);
    return Response.json({ runs: await runReferenceAnswersAs(viewer, id) });
  });
}

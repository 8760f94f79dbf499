import { z } from "zod";
import { createCohortAs } from "@/app/_data/cohorts.ts";
import { assertSameOrigin, handleRoute, readJsonBody } from "@/app/_data/route-handler.ts";
import { requireViewer } from "@/app/_data/viewer.ts";

// No control characters: they have no place in a name, and PostgreSQL refuses a NUL in text.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlCharacters = /[\u0000-\u001f\u007f]/;
const bodySchema = z.strictObject({
  name: z.string().trim().min(1, "give the cohort a name").max(80).refine((name) => !controlCharacters.test(name), "must not hold control characters"),
});

/**
 * Creates a cohort (`{ name }`) run by the signed-in instructor or admin (401 signed out, 403 for
 * students), from this site only. Answers 201 `{ id, name, joinCode }`.
 */
export async function POST(request: Request): Promise<Response> {
  return handleRoute(async () => {
    assertSameOrigin(request);
    const viewer = await requireViewer(request.headers, "Sign in as an instructor to create a cohort.");
    const { name } = bodySchema.parse(await readJsonBody(request, 1024));
    return Response.json(await createCohortAs(viewer, name), { status: 201 });
  });
}

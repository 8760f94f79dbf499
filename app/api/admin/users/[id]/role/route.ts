import { z } from "zod";
import { assertSameOrigin, handleRoute, readJsonBody } from "@/app/_data/route-handler.ts";
import { assertAdmin, changeRoleAs } from "@/app/_data/users.ts";
import { requireViewer } from "@/app/_data/viewer.ts";

// Account ids are cuid or better-auth ids, letters and digits: anything else (a %00 from the URL,
// which PostgreSQL refuses in text and answered 500) is refused before the lookup.
const paramsSchema = z.strictObject({ id: z.string().regex(/^[\w-]+$/, "must be an account id").max(64) });
const bodySchema = z.strictObject({ role: z.enum(["student", "instructor", "admin"]) });

type Context = { params: Promise<{ id: string }> };

/**
 * Sets an account's role (`{ role }`): admins only (403), from this site only (Origin check);
 * 409 when it would leave no admin, 404 for no such account. Answers `{ id, role }`.
 */
export async function PUT(request: Request, { params }: Context): Promise<Response> {
  return handleRoute(async () => {
    assertSameOrigin(request);
    const viewer = await requireViewer(request.headers, "Sign in as an admin to manage accounts.");
    assertAdmin(viewer);
    const { id } = paramsSchema.parse(await params);
    const { role } = bodySchema.parse(await readJsonBody(request, 1024));
    return Response.json(await changeRoleAs(viewer, id, role));
  });
}

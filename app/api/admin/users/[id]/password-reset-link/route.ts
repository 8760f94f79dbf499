import { z } from "zod";
import { assertSameOrigin, handleRoute } from "@/app/_data/route-handler.ts";
import { assertAdmin, createResetLinkAs } from "@/app/_data/users.ts";
import { requireViewer } from "@/app/_data/viewer.ts";

// Account ids are letters, digits, _ and -; see the role route beside this one.
const paramsSchema = z.strictObject({ id: z.string().regex(/^[\w-]+$/, "must be an account id").max(64) });

type Context = { params: Promise<{ id: string }> };

/**
 * Makes a one-time link that sets a new password for the account (201 `{ url, expiresAt }`), for
 * the admin to hand to its owner: admins only (403), from this site only; 404 for no such account.
 */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  return handleRoute(async () => {
    assertSameOrigin(request);
    const viewer = await requireViewer(request.headers, "Sign in as an admin to manage accounts.");
    assertAdmin(viewer);
    const { id } = paramsSchema.parse(await params);
    return Response.json(await createResetLinkAs(viewer, id), { status: 201, headers: { "cache-control": "no-store" } });
  });
}

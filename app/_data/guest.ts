import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { getDb } from "@/lib/db/client.ts";

// Until accounts exist, a learner is a guest known by a random token in an httpOnly cookie;
// the database keeps only its hash.
const cookieName = "podlab_guest";
const oneYearSeconds = 365 * 24 * 3600;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The id of the guest user this request belongs to, or null when it carries no known token. */
export async function getGuestUserId(): Promise<string | null> {
  const token = (await cookies()).get(cookieName)?.value;
  if (!token || token.length > 100) return null;
  const user = await getDb().user.findUnique({ where: { guestTokenHash: hashToken(token) }, select: { id: true } });
  return user?.id ?? null;
}

/** The guest user of this request, created (and its cookie set) on first use. Route handlers only. */
export async function ensureGuestUserId(): Promise<string> {
  const existing = await getGuestUserId();
  if (existing) return existing;
  const token = randomBytes(32).toString("base64url");
  const user = await getDb().user.create({ data: { guestTokenHash: hashToken(token) }, select: { id: true } });
  (await cookies()).set(cookieName, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: oneYearSeconds,
  });
  return user.id;
}

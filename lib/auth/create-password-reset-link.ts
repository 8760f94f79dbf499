import type { PrismaClient } from "../db/client.ts";
import type { Auth } from "./auth.ts";
import { type ResetLinkHolder, withResetLinkHolder } from "./reset-link-capture.ts";
import { resetIdentifierPrefix } from "./reset-link-identifier.ts";

/** The page a link lands on (better-auth adds `?token=`, or `?error=INVALID_TOKEN`). */
export const resetPasswordPagePath = "/account/reset-password";

/**
 * A one-time link that sets a new password for account `userId`, for an admin or operator to hand
 * over, or null when there is no such account. Made by better-auth's own request-password-reset
 * (token, verification row, expiry); older links of the account stop working, so only the link
 * handed over last can be used.
 */
export async function createPasswordResetLink(auth: Auth, db: PrismaClient, userId: string): Promise<{ url: string; expiresAt: Date } | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) return null;
  const ownLinks = { value: userId, identifier: { startsWith: resetIdentifierPrefix } };
  await db.verification.deleteMany({ where: ownLinks });
  const holder: ResetLinkHolder = {};
  await withResetLinkHolder(holder, () => auth.api.requestPasswordReset({ body: { email: user.email, redirectTo: resetPasswordPagePath } }));
  const row = await db.verification.findFirst({ where: ownLinks, orderBy: { createdAt: "desc" }, select: { expiresAt: true } });
  if (!holder.url || !row) throw new Error(`better-auth made no reset link for account ${userId}`);
  return { url: holder.url, expiresAt: row.expiresAt };
}

/** Whether `token` (from a reset link) would still set a password: known and not expired. */
export async function isResetTokenLive(auth: Auth, token: string): Promise<boolean> {
  // better-auth's tokens are 24 letters and digits; anything else is not worth a lookup.
  if (!/^[A-Za-z0-9]{1,64}$/.test(token)) return false;
  const context = await auth.$context;
  const verification = await context.internalAdapter.findVerificationValue(`${resetIdentifierPrefix}${token}`);
  return verification != null && verification.expiresAt > new Date();
}

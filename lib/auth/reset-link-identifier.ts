import { createHash } from "node:crypto";

/** How long a reset link works, in seconds (better-auth's `resetPasswordTokenExpiresIn`). */
export const resetLinkLifetimeSeconds = 60 * 60;

/** better-auth names the verification row of a reset link `reset-password:<token>`. */
export const resetIdentifierPrefix = "reset-password:";

/**
 * The identifier stored for a reset link's row: the prefix kept (so an account's links can be
 * found and withdrawn), the token only as its SHA-256. Pure.
 */
export async function hashResetIdentifier(identifier: string): Promise<string> {
  return `${resetIdentifierPrefix}${createHash("sha256").update(identifier).digest("base64url")}`;
}

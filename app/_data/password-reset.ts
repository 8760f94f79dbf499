import "server-only";
import { isResetTokenLive } from "@/lib/auth/create-password-reset-link.ts";
import { getAuth } from "@/lib/auth/get-auth.ts";

/**
 * Whether the token of a reset link would still set a password, so the page can say at once
 * that a used or expired link is dead. Anyone may ask: the token is the secret.
 */
export function isResetLinkLive(token: string): Promise<boolean> {
  return isResetTokenLive(getAuth(), token);
}

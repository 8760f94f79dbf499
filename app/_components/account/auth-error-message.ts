import { passwordLimits } from "@/lib/auth/password-limits.ts";
import type { AccountText } from "./account-text.ts";
import type { AuthOutcome } from "./post-auth.ts";

/** The sentence a form shows for a refused or failed request (null when it succeeded). Pure. */
export function authErrorMessage(outcome: AuthOutcome, text: AccountText): string | null {
  if (outcome.kind === "ok") return null;
  if (outcome.kind === "offline") return text.errors.offline;
  const { status, code, retryAfterSeconds } = outcome;
  const seconds = Math.max(1, retryAfterSeconds);
  if (code === "ACCOUNT_LOCKED") return text.errors.accountLocked(seconds);
  if (status === 429) return text.errors.tooManyRequests(seconds);
  if (code === "INVALID_EMAIL_OR_PASSWORD") return text.errors.wrongCredentials;
  if (code === "USER_ALREADY_EXISTS" || code === "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL") return text.errors.emailTaken;
  if (code === "INVALID_PASSWORD") return text.errors.wrongCurrentPassword;
  if (code === "INVALID_TOKEN") return text.errors.resetLinkDead;
  if (code === "PASSWORD_TOO_SHORT") return text.errors.passwordTooShort(passwordLimits.min);
  if (code === "PASSWORD_TOO_LONG") return text.errors.passwordTooLong;
  if (code === "INVALID_EMAIL") return text.errors.invalidEmail;
  if (code === "INVALID_DISPLAY_NAME") return text.errors.invalidDisplayName;
  if (status === 403) return text.errors.forbidden;
  return text.errors.server;
}

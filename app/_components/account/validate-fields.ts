// The account forms' own checks, run before anything is sent so each field can say what is wrong
// with it. The server checks again; these only make the common mistakes clear sooner. Pure.
import { isValidDisplayName } from "@/lib/auth/display-name.ts";
import { passwordLimits } from "@/lib/auth/password-limits.ts";
import type { AccountText } from "./account-text.ts";

/** What a field holds, for its check. */
export type FieldKind = "email" | "new-password" | "current-password" | "display-name";

// The shape browsers accept for type=email, simplified: something@something.something.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The problem with `value` for a field of `kind`, or null. */
export function fieldError(kind: FieldKind, value: string, text: AccountText): string | null {
  if (value.trim() === "") return text.errors.required;
  if (kind === "email" && (!emailPattern.test(value.trim()) || value.length > 320)) return text.errors.invalidEmail;
  if (kind === "new-password" && value.length < passwordLimits.min) return text.errors.passwordTooShort(passwordLimits.min);
  if ((kind === "new-password" || kind === "current-password") && value.length > passwordLimits.max) return text.errors.passwordTooLong;
  if (kind === "display-name" && !isValidDisplayName(value)) return text.errors.invalidDisplayName;
  return null;
}

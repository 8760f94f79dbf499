import { describe, expect, it } from "vitest";
import { safeReturnPath, signInHref } from "../../../../app/_components/account/account-links.ts";
import { accountText } from "../../../../app/_components/account/account-text.ts";
import { authErrorMessage } from "../../../../app/_components/account/auth-error-message.ts";
import type { AuthOutcome } from "../../../../app/_components/account/post-auth.ts";
import { fieldError } from "../../../../app/_components/account/validate-fields.ts";

const text = accountText("en");

describe("safeReturnPath", () => {
  const cases = [
    { name: "a path on this site", next: "/exercises/first-pod", expected: "/exercises/first-pod" },
    { name: "nothing", next: undefined, expected: "/" },
    { name: "another site", next: "https://evil.example/", expected: "/" },
    { name: "a protocol-relative URL", next: "//evil.example/x", expected: "/" },
    { name: "a backslash trick", next: "/\\evil.example", expected: "/" },
    { name: "a relative path", next: "profile", expected: "/" },
    { name: "a tab a browser drops, leaving //evil.example", next: "/\t/evil.example", expected: "/" },
    { name: "a newline, which cannot go in a Location header", next: "/\n/evil.example", expected: "/" },
    { name: "a DEL character", next: "/exercises\u007f", expected: "/" },
  ];
  it.each(cases)("$name", ({ next, expected }) => {
    expect(safeReturnPath(next)).toBe(expected);
  });

  it("builds a sign-in link that returns to the exercise", () => {
    expect(signInHref("/exercises/first-pod")).toBe("/sign-in?next=%2Fexercises%2Ffirst-pod");
  });
});

describe("fieldError", () => {
  const cases = [
    { name: "an empty email", kind: "email", value: " ", expected: text.errors.required },
    { name: "an email without a domain", kind: "email", value: "ada@", expected: text.errors.invalidEmail },
    { name: "a good email", kind: "email", value: "ada@example.org", expected: null },
    { name: "a short new password", kind: "new-password", value: "short", expected: text.errors.passwordTooShort(10) },
    { name: "a long enough new password", kind: "new-password", value: "long enough pw", expected: null },
    { name: "a short current password (old rules may have allowed it)", kind: "current-password", value: "short", expected: null },
    { name: "an over-long password", kind: "current-password", value: "x".repeat(129), expected: text.errors.passwordTooLong },
    { name: "a display name of 60 characters", kind: "display-name", value: "x".repeat(60), expected: null },
    { name: "a display name of 61 characters", kind: "display-name", value: "x".repeat(61), expected: text.errors.invalidDisplayName },
  ] as const;
  it.each(cases)("$name", ({ kind, value, expected }) => {
    expect(fieldError(kind, value, text)).toBe(expected);
  });
});

describe("authErrorMessage", () => {
  const refused = (status: number, code: string | null, retryAfterSeconds = 0): AuthOutcome => ({ kind: "refused", status, code, retryAfterSeconds });
  const cases = [
    { name: "success", outcome: { kind: "ok", body: null } as AuthOutcome, expected: null },
    { name: "no network", outcome: { kind: "offline" } as AuthOutcome, expected: text.errors.offline },
    { name: "a wrong password", outcome: refused(401, "INVALID_EMAIL_OR_PASSWORD"), expected: text.errors.wrongCredentials },
    { name: "a taken email", outcome: refused(422, "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL"), expected: text.errors.emailTaken },
    { name: "a locked account", outcome: refused(429, "ACCOUNT_LOCKED", 840), expected: "Too many wrong passwords for this account. Try again in 14 min." },
    { name: "the per-address limit", outcome: refused(429, null, 42), expected: "Too many attempts from here. Try again in 42 s." },
    { name: "a foreign origin", outcome: refused(403, "INVALID_ORIGIN"), expected: text.errors.forbidden },
    { name: "a used or expired reset link", outcome: refused(400, "INVALID_TOKEN"), expected: text.errors.resetLinkDead },
    { name: "a refused display name", outcome: refused(400, "INVALID_DISPLAY_NAME"), expected: text.errors.invalidDisplayName },
    { name: "a server error", outcome: refused(500, null), expected: text.errors.server },
  ];
  it.each(cases)("$name", ({ outcome, expected }) => {
    expect(authErrorMessage(outcome, text)).toBe(expected);
  });
});

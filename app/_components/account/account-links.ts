// Where the account pages live, and the `next` parameter that brings a person back. Pure.

/**
 * A path inside this site to return to after signing in, or "/" for anything else: only a
 * single leading slash, so `//evil.example` or `/\evil.example` cannot send people away.
 */
export function safeReturnPath(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return "/";
  return next;
}

/** The sign-in page, returning to `returnTo` afterwards. */
export function signInHref(returnTo: string): string {
  return `/sign-in?next=${encodeURIComponent(safeReturnPath(returnTo))}`;
}

/** The sign-up page, returning to `returnTo` afterwards. */
export function signUpHref(returnTo: string): string {
  return `/sign-up?next=${encodeURIComponent(safeReturnPath(returnTo))}`;
}

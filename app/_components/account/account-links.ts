// Where the account pages live, and the `next` parameter that brings a person back. Pure.

/**
 * A path inside this site to return to after signing in, or "/" for anything else: only a
 * single leading slash, so `//evil.example` or `/\evil.example` cannot send people away, and no
 * control characters: URL parsers drop tabs and newlines, so `/\t/evil.example` is
 * `//evil.example` to a browser, and a newline in the Location header made the redirect a 500.
 */
export function safeReturnPath(next: string | null | undefined): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const hasControl = /[\u0000-\u001f\u007f]/.test(next ?? "");
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.includes("\\") || hasControl) return "/";
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

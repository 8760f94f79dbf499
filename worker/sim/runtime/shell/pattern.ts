/**
 * Shell pattern matching (fnmatch without flags): `*`, `?`, `[...]` with `!`/`^` negation and
 * ranges, backslash escapes. Linear-backtracking matcher: O(text × pattern), no RegExp built from
 * learner text, so hostile patterns cannot blow up.
 */

/** Whether `text` matches the whole `pattern`. Pure. */
export function matchPattern(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let starP = -1;
  let starT = 0;
  while (t < text.length) {
    const step = p < pattern.length ? matchOne(pattern, p, text[t]!) : -1;
    if (pattern[p] === "*") {
      starP = p;
      starT = t;
      p += 1;
    } else if (step > 0) {
      p += step;
      t += 1;
    } else if (starP >= 0) {
      p = starP + 1;
      starT += 1;
      t = starT;
    } else return false;
  }
  while (pattern[p] === "*") p += 1;
  return p === pattern.length;
}

/** Whether the pattern has any unescaped wildcard. Pure. */
export function hasWildcard(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i += 1) {
    const ch = pattern[i];
    if (ch === "\\") i += 1;
    else if (ch === "*" || ch === "?" || ch === "[") return true;
  }
  return false;
}

/** Escapes wildcard characters so the text matches itself literally. Pure. */
export function escapePattern(text: string): string {
  return text.replace(/[*?[\\]/g, "\\$&");
}

/** Removes pattern escapes, giving the literal text. Pure. */
export function unescapePattern(pattern: string): string {
  return pattern.replace(/\\(.)/g, "$1");
}

/** Pattern characters consumed when one pattern element matches `ch`, or 0 when it does not. */
function matchOne(pattern: string, p: number, ch: string): number {
  const pc = pattern[p]!;
  if (pc === "?") return 1;
  if (pc === "\\" && p + 1 < pattern.length) return pattern[p + 1] === ch ? 2 : 0;
  if (pc === "[") return matchClass(pattern, p, ch);
  return pc === ch ? 1 : 0;
}

function matchClass(pattern: string, start: number, ch: string): number {
  let i = start + 1;
  const isNegated = pattern[i] === "!" || pattern[i] === "^";
  if (isNegated) i += 1;
  let isMatch = false;
  let first = true;
  while (i < pattern.length && (pattern[i] !== "]" || first)) {
    first = false;
    const lo = pattern[i]!;
    if (pattern[i + 1] === "-" && i + 2 < pattern.length && pattern[i + 2] !== "]") {
      if (ch >= lo && ch <= pattern[i + 2]!) isMatch = true;
      i += 3;
    } else {
      if (ch === lo) isMatch = true;
      i += 1;
    }
  }
  if (i >= pattern.length) return pattern[start] === ch ? 1 : 0;
  return isMatch !== isNegated ? i - start + 1 : 0;
}

// A line diff of two texts for "what changed since my last submission". Pure.
//
// Common leading and trailing lines are trimmed first; the middle is diffed by longest common
// subsequence. Submissions are small, so the table is small; past `maxCells` the middle is shown
// as removed-then-added rather than spending memory on a table nobody would read.

/** One line of a diff: kept, removed (only in the old text) or added (only in the new one). */
export interface DiffLine {
  kind: "same" | "removed" | "added";
  text: string;
  /** 1-based line numbers in the old and new text; null on the side the line is absent from. */
  oldLine: number | null;
  newLine: number | null;
}

const maxCells = 4_000_000;

function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 1 && lines.at(-1) === "") lines.pop();
  return lines;
}

/** The middle part's edit script by LCS, as kinds in order. */
function middleKinds(a: readonly string[], b: readonly string[]): DiffLine["kind"][] {
  const n = a.length;
  const m = b.length;
  if ((n + 1) * (m + 1) > maxCells) return [...a.map(() => "removed" as const), ...b.map(() => "added" as const)];
  // lengths[i * (m + 1) + j] = LCS length of a[i..] and b[j..]
  const lengths = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * (m + 1) + j] =
        a[i] === b[j] ? lengths[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(lengths[(i + 1) * (m + 1) + j]!, lengths[i * (m + 1) + j + 1]!);
    }
  }
  const kinds: DiffLine["kind"][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      kinds.push("same");
      i++;
      j++;
    } else if (lengths[(i + 1) * (m + 1) + j]! >= lengths[i * (m + 1) + j + 1]!) {
      kinds.push("removed");
      i++;
    } else {
      kinds.push("added");
      j++;
    }
  }
  for (; i < n; i++) kinds.push("removed");
  for (; j < m; j++) kinds.push("added");
  return kinds;
}

/** The lines of `after` compared with `before`, in reading order. Pure. */
export function lineDiff(before: string, after: string): DiffLine[] {
  const a = splitLines(before);
  const b = splitLines(after);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const kinds: DiffLine["kind"][] = [
    ...Array<"same">(prefix).fill("same"),
    ...middleKinds(a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix)),
    ...Array<"same">(suffix).fill("same"),
  ];
  const lines: DiffLine[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  for (const kind of kinds) {
    if (kind === "same") lines.push({ kind, text: b[newIndex]!, oldLine: ++oldIndex, newLine: ++newIndex });
    else if (kind === "removed") lines.push({ kind, text: a[oldIndex]!, oldLine: ++oldIndex, newLine: null });
    else lines.push({ kind, text: b[newIndex]!, oldLine: null, newLine: ++newIndex });
  }
  return lines;
}

/** True when the diff has no removed or added line. Pure. */
export function isUnchanged(lines: readonly DiffLine[]): boolean {
  return lines.every((line) => line.kind === "same");
}

// Plain-language hints for the mistakes learners make most often. Each returns undefined when
// it does not apply; the API server's own message always comes first, the hint only adds to it.
import type { DecodeFailure } from "./decode-pod.ts";

/** Indentation with a tab: YAML allows spaces only. */
export const tabIndentHint = "Indent with spaces, not tabs: YAML does not allow a tab at the start of a line.";

/** `disktype:ssd` or `shareProcessNamespace:true`: one string, not a key and a value. Pure. */
export function missingSpaceHint(written: string): string | undefined {
  const match = /^\s*([^\s:#'"-][^\s:]*):(\S.*)$/.exec(written);
  if (!match) return undefined;
  const [, key, value] = match;
  return `YAML needs a space after the colon: "${key}: ${value}" is a key and a value, "${written.trim()}" is one string.`;
}

/** Explains a value of the wrong type, for the cases learners hit. Pure. */
export function typeMismatchHint(failure: DecodeFailure): string | undefined {
  const { value, goType } = failure;
  if (typeof value === "string" && (goType.startsWith("map[") || goType.startsWith("v1."))) return missingSpaceHint(value);
  if (typeof value === "string" && goType === "bool") {
    return `Write true or false without quotes; "${value}" in quotes is a string.`;
  }
  if (typeof value === "string" && /^int(32|64)$/.test(goType) && /^-?\d+$/.test(value)) {
    return `Write the number without quotes; "${value}" in quotes is a string.`;
  }
  if (goType.startsWith("[]") && !Array.isArray(value)) {
    return 'This field takes a list: write each item on its own line, starting with "- ".';
  }
  return undefined;
}

/** Suggests the field the learner probably meant: a near spelling of one the struct has. Pure. */
export function unknownFieldHint(written: string, known: readonly string[]): string | undefined {
  const near = known.find((name) => editDistance(name.toLowerCase(), written.toLowerCase()) <= 2);
  return near ? `Did you mean "${near}"?` : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

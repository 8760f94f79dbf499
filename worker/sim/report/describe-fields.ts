// Multi-line describe fields: labels, annotations and tolerations, in the layout of kubectl's
// printLabelsMultiline, printAnnotationsMultiline and printPodTolerationsMultiline
// (staging/src/k8s.io/kubectl/pkg/describe/describe.go). Continuation lines start with a tab so
// that the tab writer lines them up under the first value.
import type { Toleration } from "kubernetes-types/core/v1";

/** Longest annotation kubectl prints on one line (describe.go, maxAnnotationLen). */
const maxAnnotationLength = 140;

/** kubectl never shows this annotation (describe.go, skipAnnotations). */
const skippedAnnotations = new Set(["kubectl.kubernetes.io/last-applied-configuration"]);

function sortedKeys(map: Record<string, string>): string[] {
  return Object.keys(map).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** `TITLE:\tk=v` lines, keys sorted, or `TITLE:\t<none>`. Pure. */
export function labelLines(title: string, labels: Record<string, string> | undefined): string {
  const keys = sortedKeys(labels ?? {});
  if (keys.length === 0) return `${title}:\t<none>\n`;
  return keys.map((key, index) => `${index === 0 ? `${title}:` : ""}\t${key}=${labels![key]}\n`).join("");
}

function shorten(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length)}...` : text;
}

/** `Annotations:\tkey: value` lines; long or multi-line values go below their key. Pure. */
export function annotationLines(annotations: Record<string, string> | undefined): string {
  const all = annotations ?? {};
  const keys = sortedKeys(all).filter((key) => !skippedAnnotations.has(key));
  if (keys.length === 0) return "Annotations:\t<none>\n";
  return keys.map((key, index) => {
    const lead = index === 0 ? "Annotations:\t" : "\t";
    const value = all[key]!.replace(/\n$/, "");
    if (value.length + key.length + 2 <= maxAnnotationLength && !value.includes("\n")) return `${lead}${key}: ${value}\n`;
    const body = value.split("\n").map((line) => `\t  ${shorten(line, maxAnnotationLength - 2)}\n`).join("");
    return `${lead}${key}:\n${body}`;
  }).join("");
}

function tolerationText(toleration: Toleration): string {
  let text = toleration.key ?? "";
  if (toleration.value) text += `=${toleration.value}`;
  if (toleration.effect) text += `:${toleration.effect}`;
  if (toleration.operator === "Exists" && !toleration.value) text += text === "" ? "op=Exists" : " op=Exists";
  if (toleration.tolerationSeconds !== undefined && toleration.tolerationSeconds !== null) text += ` for ${toleration.tolerationSeconds}s`;
  return text;
}

/** `Tolerations:\t...` lines sorted by key (a stable sort; kubectl's sort.Slice is not). Pure. */
export function tolerationLines(tolerations: readonly Toleration[] | undefined): string {
  const sorted = [...(tolerations ?? [])].sort((a, b) => ((a.key ?? "") < (b.key ?? "") ? -1 : (a.key ?? "") > (b.key ?? "") ? 1 : 0));
  if (sorted.length === 0) return "Tolerations:\t<none>\n";
  return sorted.map((toleration, index) => `${index === 0 ? "Tolerations:" : ""}\t${tolerationText(toleration)}\n`).join("");
}

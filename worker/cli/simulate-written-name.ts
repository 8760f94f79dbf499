// The pod name as the learner wrote it, for kubectl's `The Pod "NAME" is invalid` text: a
// rejected pod is never stored, so the result has no object to take the name from.
import { parse } from "yaml";

/** metadata.name of the first YAML document, or "" if there is none or the text does not parse. */
export function simulateWrittenName(podYaml: string): string {
  // admission refuses manifests this large anyway, so there is no name to show.
  if (podYaml.length > 1_000_000) return "";
  try {
    const value: unknown = parse(podYaml, { version: "1.1", maxAliasCount: 100, logLevel: "silent" });
    const metadata = value !== null && typeof value === "object" ? (value as { metadata?: unknown }).metadata : undefined;
    const name = metadata !== null && typeof metadata === "object" ? (metadata as { name?: unknown }).name : undefined;
    return typeof name === "string" ? name : "";
  } catch {
    return "";
  }
}

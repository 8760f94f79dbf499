// Identifiers the API server draws at random (the pod UID, generated name suffixes), derived here
// from the pod's namespace and name so that the same input always gives the same output
// (kubelet-semantics.md §0.2, §1.7 SIM). The hash is FNV-1a, 32 bits, run with four salts.
import { fnv1a } from "../fnv1a.ts";

/** The alphabet of apimachinery's utilrand.String, which name generation uses. */
const nameAlphabet = "bcdfghjklmnpqrstvwxz2456789";


function hexOf(seed: string, salts: readonly string[]): string {
  return salts.map((salt) => fnv1a(`${salt}:${seed}`).toString(16).padStart(8, "0")).join("");
}

/** A UUID-shaped (version 4 layout) UID for the pod `namespace/name`. Pure. */
export function podUid(namespace: string, name: string): string {
  const hex = hexOf(`${namespace}/${name}`, ["a", "b", "c", "d"]);
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Five characters from utilrand's alphabet, fixed by `seed`: the suffix GenerateName appends. Pure. */
export function nameSuffix(seed: string): string {
  let suffix = "";
  for (let index = 0; index < 5; index++) suffix += nameAlphabet[fnv1a(`${index}:${seed}`) % nameAlphabet.length];
  return suffix;
}

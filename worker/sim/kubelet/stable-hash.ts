// Identifiers a real runtime draws at random (container IDs, image digests), derived from their
// inputs so the same simulation always prints the same IDs. FNV-1a, 32 bits, run with salts.
import { fnv1a } from "../fnv1a.ts";

const cache = new Map<string, string>();
const maxCached = 1024;

/** `length` lower-case hex digits fixed by `seed` (multiple of 8). Pure; answers are cached. */
export function stableHex(seed: string, length = 64): string {
  const key = `${length}:${seed}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const hex = computeHex(seed, length);
  if (cache.size >= maxCached) cache.delete(cache.keys().next().value!);
  cache.set(key, hex);
  return hex;
}

function computeHex(seed: string, length: number): string {
  let out = "";
  for (let salt = 0; out.length < length; salt++) out += fnv1a(`${salt}:${seed}`).toString(16).padStart(8, "0");
  return out.slice(0, length);
}

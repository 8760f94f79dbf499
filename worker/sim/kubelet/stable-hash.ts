// Identifiers a real runtime draws at random (container IDs, image digests), derived from their
// inputs so the same simulation always prints the same IDs. FNV-1a, 32 bits, run with salts.

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

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

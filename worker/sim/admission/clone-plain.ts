// Deep copies of JSON-like data (plain objects, arrays, primitives), keeping every key in its
// order, undefined members included. Used to hand out fresh copies of cached results. Pure.

/** Whether `value` is made only of primitives, arrays and plain objects (no Maps, classes, cycles). */
export function isPlainData(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== "object") return typeof value !== "function" && typeof value !== "symbol" && typeof value !== "bigint";
  if (depth > 64) return false;
  if (Array.isArray(value)) return value.every((item) => isPlainData(item, depth + 1));
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(value).every((item) => isPlainData(item, depth + 1));
}

/** A deep copy of plain data (see isPlainData), with the same prototypes (Object or null). */
export function clonePlain<T>(value: T): T {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(clonePlain) as T;
  const record = value as Record<string, unknown>;
  const copy: Record<string, unknown> = Object.getPrototypeOf(value) === null ? Object.create(null) as Record<string, unknown> : {};
  for (const key of Object.keys(record)) {
    const item = clonePlain(record[key]);
    if (key === "__proto__") Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
    else copy[key] = item;
  }
  return copy as T;
}

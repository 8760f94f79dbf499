// Stable output: objects are rebuilt with their keys sorted (plain `<`), as `kubectl get -o yaml`
// shows a stored object, and undefined members are dropped.

/** A deep copy of a JSON-like value with every object's keys sorted. Pure. */
export function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeys) as T;
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  const sorted: Record<string, unknown> = {};
  // The default sort compares UTF-16 code units, the same order as `<`.
  for (const key of Object.keys(record).sort()) {
    if (record[key] !== undefined) sorted[key] = sortKeys(record[key]);
  }
  return sorted as T;
}

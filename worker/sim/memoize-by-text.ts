// Bounded memoization of pure functions of one string (an image reference, say): the same few
// texts come back at every container start of every run. Only for functions whose results are
// immutable (strings, frozen or module-constant objects), so sharing them between runs cannot
// carry state from one simulation into the next; the oldest entry goes first when full.

/** `fn` with its results kept for up to `maxEntries` distinct texts. `fn` must be pure. */
export function memoizeByText<T>(fn: (text: string) => T, maxEntries = 256): (text: string) => T {
  const results = new Map<string, T>();
  return (text) => {
    if (results.has(text)) return results.get(text)!;
    const result = fn(text);
    if (results.size >= maxEntries) results.delete(results.keys().next().value!);
    results.set(text, result);
    return result;
  };
}

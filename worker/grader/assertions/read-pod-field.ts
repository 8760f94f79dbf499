// Reads a field of a Pod by a path an instructor writes: dots for keys, `[N]` for list indexes,
// and `[name=web]` to pick the list entry with that name, so a check does not depend on the
// order a learner lists containers in: `spec.containers[name=nginx].lifecycle.preStop`.

const segmentPattern = /([^.[\]]+)|\[(\d+)\]|\[([A-Za-z]+)=([^\]]*)\]/gy;

/** The value at `path`, or undefined when any step is missing. Pure. */
export function readPodField(pod: unknown, path: string): unknown {
  let node: unknown = pod;
  segmentPattern.lastIndex = 0;
  while (segmentPattern.lastIndex < path.length) {
    if (path[segmentPattern.lastIndex] === ".") segmentPattern.lastIndex++;
    const match = segmentPattern.exec(path);
    if (!match) return undefined;
    const [, key, index, selectKey, selectValue] = match;
    if (key !== undefined) node = isObject(node) ? node[key] : undefined;
    else if (index !== undefined) node = Array.isArray(node) ? node[Number(index)] : undefined;
    else node = Array.isArray(node) ? node.find((item) => isObject(item) && String(item[selectKey!]) === selectValue) : undefined;
    if (node === undefined) return undefined;
  }
  return node;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

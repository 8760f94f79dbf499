/**
 * Whether `matches` holds for an error or anything it wraps: its `cause` chain, and the driver
 * adapter error Prisma keeps in `meta.driverAdapterError`. Database errors arrive wrapped in
 * several layers, and the code or message that tells them apart may sit at any depth.
 */
export function someInErrorChain(error: unknown, matches: (value: Record<string, unknown>) => boolean): boolean {
  const seen = new Set<unknown>();
  const stack: unknown[] = [error];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    const layer = value as Record<string, unknown> & { meta?: { driverAdapterError?: unknown } };
    if (matches(layer)) return true;
    stack.push(layer.cause, layer.meta?.driverAdapterError);
  }
  return false;
}

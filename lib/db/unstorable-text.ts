// PostgreSQL refuses text holding U+0000 (SQLSTATE 22021, "invalid byte sequence for encoding
// UTF8: 0x00"), in stored values and in query parameters alike. Routes validate what they store,
// but a NUL in an id used only to look something up reaches the database too: that is a bad
// request, not a server error.

export function isUnstorableText(error: unknown): boolean {
  const seen = new Set<unknown>();
  const stack: unknown[] = [error];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    const { originalCode, code, message, cause, meta } = value as { originalCode?: unknown; code?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
    if (originalCode === "22021" || code === "22021") return true;
    if (typeof message === "string" && /invalid byte sequence for encoding "UTF8": 0x00/.test(message)) return true;
    stack.push(cause, meta?.driverAdapterError);
  }
  return false;
}

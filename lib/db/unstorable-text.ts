// PostgreSQL refuses text holding U+0000 (SQLSTATE 22021, "invalid byte sequence for encoding
// UTF8: 0x00"), in stored values and in query parameters alike. Routes validate what they store,
// but a NUL in an id used only to look something up reaches the database too: that is a bad
// request, not a server error.
import { someInErrorChain } from "./error-chain.ts";

export function isUnstorableText(error: unknown): boolean {
  return someInErrorChain(
    error,
    ({ originalCode, code, message }) =>
      originalCode === "22021" || code === "22021" || (typeof message === "string" && /invalid byte sequence for encoding "UTF8": 0x00/.test(message)),
  );
}

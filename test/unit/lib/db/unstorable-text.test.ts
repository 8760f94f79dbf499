import { describe, expect, it } from "vitest";
import { isUnstorableText } from "../../../../lib/db/unstorable-text.ts";

describe("isUnstorableText", () => {
  it("is true for PostgreSQL refusing a NUL, however Prisma wraps it", () => {
    const adapterError = { name: "DriverAdapterError", cause: { originalCode: "22021", originalMessage: 'invalid byte sequence for encoding "UTF8": 0x00', kind: "postgres" } };
    expect(isUnstorableText(Object.assign(new Error("Invalid `db.submission.findUnique()` invocation"), { code: "P2010", meta: { driverAdapterError: adapterError } }))).toBe(true);
    expect(isUnstorableText(Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { name: "DriverAdapterError" }))).toBe(true);
  });

  it("is false for other database errors and for bugs", () => {
    expect(isUnstorableText(Object.assign(new Error("x"), { code: "P2002" }))).toBe(false);
    expect(isUnstorableText(new TypeError("cannot read properties of undefined"))).toBe(false);
    expect(isUnstorableText(null)).toBe(false);
  });
});

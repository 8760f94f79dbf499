import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "../../../../lib/db/database-unavailable.ts";

// Shapes recorded from Prisma 6.19 with the better-sqlite3 and pg adapters.
const prismaError = (code: string, cause: Record<string, unknown>) =>
  Object.assign(new Error("Invalid `db.lesson.count()` invocation"), { code, meta: { driverAdapterError: { name: "DriverAdapterError", cause } } });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["SQLite locked past the busy timeout", prismaError("P1008", { originalCode: "SQLITE_BUSY", originalMessage: "database is locked", kind: "SocketTimeout" })],
    ["PostgreSQL unreachable", prismaError("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5433 })],
    ["a raw adapter error for a dropped connection", Object.assign(new Error("x"), { name: "DriverAdapterError", cause: { kind: "ConnectionClosed" } })],
    ["node-postgres losing its socket", new Error("Connection terminated unexpectedly")],
    ["a refused socket, wrapped", new Error("query failed", { cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }) })],
  ])("is true for %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique constraint violation", prismaError("P2002", { kind: "UniqueConstraintViolation" })],
    ["a missing database (a setup error, not a blip)", prismaError("P1003", { kind: "DatabaseDoesNotExist", db: "nosuchdb" })],
    ["a NUL byte PostgreSQL refuses", Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { name: "DriverAdapterError" })],
    ["a plain bug", new TypeError("cannot read properties of undefined")],
    ["not an error at all", "oops"],
  ])("is false for %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

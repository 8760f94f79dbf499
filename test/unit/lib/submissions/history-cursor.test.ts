import { describe, expect, it } from "vitest";
import { historyCursorOf, historyCursorSchema } from "@/lib/submissions/history-cursor.ts";

describe("historyCursorSchema", () => {
  it.each([
    { name: "a UUID id", row: { queuedAt: new Date("2026-03-01T10:00:00.123Z"), id: "0b9f6c1e-6d6a-4f6e-9d0c-2f1f3c4a5b6c" } },
    { name: "a cuid", row: { queuedAt: new Date("2026-03-01T10:00:00.000Z"), id: "cmabc123def456ghi789jkl0" } },
  ])("reads back the cursor of a row with $name", ({ row }) => {
    expect(historyCursorSchema.parse(historyCursorOf(row))).toEqual(row);
  });

  it.each([
    { name: "empty", text: "" },
    { name: "no id", text: "1712345678901." },
    { name: "no time", text: ".abc" },
    { name: "a time that is not a number", text: "yesterday.abc" },
    { name: "a negative time", text: "-5.abc" },
    { name: "a time past any date", text: "9999999999999999.abc" },
    { name: "SQL in the id", text: "1712345678901.a' OR '1'='1" },
    { name: "a NUL in the id", text: "1712345678901.a\u0000b" },
    { name: "an id too long", text: `1712345678901.${"a".repeat(65)}` },
    { name: "far too long", text: "1".repeat(10_000) },
  ])("refuses $name", ({ text }) => {
    expect(historyCursorSchema.safeParse(text).success).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { memoizeByText } from "../../../worker/sim/memoize-by-text.ts";

describe("memoizeByText", () => {
  it("computes each text once and returns the kept result after", () => {
    const calls: string[] = [];
    const upper = memoizeByText((text: string) => {
      calls.push(text);
      return text.toUpperCase();
    });
    expect([upper("a"), upper("b"), upper("a")]).toEqual(["A", "B", "A"]);
    expect(calls).toEqual(["a", "b"]);
  });

  it("keeps undefined results too", () => {
    let calls = 0;
    const none = memoizeByText(() => {
      calls += 1;
      return undefined;
    });
    none("x");
    none("x");
    expect(calls).toBe(1);
  });

  it("drops the oldest text when full", () => {
    const calls: string[] = [];
    const same = memoizeByText((text: string) => {
      calls.push(text);
      return text;
    }, 2);
    for (const text of ["a", "b", "c", "b", "a"]) same(text);
    expect(calls).toEqual(["a", "b", "c", "a"]);
  });
});

import { describe, expect, it } from "vitest";
import { parseCohortParam, parsePageParam } from "../../../../app/_components/leaderboard/page-param.ts";

describe("parsePageParam", () => {
  const cases = [
    { name: "absent is the first page", value: undefined, expected: 1 },
    { name: "a page number", value: "7", expected: 7 },
    { name: "the first of repeated values", value: ["3", "9"], expected: 3 },
    { name: "zero is not a page", value: "0", expected: 1 },
    { name: "negative is not a page", value: "-2", expected: 1 },
    { name: "a fraction is not a page", value: "2.5", expected: 1 },
    { name: "a leading zero is not a page", value: "02", expected: 1 },
    { name: "text is not a page", value: "last", expected: 1 },
    { name: "an absurdly large number is not a page", value: "99999999999", expected: 1 },
  ];
  it.each(cases)("$name", ({ value, expected }) => {
    expect(parsePageParam(value)).toBe(expected);
  });
});

describe("parseCohortParam", () => {
  const cases = [
    { name: "absent is everyone", value: undefined, expected: null },
    { name: "empty is everyone", value: "", expected: null },
    { name: "an id", value: "cm3x9abc_d-1", expected: "cm3x9abc_d-1" },
    { name: "the first of repeated values", value: ["a1", "b2"], expected: "a1" },
    { name: "other characters cannot be an id", value: "a'b", expected: undefined },
    { name: "too long to be an id", value: "x".repeat(65), expected: undefined },
  ];
  it.each(cases)("$name", ({ value, expected }) => {
    expect(parseCohortParam(value)).toBe(expected);
  });
});

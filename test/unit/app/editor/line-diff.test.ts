import { describe, expect, it } from "vitest";
import { isUnchanged, lineDiff } from "@/app/_components/editor/line-diff.ts";

const brief = (before: string, after: string) =>
  lineDiff(before, after).map((line) => `${{ same: " ", removed: "-", added: "+" }[line.kind]}${line.text}|${line.oldLine ?? "."}|${line.newLine ?? "."}`);

describe("lineDiff", () => {
  it.each([
    { name: "identical texts", before: "a\nb\n", after: "a\nb\n", expected: [" a|1|1", " b|2|2"] },
    { name: "a line added at the end", before: "a\nb\n", after: "a\nb\nc\n", expected: [" a|1|1", " b|2|2", "+c|.|3"] },
    { name: "a line removed in the middle", before: "a\nb\nc", after: "a\nc", expected: [" a|1|1", "-b|2|.", " c|3|2"] },
    { name: "a changed line is removed then added", before: "a\nimage: ngnix\nc", after: "a\nimage: nginx\nc", expected: [" a|1|1", "-image: ngnix|2|.", "+image: nginx|.|2", " c|3|3"] },
    { name: "from empty", before: "", after: "x\n", expected: ["-|1|.", "+x|.|1"] },
    { name: "CRLF and LF compare equal", before: "a\r\nb\r\n", after: "a\nb\n", expected: [" a|1|1", " b|2|2"] },
    {
      name: "moved lines keep the longest common run",
      before: "kind: Pod\nmetadata:\n  name: web\nspec: {}\n",
      after: "metadata:\n  name: web\nkind: Pod\nspec: {}\n",
      expected: ["-kind: Pod|1|.", " metadata:|2|1", "   name: web|3|2", "+kind: Pod|.|3", " spec: {}|4|4"],
    },
  ])("$name", ({ before, after, expected }) => {
    expect(brief(before, after)).toEqual(expected);
  });

  it("falls back to remove-all/add-all past the table limit without throwing", () => {
    const before = Array.from({ length: 3000 }, (_, index) => `a${index}`).join("\n");
    const after = Array.from({ length: 3000 }, (_, index) => `b${index}`).join("\n");
    const lines = lineDiff(before, after);
    expect(lines.filter((line) => line.kind === "removed")).toHaveLength(3000);
    expect(lines.filter((line) => line.kind === "added")).toHaveLength(3000);
  });

  it("reports unchanged texts", () => {
    expect(isUnchanged(lineDiff("a\n", "a\n"))).toBe(true);
    expect(isUnchanged(lineDiff("a\n", "b\n"))).toBe(false);
  });
});

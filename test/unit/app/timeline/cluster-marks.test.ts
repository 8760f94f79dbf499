import { describe, expect, it } from "vitest";
import { clusterMarks } from "@/app/_components/timeline/cluster-marks.ts";
import { estimateTextWidth, truncateToWidth } from "@/app/_components/timeline/estimate-text-width.ts";

describe("clusterMarks", () => {
  it.each([
    { name: "far apart stay apart", xs: [10, 30, 50], groups: [[10], [30], [50]] },
    { name: "same instant merge", xs: [40, 40, 40], groups: [[40, 40, 40]] },
    { name: "a chain is cut at the gap from the group's first mark", xs: [0, 8, 16, 24], groups: [[0, 8], [16, 24]] },
    { name: "input order does not matter", xs: [30, 10, 12], groups: [[10, 12], [30]] },
  ])("$name", ({ xs, groups }) => {
    const clusters = clusterMarks(xs.map((x) => ({ x, item: x })), 12);
    expect(clusters.map((cluster) => cluster.items)).toEqual(groups);
  });
});

describe("truncateToWidth", () => {
  it.each([
    { name: "fits", text: "nginx", width: 100, out: "nginx" },
    { name: "cut with an ellipsis", text: "a-very-long-container-name", width: 60, out: "a-very-l…" },
  ])("$name", ({ text, width, out }) => {
    const cut = truncateToWidth(text, width, 11);
    expect(cut).toBe(out);
    expect(estimateTextWidth(cut, 11)).toBeLessThanOrEqual(width);
  });
});

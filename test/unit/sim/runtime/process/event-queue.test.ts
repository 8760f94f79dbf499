import { describe, expect, it } from "vitest";
import { EventQueue } from "../../../../../worker/sim/runtime/process/event-queue.ts";

describe("EventQueue orders by (time, seq)", () => {
  it.each([
    { name: "earlier time first", pushes: [[20, "b"], [10, "a"]] as const, want: ["a", "b"] },
    { name: "ties keep scheduling order", pushes: [[5, "x"], [5, "y"], [5, "z"]] as const, want: ["x", "y", "z"] },
    { name: "ten entries at one instant stay in order (no string ids)", pushes: Array.from({ length: 11 }, (_, index) => [0, `event-${index}`] as const), want: Array.from({ length: 11 }, (_, index) => `event-${index}`) },
    { name: "mixed", pushes: [[3, "c1"], [1, "a"], [3, "c2"], [2, "b"], [3, "c3"]] as const, want: ["a", "b", "c1", "c2", "c3"] },
  ])("$name", ({ pushes, want }) => {
    const queue = new EventQueue<string>();
    for (const [atMs, value] of pushes) queue.push(atMs, value);
    const out: string[] = [];
    for (let entry = queue.pop(); entry !== undefined; entry = queue.pop()) out.push(entry.value);
    expect(out).toEqual(want);
  });
});

import { describe, expect, it } from "vitest";
import { earnedPoints, streakDays, utcDay } from "../../../../lib/progress/progress-stats.ts";

describe("earnedPoints", () => {
  const cases = [
    { name: "a full score earns all the points", bestScore: 100, points: 25, expected: 25 },
    { name: "a partial score earns its share", bestScore: 60, points: 25, expected: 15 },
    { name: "nothing earns nothing", bestScore: 0, points: 40, expected: 0 },
  ];
  it.each(cases)("$name", ({ bestScore, points, expected }) => {
    expect(earnedPoints(bestScore, points)).toBe(expected);
  });
});

describe("streakDays", () => {
  const now = new Date("2026-11-29T08:00:00Z");
  const cases = [
    { name: "no solves", days: [], expected: 0 },
    { name: "today only", days: ["2026-11-29"], expected: 1 },
    { name: "three days up to today", days: ["2026-11-27", "2026-11-28", "2026-11-29"], expected: 3 },
    { name: "up to yesterday still counts before today's solve", days: ["2026-11-27", "2026-11-28"], expected: 2 },
    { name: "a gap ends the streak", days: ["2026-11-25", "2026-11-27", "2026-11-28", "2026-11-29"], expected: 3 },
    { name: "last solve two days ago is no streak", days: ["2026-11-26", "2026-11-27"], expected: 0 },
    { name: "across a month boundary", days: ["2026-10-31", "2026-11-01"], now: new Date("2026-11-01T23:59:59Z"), expected: 2 },
  ];
  it.each(cases)("$name", ({ days, expected, ...rest }) => {
    expect(streakDays(days, "now" in rest && rest.now ? rest.now : now)).toBe(expected);
  });

  it("uses UTC days, not the machine's time zone", () => {
    expect(utcDay(new Date("2026-11-29T23:30:00-05:00"))).toBe("2026-11-30");
  });
});

import { describe, expect, it } from "vitest";
import { isoWeekPeriod, isoWeekStart, scorePointsGained } from "../../../../lib/leaderboard/leaderboard-period.ts";

describe("isoWeekPeriod", () => {
  const cases = [
    { name: "a Sunday evening belongs to the week that began on Monday", at: "2026-11-29T23:59:59.999Z", expected: "2026-W48" },
    { name: "Monday 00:00 UTC starts the next week", at: "2026-11-30T00:00:00.000Z", expected: "2026-W49" },
    { name: "a Monday morning", at: "2026-11-23T00:00:00.000Z", expected: "2026-W48" },
    { name: "1 January on a Friday is in the previous year's last week", at: "2027-01-01T12:00:00Z", expected: "2026-W53" },
    { name: "30 December on a Monday starts the next year's first week", at: "2024-12-30T08:00:00Z", expected: "2025-W01" },
    { name: "a one-digit week is padded", at: "2026-01-05T00:00:00Z", expected: "2026-W02" },
  ];
  it.each(cases)("$name", ({ at, expected }) => {
    expect(isoWeekPeriod(new Date(at))).toBe(expected);
  });

  it("agrees with SQLite's strftime('%G-W%V') used by the migration's backfill, every day for two years", async () => {
    const { default: Database } = await import("better-sqlite3");
    const db = new Database(":memory:");
    const query = db.prepare("SELECT strftime('%G-W%V', ?) AS week");
    for (let day = 0; day < 730; day++) {
      const at = new Date(Date.UTC(2026, 0, 1) + day * 86_400_000 + 43_200_000);
      const { week } = query.get(at.toISOString()) as { week: string };
      expect(isoWeekPeriod(at), at.toISOString()).toBe(week);
    }
    db.close();
  });
});

describe("isoWeekStart", () => {
  it("is the Monday 00:00 UTC on or before the date", () => {
    expect(isoWeekStart(new Date("2026-11-29T23:59:59Z")).toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(isoWeekStart(new Date("2026-11-30T00:00:00Z")).toISOString()).toBe("2026-11-30T00:00:00.000Z");
  });
});

describe("scorePointsGained", () => {
  const cases = [
    { name: "a first score earns its share in hundredths", previous: 0, best: 80, points: 10, expected: 800 },
    { name: "a rise earns only the difference", previous: 40, best: 100, points: 15, expected: 900 },
    { name: "no rise earns nothing", previous: 70, best: 70, points: 10, expected: 0 },
    { name: "a lower score never takes points away", previous: 70, best: 50, points: 10, expected: 0 },
  ];
  it.each(cases)("$name", ({ previous, best, points, expected }) => {
    expect(scorePointsGained(previous, best, points)).toBe(expected);
  });
});

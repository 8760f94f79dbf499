import { describe, expect, it } from "vitest";
import { chooseTickStep, chooseTimeTicks, formatDuration, formatTime } from "@/app/_components/timeline/choose-time-ticks.ts";
import { timeToX } from "@/app/_components/timeline/time-scale.ts";

describe("chooseTimeTicks", () => {
  it.each([
    { name: "10 s run", durationS: 10, maxTicks: 8, step: 2, first: ["0s", "2s", "4s"], last: "10s" },
    { name: "2 min run", durationS: 120, maxTicks: 10, step: 15, first: ["0:00", "0:15", "0:30"], last: "2:00" },
    { name: "10 min run (default --until)", durationS: 600, maxTicks: 10, step: 60, first: ["0:00", "1:00", "2:00"], last: "10:00" },
    { name: "1 h run", durationS: 3600, maxTicks: 8, step: 600, first: ["0:00", "10:00", "20:00"], last: "60:00" },
    { name: "24 h run", durationS: 86400, maxTicks: 10, step: 10800, first: ["0:00:00", "3:00:00", "6:00:00"], last: "24:00:00" },
    { name: "narrow 24 h run", durationS: 86400, maxTicks: 3, step: 43200, first: ["0:00:00", "12:00:00", "24:00:00"], last: "24:00:00" },
  ])("$name", ({ durationS, maxTicks, step, first, last }) => {
    expect(chooseTickStep(durationS, maxTicks)).toBe(step);
    const ticks = chooseTimeTicks(durationS, maxTicks);
    expect(ticks.length - 1).toBeLessThanOrEqual(maxTicks);
    expect(ticks.slice(0, 3).map((tick) => tick.label)).toEqual(first);
    expect(ticks[ticks.length - 1].label).toBe(last);
  });
});

describe("formatTime", () => {
  it.each([
    { name: "seconds in a short run", timeS: 35, durationS: 60, text: "35s" },
    { name: "fraction kept to the millisecond", timeS: 1.5, durationS: 10, text: "1.5s" },
    { name: "m:ss in a longer run", timeS: 75, durationS: 120, text: "1:15" },
    { name: "h:mm:ss beyond an hour", timeS: 3725, durationS: 7200, text: "1:02:05" },
  ])("$name", ({ timeS, durationS, text }) => {
    expect(formatTime(timeS, durationS)).toBe(text);
  });
});

describe("formatDuration", () => {
  it.each([
    { name: "seconds", durationS: 30, text: "30s" },
    { name: "minutes and seconds", durationS: 90, text: "1m30s" },
    { name: "whole hours", durationS: 86400, text: "24h" },
    { name: "zero", durationS: 0, text: "0s" },
  ])("$name", ({ durationS, text }) => {
    expect(formatDuration(durationS)).toBe(text);
  });
});

describe("timeToX", () => {
  const scale = { durationS: 120, x0: 150, width: 600 };
  it.each([
    { name: "start", timeS: 0, x: 150 },
    { name: "middle", timeS: 60, x: 450 },
    { name: "end", timeS: 120, x: 750 },
    { name: "clamped past the end", timeS: 200, x: 750 },
    { name: "zero-length run", timeS: 5, x: 150, scale: { durationS: 0, x0: 150, width: 600 } },
  ])("$name", ({ timeS, x, scale: custom }) => {
    expect(timeToX(custom ?? scale, timeS)).toBe(x);
  });
});

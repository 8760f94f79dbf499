import { describe, expect, it } from "vitest";
import { COMPACT_VARIANT, layoutTimeline, WIDE_VARIANT } from "@/app/_components/timeline/layout-timeline.ts";
import { crashLoop, deletedSleeper, initThenApp, livenessExec } from "./sim-result-fixtures.ts";

const variants = [WIDE_VARIANT, COMPACT_VARIANT];

describe("layoutTimeline: marks per lane row", () => {
  it.each([
    {
      name: "liveness-exec: three L ticks per instance, kill then exit in the lifecycle row, restart 1 on the bar",
      result: livenessExec,
      untilMs: 120_000,
      lane: "app:liveness",
      probe: [["probe-liveness", 1], ["probe-liveness", 1], ["probe-liveness", 1], ["probe-liveness", 1], ["probe-liveness", 1], ["probe-liveness", 1]],
      bar: [["restart", 1]],
      lifecycle: [["kill", 1], ["exit-error", 1], ["kill", 1]],
    },
    {
      name: "deletion: Killing and FailedPreStopHook at one instant share the hook glyph",
      result: deletedSleeper,
      untilMs: 90_000,
      lane: "app:sleep",
      probe: [],
      bar: [],
      lifecycle: [["hook", 2], ["exit-error", 1]],
    },
    {
      name: "init then app: the readiness failure is an R tick on the app lane",
      result: initThenApp,
      untilMs: 30_000,
      lane: "app:web",
      probe: [["probe-readiness", 1]],
      bar: [],
      lifecycle: [],
    },
  ])("$name", ({ result, untilMs, lane, probe, bar, lifecycle }) => {
    const drawn = layoutTimeline(result, untilMs, "en", WIDE_VARIANT).lanes.find((l) => l.key === lane);
    const brief = (groups: { glyph: string; count: number }[]) => groups.map((group) => [group.glyph, group.count]);
    expect(brief(drawn?.marks.probe ?? [])).toEqual(probe);
    expect(brief(drawn?.marks.bar ?? [])).toEqual(bar);
    expect(brief(drawn?.marks.lifecycle ?? [])).toEqual(lifecycle);
  });
});

describe("layoutTimeline: geometry in both variants", () => {
  const cases = variants.flatMap((variant) =>
    [
      { fixture: "livenessExec", result: livenessExec, untilMs: 120_000 },
      { fixture: "crashLoop", result: crashLoop, untilMs: 60_000 },
      { fixture: "initThenApp", result: initThenApp, untilMs: 30_000 },
      { fixture: "deletedSleeper", result: deletedSleeper, untilMs: 90_000 },
    ].map((entry) => ({ ...entry, variant, name: `${entry.fixture} (${variant.name})` })),
  );
  it.each(cases)("$name: everything inside the plot, labels only where they fit, lanes stacked", ({ result, untilMs, variant }) => {
    const layout = layoutTimeline(result, untilMs, "en", variant);
    expect(layout.ticks[0].x).toBe(layout.plotX0);
    for (const lane of layout.lanes) {
      for (const segment of lane.segments) {
        expect(segment.x).toBeGreaterThanOrEqual(layout.plotX0);
        expect(segment.x + segment.width).toBeLessThanOrEqual(layout.plotX1 + 1e-9);
        if (segment.label !== null) expect(segment.labelX + segment.label.length * 6).toBeLessThanOrEqual(segment.x + segment.width + 4);
      }
    }
    const tops = layout.lanes.map((lane) => lane.probeY);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(layout.height).toBeGreaterThan(layout.axisY);
  });
});

describe("layoutTimeline: labels and summary", () => {
  it.each([
    {
      name: "crash loop: labels that fit in wide, the 3 s ContainerCreating too narrow",
      layout: () => layoutTimeline(crashLoop, 60_000, "en", WIDE_VARIANT),
      labels: [null, "running", "running", "CrashLoopBackOff", "running", "CrashLoopBackOff", "running", null],
    },
    {
      name: "crash loop compact: no segment is wide enough for its label",
      layout: () => layoutTimeline(crashLoop, 60_000, "en", COMPACT_VARIANT),
      labels: [null, null, null, null, null, null, null, null],
    },
    {
      name: "liveness-exec compact: the long running instances keep theirs",
      layout: () => layoutTimeline(livenessExec, 120_000, "en", COMPACT_VARIANT),
      labels: [null, "running", "running"],
    },
  ])("$name", ({ layout, labels }) => {
    expect(layout().lanes[0].segments.map((segment) => segment.label)).toEqual(labels);
  });

  it.each([
    {
      name: "liveness-exec in English",
      summary: layoutTimeline(livenessExec, 120_000, "en", WIDE_VARIANT).summary,
      text: "Timeline of pod liveness-exec over 2m: containers liveness; 1 restart; 6 failed probes; final status Running.",
    },
    {
      name: "deleted pod in Chinese",
      summary: layoutTimeline(deletedSleeper, 90_000, "zh", WIDE_VARIANT).summary,
      text: "Pod sleeper 在 1m30s 内的时间线：容器 sleep；重启 0 次；探针失败 0 次；于 0:30 删除；最终状态 Error。",
    },
  ])("summary: $name", ({ summary, text }) => {
    expect(summary).toBe(text);
  });

  it.each([
    {
      name: "deleted at 30 s, stopped at 60 s, removed from there on",
      termination: layoutTimeline(deletedSleeper, 90_000, "en", WIDE_VARIANT).termination,
      tip: "Pod deleted at 0:30, grace period 30s; containers stopped at 1:00",
    },
  ])("termination: $name", ({ termination, tip }) => {
    expect(termination?.tip).toBe(tip);
    expect(termination?.graceX).toBeCloseTo((termination?.x ?? 0) + (termination?.width ?? 0));
    expect(termination?.removedX).not.toBeNull();
  });
});

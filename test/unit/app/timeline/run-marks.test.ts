// Probe ticks and hook spans from the simulator's records (build-run-marks, layout-runs,
// describe-run), the fallback to event marks for results stored without them, and the Chinese
// prose of segment tooltips.
import { describe, expect, it } from "vitest";
import { buildEventMarks } from "@/app/_components/timeline/build-event-marks.ts";
import { buildHookSpans, buildProbeTicks, runRecordsOf } from "@/app/_components/timeline/build-run-marks.ts";
import { segmentTip } from "@/app/_components/timeline/describe-segment.ts";
import { layoutTimeline, WIDE_VARIANT } from "@/app/_components/timeline/layout-timeline.ts";
import { layoutHookSpans, layoutProbeTicks, PROBE_SLICE } from "@/app/_components/timeline/layout-runs.ts";
import { getTimelineDictionary } from "@/app/_components/timeline/timeline-dictionary.ts";
import type { HookRun, ProbeRun, SimResult } from "@/worker/sim/sim-result.ts";
import { deletedSleeper, livenessExec } from "./sim-result-fixtures.ts";

const en = getTimelineDictionary("en");
const zh = getTimelineDictionary("zh");
const lane = { key: "app:web", name: "web" };
/** 600 s over 600 units from x 0: one unit a second. */
const scale = { durationS: 600, x0: 0, width: 600 };

function probeRun(time: number, probe: ProbeRun["probe"], result: ProbeRun["result"], message = ""): ProbeRun {
  return { time, container: "web", containerKind: "regular", probe, result, message };
}

function hookRun(hook: HookRun["hook"], startTime: number, endTime: number | null, outcome: HookRun["outcome"], message = ""): HookRun {
  return { container: "web", containerKind: "regular", hook, startTime, endTime, outcome, message };
}

const failed = "Readiness probe failed: cat: can't open '/tmp/ready': No such file or directory\n";

describe("buildProbeTicks and buildHookSpans", () => {
  it.each([
    { name: "an app container", containerKind: "regular", laneKey: "app:web" },
    { name: "an init container", containerKind: "init", laneKey: "init:web" },
    { name: "a sidecar (under spec.initContainers)", containerKind: "sidecar", laneKey: "init:web" },
  ] as const)("puts $name on its lane", ({ containerKind, laneKey }) => {
    expect(buildProbeTicks([{ ...probeRun(5, "liveness", "success"), containerKind }]).map((tick) => [tick.laneKey, tick.timeS])).toEqual([[laneKey, 5]]);
    expect(buildHookSpans([{ ...hookRun("postStart", 3, 7, "success"), containerKind }]).map((span) => [span.laneKey, span.startS, span.endS])).toEqual([[laneKey, 3, 7]]);
  });

  it("finds no records in a result stored before they existed", () => {
    expect(runRecordsOf(livenessExec)).toBeUndefined();
    expect(runRecordsOf({ ...livenessExec, probeRuns: [], hookRuns: [] })).toEqual({ probeRuns: [], hookRuns: [] });
  });
});

describe("layoutProbeTicks", () => {
  const ticks = buildProbeTicks([
    probeRun(5, "readiness", "success"),
    probeRun(10, "readiness", "success"),
    probeRun(15, "readiness", "failure", failed),
    probeRun(20, "readiness", "failure", failed),
    probeRun(25, "readiness", "failure", failed),
    probeRun(200, "readiness", "failure", failed),
  ]);
  const drawn = layoutProbeTicks(lane, ticks, scale, 100, en);

  it("groups ticks in fixed slices of the axis, one focusable group per slice that holds any", () => {
    expect(drawn.groups.map((group) => [group.x, group.width])).toEqual([[0, PROBE_SLICE], [PROBE_SLICE, PROBE_SLICE], [2 * PROBE_SLICE, PROBE_SLICE], [16 * PROBE_SLICE, PROBE_SLICE]]);
  });

  it("draws passing ticks as one path, short and at the bottom of the probe row", () => {
    expect(drawn.passPath).toBe("M5.0 105v5M10.0 105v5");
  });

  it("draws a streak's first failure as a letter tile, the rest as tall ticks, and a new streak's first as a tile", () => {
    expect(drawn.groups.flatMap((group) => group.failures.map((failure) => [failure.x, failure.glyph, failure.isTile]))).toEqual([
      [15, "probe-readiness", true],
      [20, "probe-readiness", false],
      [25, "probe-readiness", false],
      [200, "probe-readiness", true],
    ]);
  });

  it("lists each attempt in a small group's tooltip: successes in words, failures by their Unhealthy message", () => {
    expect(drawn.groups[0]!.tip).toBe("web\n0:05 · readiness probe succeeded\n0:10 · readiness probe succeeded");
    expect(drawn.groups[1]!.tip).toBe(`web\n0:15 · ${failed.trimEnd()}\n0:20 · ${failed.trimEnd()}`);
    expect(layoutProbeTicks(lane, ticks.slice(0, 2), scale, 100, zh).groups[0]!.tip).toBe("web\n0:05 · readiness 探针成功\n0:10 · readiness 探针成功");
  });

  it("counts the successes of a crowded group and lists its first failures", () => {
    const crowded = buildProbeTicks([
      ...[1, 2, 3, 4, 5, 6].map((time) => probeRun(time, "liveness", "success")),
      probeRun(7, "readiness", "error", "Readiness probe errored: rpc error\n"),
    ]);
    expect(layoutProbeTicks(lane, crowded, scale, 0, en).groups[0]!.tip).toBe(
      "web\n0:07 · Readiness probe errored: rpc error (result discarded)\nliveness probe succeeded 6 times, 0:01 – 0:06",
    );
  });
});

describe("layoutHookSpans", () => {
  it.each([
    { name: "a 4 s postStart: too narrow for its name, labelled after", run: hookRun("postStart", 3, 7, "success"), want: { x: 3, width: 4, look: "success", isFailed: false, label: "postStart", labelX: 10, isLabelInside: false } },
    { name: "an instant hook is still 3 units wide", run: hookRun("preStop", 30, 30, "success"), want: { x: 30, width: 3, look: "success", label: "preStop" } },
    { name: "a long preStop cut off by the grace period: labelled inside, dashed", run: hookRun("preStop", 100, 160, "timeout"), want: { x: 100, width: 60, look: "timeout", label: "preStop", labelX: 104, isLabelInside: true } },
    { name: "a failed postStart gets the diamond too", run: hookRun("postStart", 3, 3, "failure", "Exec lifecycle hook ([sh -c exit 1]) failed"), want: { look: "failure", isFailed: true } },
    { name: "a postStart still running runs to the end of the axis", run: hookRun("postStart", 500, null, null), want: { x: 500, width: 100, look: "open" } },
  ])("$name", ({ run, want }) => {
    expect(layoutHookSpans(lane, buildHookSpans([run]), scale, en)[0]).toMatchObject(want);
  });

  it("says when, how long and how it ended, with the error detail", () => {
    const spans = buildHookSpans([hookRun("postStart", 3, 7, "success"), hookRun("preStop", 100, 110, "failure", "Exec lifecycle hook ([sh -c exit 3]) failed - error: command 'sh -c exit 3' exited with 3: \n")]);
    expect(layoutHookSpans(lane, spans, scale, en).map((span) => span.tip)).toEqual([
      "web · postStart hook\n0:03 – 0:07 (4s)\nsucceeded",
      "web · preStop hook\n1:40 – 1:50 (10s)\nfailed\nExec lifecycle hook ([sh -c exit 3]) failed - error: command 'sh -c exit 3' exited with 3:",
    ]);
    expect(layoutHookSpans(lane, buildHookSpans([hookRun("preStop", 100, 130, "timeout")]), scale, zh)[0]!.tip).toBe("web · preStop 钩子\n1:40 – 2:10 (30s)\n被中断：宽限期先用完了");
  });

  it("drops a label that would run into the next span", () => {
    const spans = buildHookSpans([hookRun("postStart", 3, 4, "success"), hookRun("preStop", 20, 21, "success")]);
    expect(layoutHookSpans(lane, spans, scale, en).map((span) => span.label)).toEqual([null, "preStop"]);
  });
});

describe("the fallback for results stored without probe and hook records", () => {
  it("takes probe failures and failed hooks from events only then", () => {
    expect(buildEventMarks(deletedSleeper.events).map((mark) => mark.kind)).toEqual(["kill", "hook"]);
    expect(buildEventMarks(deletedSleeper.events, true).map((mark) => mark.kind)).toEqual(["kill"]);
  });

  it("draws old results as before, and records instead of events when they are there", () => {
    const old = layoutTimeline(livenessExec, 120_000, "en", WIDE_VARIANT).lanes[0]!;
    expect([old.marks.probe.length, old.probeTicks.length, old.hookY]).toEqual([6, 0, null]);
    const withRecords: SimResult = { ...livenessExec, probeRuns: [probeRun(10, "liveness", "success"), probeRun(35, "liveness", "failure", "Liveness probe failed: x")], hookRuns: [] };
    const recorded = layoutTimeline({ ...withRecords, probeRuns: withRecords.probeRuns!.map((run) => ({ ...run, container: "liveness" })) }, 120_000, "en", WIDE_VARIANT);
    expect([recorded.lanes[0]!.marks.probe.length, recorded.lanes[0]!.probeTicks.length]).toEqual([0, 2]);
    expect(recorded.summary).toContain("1 failed probe;");
  });
});

describe("segmentTip", () => {
  const running = { startS: 5, endS: 35, state: "running" as const, reason: null, exitCode: null, ready: true, restartCount: 1 };
  const terminated = { ...running, state: "terminated" as const, reason: "Error", exitCode: 137, ready: false };
  it.each([
    { name: "running, English", segment: running, dictionary: en, want: "web · running, ready true\n5s – 35s\nrestartCount 1" },
    { name: "running, Chinese", segment: running, dictionary: zh, want: "web · running，已就绪（ready: true）\n5s – 35s\n重启次数（restartCount）1" },
    { name: "terminated, Chinese", segment: terminated, dictionary: zh, want: "web · terminated: Error，退出码（exitCode）137\n5s – 35s\n重启次数（restartCount）1" },
  ])("$name", ({ segment, dictionary, want }) => {
    expect(segmentTip("web", segment, 60, dictionary)).toBe(want);
  });
});

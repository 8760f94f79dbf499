import { describe, expect, it } from "vitest";
import { buildReadyBand } from "@/app/_components/timeline/build-ready-band.ts";
import { crashLoop, deletedSleeper, initThenApp, livenessExec } from "./sim-result-fixtures.ts";

describe("buildReadyBand", () => {
  it.each([
    {
      name: "liveness-exec: absent before binding, False, True, a zero-width False at 75 s is dropped",
      result: livenessExec,
      endS: 120,
      band: [[0, 3, "False"], [3, 120, "True"]],
    },
    {
      name: "crash loop: True only while an instance runs",
      result: crashLoop,
      endS: 60,
      band: [[0, 3, "False"], [3, 13, "True"], [13, 23, "False"], [23, 28, "True"], [28, 48, "False"], [48, 53, "True"], [53, 60, "False"]],
    },
    { name: "init then app: True once the readiness probe passes", result: initThenApp, endS: 30, band: [[0, 12, "False"], [12, 30, "True"]] },
    { name: "deletion: True through the grace period, False when stopped", result: deletedSleeper, endS: 90, band: [[0, 3, "False"], [3, 60, "True"], [60, 90, "False"]] },
  ])("$name", ({ result, endS, band }) => {
    expect(buildReadyBand(result.snapshots, endS).map((s) => [s.startS, s.endS, s.status])).toEqual(band);
  });

  it.each([
    {
      name: "absent before the kubelet reports",
      snapshots: [{ time: 0, conditions: {} }, { time: 2, conditions: { Ready: "False" } }],
      band: [[0, 2, "absent"], [2, 10, "False"]],
    },
  ])("$name", ({ snapshots, band }) => {
    const full = snapshots.map((s) => ({ ...livenessExec.snapshots[0], ...s })) as typeof livenessExec.snapshots;
    expect(buildReadyBand(full, 10).map((s) => [s.startS, s.endS, s.status])).toEqual(band);
  });
});

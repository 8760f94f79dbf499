import { describe, expect, it } from "vitest";
import { findTermination } from "@/app/_components/timeline/find-termination.ts";
import type { SimResult } from "@/worker/sim/sim-result.ts";
import { deletedSleeper, livenessExec } from "./sim-result-fixtures.ts";

/** deletedSleeper cut before the SIGKILL: the run ends while the pod is still Terminating. */
const stillTerminating: SimResult = { ...deletedSleeper, snapshots: deletedSleeper.snapshots.slice(0, -1) };

/** A pod whose container stops at once: no Terminating snapshot, only Killing (T2). */
const stopsAtOnce: SimResult = {
  ...deletedSleeper,
  snapshots: [...deletedSleeper.snapshots.slice(0, 3), { ...deletedSleeper.snapshots[4], time: 30, phase: "Succeeded", status: "Completed" }],
};

describe("findTermination", () => {
  it.each([
    { name: "not deleted", result: livenessExec, expected: undefined },
    { name: "deleted at 30 s, SIGKILL at the end of the 30 s grace", result: deletedSleeper, expected: { deletedAtS: 30, gracePeriodS: 30, stoppedAtS: 60 } },
    { name: "still stopping when the run ends", result: stillTerminating, expected: { deletedAtS: 30, gracePeriodS: 30, stoppedAtS: null } },
    { name: "stopped at once, found from Killing", result: stopsAtOnce, expected: { deletedAtS: 30, gracePeriodS: 30, stoppedAtS: 30 } },
  ])("$name", ({ result, expected }) => {
    expect(findTermination(result)).toEqual(expected);
  });
});

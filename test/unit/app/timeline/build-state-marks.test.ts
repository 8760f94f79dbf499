import { describe, expect, it } from "vitest";
import { buildStateMarks, type StateMark } from "@/app/_components/timeline/build-state-marks.ts";
import { crashLoop, deletedSleeper, initThenApp, livenessExec } from "./sim-result-fixtures.ts";

const brief = (mark: StateMark) =>
  mark.kind === "restart"
    ? `${mark.timeS} ${mark.laneKey} restart ${mark.restartCount}`
    : `${mark.timeS} ${mark.laneKey} exit ${mark.reason} ${mark.exitCode}`;

const cases = [
  {
    name: "liveness-exec: exit 137 and restart 1 at the same instant",
    result: livenessExec,
    marks: ["75 app:liveness exit Error 137", "75 app:liveness restart 1"],
  },
  {
    name: "crash loop: every exit, and a restart whenever restartCount grows",
    result: crashLoop,
    marks: [
      "8 app:app exit Error 1",
      "8 app:app restart 1",
      "13 app:app exit Error 1",
      "23 app:app restart 2",
      "28 app:app exit Error 1",
      "48 app:app restart 3",
      "53 app:app exit Error 1",
    ],
  },
  { name: "init container completes once, no restarts", result: initThenApp, marks: ["7 init:wait exit Completed 0"] },
  { name: "killed at the end of the grace period", result: deletedSleeper, marks: ["60 app:sleep exit Error 137"] },
];

describe("buildStateMarks", () => {
  it.each(cases)("$name", ({ result, marks }) => {
    expect(buildStateMarks(result.snapshots).map(brief)).toEqual(marks);
  });
});

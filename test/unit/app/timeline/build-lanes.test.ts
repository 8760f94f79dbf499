import { describe, expect, it } from "vitest";
import { buildLanes, type StateSegment } from "@/app/_components/timeline/build-lanes.ts";
import { crashLoop, deletedSleeper, initThenApp, livenessExec } from "./sim-result-fixtures.ts";

type Brief = [number, number, string];
const brief = (segment: StateSegment): Brief => [
  segment.startS,
  segment.endS,
  [segment.state, segment.reason, segment.exitCode, segment.ready ? "ready" : null, `#${segment.restartCount}`].filter((part) => part !== null).join(" "),
];

const cases: { name: string; result: typeof crashLoop; endS: number; lanes: Record<string, Brief[]> }[] = [
  {
    name: "crash loop: running instances split by restartCount, back-off waits, instant exits dropped",
    result: crashLoop,
    endS: 60,
    lanes: {
      "app:app": [
        [0, 3, "waiting ContainerCreating #0"],
        [3, 8, "running ready #0"],
        [8, 13, "running ready #1"],
        [13, 23, "waiting CrashLoopBackOff #1"],
        [23, 28, "running ready #2"],
        [28, 48, "waiting CrashLoopBackOff #2"],
        [48, 53, "running ready #3"],
        [53, 60, "waiting CrashLoopBackOff #3"],
      ],
    },
  },
  {
    name: "init container then app container, init lane first",
    result: initThenApp,
    endS: 30,
    lanes: {
      "init:wait": [
        [0, 3, "waiting PodInitializing #0"],
        [3, 7, "running #0"],
        [7, 30, "terminated Completed 0 ready #0"],
      ],
      "app:web": [
        [0, 7, "waiting PodInitializing #0"],
        [7, 12, "running #0"],
        [12, 30, "running ready #0"],
      ],
    },
  },
  {
    name: "terminated at deletion: running through the grace period, then Error 137",
    result: deletedSleeper,
    endS: 90,
    lanes: {
      "app:sleep": [
        [0, 3, "waiting ContainerCreating #0"],
        [3, 60, "running ready #0"],
        [60, 90, "terminated Error 137 #0"],
      ],
    },
  },
  {
    name: "liveness-exec: one instance until the SIGKILL at 75 s, then the restarted one",
    result: livenessExec,
    endS: 120,
    lanes: {
      "app:liveness": [
        [0, 3, "waiting ContainerCreating #0"],
        [3, 75, "running ready #0"],
        [75, 120, "running ready #1"],
      ],
    },
  },
  {
    name: "a shorter axis cuts the last segment",
    result: livenessExec,
    endS: 50,
    lanes: { "app:liveness": [[0, 3, "waiting ContainerCreating #0"], [3, 50, "running ready #0"]] },
  },
];

describe("buildLanes", () => {
  it.each(cases)("$name", ({ result, endS, lanes }) => {
    const built = buildLanes(result.snapshots, endS);
    expect(built.map((lane) => lane.key)).toEqual(Object.keys(lanes));
    expect(Object.fromEntries(built.map((lane) => [lane.key, lane.segments.map(brief)]))).toEqual(lanes);
  });
});

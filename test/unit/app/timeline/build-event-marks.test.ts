import { describe, expect, it } from "vitest";
import {
  buildEventMarks,
  killCauseOfMessage,
  laneKeyOfObject,
  probeKindOfMessage,
  type EventMark,
} from "@/app/_components/timeline/build-event-marks.ts";
import { deletedSleeper, initThenApp, livenessExec } from "./sim-result-fixtures.ts";

const brief = (mark: EventMark) => {
  const detail = mark.kind === "probe" ? mark.probe : mark.kind === "hook" ? mark.hook : mark.cause;
  return `${mark.timeS} ${mark.laneKey} ${mark.kind} ${detail}`;
};

describe("buildEventMarks", () => {
  it.each([
    {
      name: "liveness-exec: failed ticks at 35/40/45 s and the kill at 45 s, per instance",
      result: livenessExec,
      marks: [
        "35 app:liveness probe liveness",
        "40 app:liveness probe liveness",
        "45 app:liveness probe liveness",
        "45 app:liveness kill liveness",
        "105 app:liveness probe liveness",
        "110 app:liveness probe liveness",
        "115 app:liveness probe liveness",
        "115 app:liveness kill liveness",
      ],
    },
    { name: "readiness failure on the app lane; Scheduled (pod) has no lane", result: initThenApp, marks: ["7 app:web probe readiness"] },
    { name: "deletion: Killing stop and failed preStop", result: deletedSleeper, marks: ["30 app:sleep kill stop", "30 app:sleep hook preStop"] },
  ])("$name", ({ result, marks }) => {
    expect(buildEventMarks(result.events).map(brief)).toEqual(marks);
  });
});

describe("probeKindOfMessage", () => {
  it.each([
    { name: "liveness failed", message: "Liveness probe failed: HTTP probe failed with statuscode: 500", kind: "liveness" },
    { name: "readiness failed", message: "Readiness probe failed: dial tcp 10.244.0.5:80: connect: connection refused", kind: "readiness" },
    { name: "startup failed", message: "Startup probe failed: cat: can't open '/ready'", kind: "startup" },
    { name: "errored counts too", message: "Liveness probe errored: rpc error", kind: "liveness" },
    { name: "a warning is not a failure", message: "Readiness probe warning: Probe terminated redirects", kind: undefined },
  ])("$name", ({ message, kind }) => {
    expect(probeKindOfMessage(message)).toBe(kind);
  });
});

describe("killCauseOfMessage", () => {
  it.each([
    { name: "deletion", message: "Stopping container web", cause: "stop" },
    { name: "postStart failure", message: "FailedPostStartHook", cause: "postStart" },
    { name: "liveness, restarting", message: "Container web failed liveness probe, will be restarted", cause: "liveness" },
    { name: "liveness under Never", message: "Container web failed liveness probe", cause: "liveness" },
    { name: "startup", message: "Container web failed startup probe, will be restarted", cause: "startup" },
    { name: "spec change", message: "Container web definition changed, will be restarted", cause: "other" },
  ])("$name", ({ message, cause }) => {
    expect(killCauseOfMessage(message)).toBe(cause);
  });
});

describe("laneKeyOfObject", () => {
  it.each([
    { name: "app container", object: "spec.containers{nginx}", key: "app:nginx" },
    { name: "init container", object: "spec.initContainers{setup}", key: "init:setup" },
    { name: "pod", object: "pod/web", key: undefined },
  ])("$name", ({ object, key }) => {
    expect(laneKeyOfObject(object)).toBe(key);
  });
});

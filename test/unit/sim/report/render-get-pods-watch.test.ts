// `kubectl get pods -w` rows: printPod columns (pkg/printers/internalversion/printers.go), one
// row per change, widths remembered across rows (cli-runtime printers, RememberWidths).
import { describe, expect, it } from "vitest";
import { renderGetPodsWatch } from "../../../../worker/sim/report/render-get-pods-watch.ts";
import { container, crashLoop, runningNginx, snapshot } from "./fixtures.ts";

const cases: { name: string; podName: string; result: typeof runningNginx; text: string }[] = [
  {
    name: "a pod that starts: header and first row share one flush, STATUS widens later",
    podName: "nginx",
    result: runningNginx,
    text: [
      "NAME    READY   STATUS    RESTARTS   AGE",
      "nginx   0/1     Pending   0          0s",
      "nginx   0/1     ContainerCreating   0          0s",
      "nginx   0/1     Running             0          1s",
      "nginx   1/1     Running             0          1s",
      "",
    ].join("\n"),
  },
  {
    name: "a crash loop: RESTARTS gains (AGE ago) of the last termination",
    podName: "crash",
    result: crashLoop,
    text: [
      "NAME    READY   STATUS    RESTARTS   AGE",
      "crash   0/1     Pending   0          0s",
      "crash   0/1     ContainerCreating   0          0s",
      "crash   0/1     Running             0          1s",
      "crash   0/1     Error               0          1s",
      "crash   0/1     CrashLoopBackOff    1 (0s ago)   1s",
      "crash   0/1     Running             1 (10s ago)   11s",
      "crash   0/1     Error               1 (10s ago)   11s",
      "crash   0/1     CrashLoopBackOff    2 (0s ago)    11s",
      "crash   0/1     Running             2 (20s ago)   31s",
      "crash   0/1     Error               2 (20s ago)   31s",
      "crash   0/1     CrashLoopBackOff    3 (0s ago)    31s",
      "crash   0/1     Running             3 (40s ago)   71s",
      "",
    ].join("\n"),
  },
];

describe("renderGetPodsWatch", () => {
  it.each(cases)("$name", ({ podName, result, text }) => {
    expect(renderGetPodsWatch(podName, null, result.snapshots)).toBe(text);
  });

  it("skips snapshots whose READY, STATUS and RESTARTS did not change", () => {
    const snapshots = [snapshot(0), snapshot(0, { node: "node-1", conditions: { PodScheduled: "True" } })];
    expect(renderGetPodsWatch("web", null, snapshots).split("\n")).toHaveLength(3);
  });

  it("uses the replacement time when no snapshot showed the dead instance", () => {
    const snapshots = [
      snapshot(0, { status: "Running", containers: [container("app", { state: "running", reason: null })] }),
      snapshot(130, { status: "Running", restarts: 1, containers: [container("app", { state: "running", reason: null, restartCount: 1 })] }),
      snapshot(260, { status: "Completed", restarts: 1, containers: [container("app", { state: "terminated", reason: "Completed", exitCode: 0, restartCount: 1 })] }),
    ];
    expect(renderGetPodsWatch("app", null, snapshots).split("\n").slice(2, 4)).toEqual([
      "app    0/1     Running   1 (0s ago)   2m10s",
      "app    0/1     Completed   1 (2m10s ago)   4m20s",
    ]);
  });

  it("while initializing, reads only init containers up to the one that holds the pod back", () => {
    const init = (name: string, fields = {}) => container(name, { state: "running", reason: null, ...fields });
    const snapshots = [
      snapshot(0, { status: "Init:0/2", initContainers: [init("a"), container("b", { reason: "PodInitializing" })] }),
      snapshot(5, { status: "Init:0/2", restarts: 1, initContainers: [init("a", { restartCount: 1 }), container("b", { reason: "PodInitializing" })] }),
    ];
    expect(renderGetPodsWatch("p", null, snapshots).split("\n")[2]).toBe("p      0/1     Init:0/2   1 (0s ago)   5s");
  });
});

// `kubectl get pods -w` as it would scroll by during the run: the header and the first row are
// one flush of kubectl's tab writer, then each change is a row of its own, aligned with the
// widths remembered so far (cli-runtime printers: RememberWidths). Columns and the RESTARTS
// text follow printPod (pkg/printers/internalversion/printers.go): `2 (15s ago)` once a restarted
// container has a last termination time; AGE is the pod's age when the row was printed.
import type { Pod } from "kubernetes-types/core/v1";
import type { Snapshot } from "../sim-result.ts";
import { getTabs, tabwrite } from "./go-tab-writer.ts";
import { ageSince } from "./human-duration.ts";
import { lastRestartTimes } from "./last-restart-times.ts";

/** The watch lines for `snapshots`, one per change of READY, STATUS or RESTARTS. Pure. */
export function renderGetPodsWatch(podName: string, pod: Pod | null, snapshots: readonly Snapshot[]): string {
  const terminations = lastRestartTimes(snapshots);
  const sidecars = new Set((pod?.spec?.initContainers ?? []).filter((c) => c.restartPolicy === "Always").map((c) => c.name));
  const remembered: number[] = [];
  let output = "";
  let previous = "";
  snapshots.forEach((snapshot, index) => {
    const key = `${snapshot.ready}|${snapshot.status}|${snapshot.restarts}`;
    if (index > 0 && key === previous) return;
    previous = key;
    const restarts = restartsText(snapshot, terminations[index]!, sidecars);
    const row = [podName, snapshot.ready, snapshot.status, restarts, ageSince(0, snapshot.time)].join("\t");
    const flush = index === 0 ? `NAME\tREADY\tSTATUS\tRESTARTS\tAGE\n${row}\n` : `${row}\n`;
    output += tabwrite(flush, getTabs, remembered);
  });
  return output;
}

/** RESTARTS: the count, with `(AGE ago)` of the latest last-termination printPod looks at. */
function restartsText(snapshot: Snapshot, finished: Map<string, number>, sidecars: ReadonlySet<string>): string {
  if (snapshot.restarts === 0) return "0";
  const keys = consideredContainers(snapshot, sidecars);
  const times = keys.map((key) => finished.get(key)).filter((time): time is number => time !== undefined);
  if (times.length === 0) return String(snapshot.restarts);
  return `${snapshot.restarts} (${ageSince(Math.max(...times), snapshot.time)} ago)`;
}

/**
 * The containers whose last termination printPod reads: while initializing, the init containers
 * up to the one that holds the pod back; otherwise sidecars and the regular containers.
 */
function consideredContainers(snapshot: Snapshot, sidecars: ReadonlySet<string>): string[] {
  const initializing = snapshot.status.startsWith("Init:") && snapshot.conditions.Initialized !== "True";
  if (initializing) {
    const blocker = snapshot.initContainers.findIndex((c) => !isInitDone(c, sidecars));
    const upTo = blocker === -1 ? snapshot.initContainers.length : blocker + 1;
    return snapshot.initContainers.slice(0, upTo).map((c) => `init/${c.name}`);
  }
  return [
    ...snapshot.initContainers.filter((c) => sidecars.has(c.name)).map((c) => `init/${c.name}`),
    ...snapshot.containers.map((c) => `app/${c.name}`),
  ];
}

function isInitDone(container: Snapshot["initContainers"][number], sidecars: ReadonlySet<string>): boolean {
  if (container.state === "terminated" && container.exitCode === 0) return true;
  return sidecars.has(container.name) && container.started;
}

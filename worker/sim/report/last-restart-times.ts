// When each container last finished, as `lastState.terminated.finishedAt` would say, rebuilt from
// the snapshot history: the contract's snapshots carry restart counts but no timestamps. The
// instance numbered k (restartCount k) finished when it was first seen terminated, or, if the
// kubelet replaced it before a snapshot showed it dead, when restartCount passed k.
import type { ContainerSnapshot, Snapshot } from "../sim-result.ts";

/** Per snapshot index, container key (`init/NAME` or `app/NAME`) → finish time of its previous instance, in seconds. */
export type LastTerminations = Map<string, number>[];

/** Derives each container's last termination time at every snapshot. Pure. */
export function lastRestartTimes(snapshots: readonly Snapshot[]): LastTerminations {
  const finishedAt = new Map<string, number | null>();
  const previousCount = new Map<string, number>();
  const last = new Map<string, number>();
  return snapshots.map((snapshot) => {
    const keyed: [string, ContainerSnapshot][] = [
      ...snapshot.initContainers.map((c): [string, ContainerSnapshot] => [`init/${c.name}`, c]),
      ...snapshot.containers.map((c): [string, ContainerSnapshot] => [`app/${c.name}`, c]),
    ];
    for (const [key, container] of keyed) {
      if (container.restartCount > (previousCount.get(key) ?? 0)) {
        last.set(key, finishedAt.get(key) ?? snapshot.time);
        finishedAt.set(key, null);
      }
      previousCount.set(key, container.restartCount);
      if (container.state === "terminated" && (finishedAt.get(key) ?? null) === null) finishedAt.set(key, snapshot.time);
      if (container.state !== "terminated") finishedAt.set(key, null);
    }
    return new Map(last);
  });
}

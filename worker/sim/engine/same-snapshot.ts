// Equality of two snapshots (without their time) exactly as their JSON texts would compare: the
// same values in the same key order. The recorder uses it to record only on change without
// serializing every snapshot. Pure.
import type { ContainerSnapshot, Snapshot } from "../sim-result.ts";

/** A snapshot without its time. */
export type TimelessSnapshot = Omit<Snapshot, "time">;

/** Whether JSON.stringify(a) === JSON.stringify(b). */
export function isSameSnapshot(a: TimelessSnapshot, b: TimelessSnapshot): boolean {
  return a.phase === b.phase && a.status === b.status && a.ready === b.ready && a.restarts === b.restarts
    && a.node === b.node && a.podIP === b.podIP && isSameConditions(a.conditions, b.conditions)
    && isSameContainers(a.initContainers, b.initContainers) && isSameContainers(a.containers, b.containers);
}

function isSameConditions(a: Snapshot["conditions"], b: Snapshot["conditions"]): boolean {
  const keys = Object.keys(a);
  const others = Object.keys(b);
  if (keys.length !== others.length) return false;
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i]!;
    if (key !== others[i] || a[key] !== b[key]) return false;
  }
  return true;
}

function isSameContainers(a: readonly ContainerSnapshot[], b: readonly ContainerSnapshot[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.name !== y.name || x.state !== y.state || x.reason !== y.reason || x.exitCode !== y.exitCode
      || x.ready !== y.ready || x.started !== y.started || x.restartCount !== y.restartCount) return false;
  }
  return true;
}

// Helpers for scenario tests: run simulate() on YAML and pick out events and snapshots.
import { simulate } from "../../../../worker/sim/simulate.ts";
import type { SimEvent, SimInput, SimResult, Snapshot } from "../../../../worker/sim/sim-result.ts";

/** Options of one run; times in seconds as the contract writes them. */
export interface RunOptions {
  cluster?: string;
  untilS?: number;
  deleteAtS?: number;
  execs?: { atS: number; container: string; command: string }[];
}

/** The SimInput for a pod and options. */
export function inputOf(podYaml: string, options: RunOptions = {}): SimInput {
  return {
    podYaml,
    clusterYaml: options.cluster,
    untilMs: (options.untilS ?? 120) * 1000,
    deleteAtMs: options.deleteAtS === undefined ? undefined : options.deleteAtS * 1000,
    execs: (options.execs ?? []).map((exec) => ({ atMs: exec.atS * 1000, container: exec.container, command: exec.command })),
  };
}

/** Runs one simulation. */
export function run(podYaml: string, options: RunOptions = {}): SimResult {
  return simulate(inputOf(podYaml, options));
}

/** Events as compact tuples [time, type, reason, object, message]. */
export function eventTuples(result: SimResult, reasons?: string[]): [number, string, string, string, string][] {
  return result.events
    .filter((event: SimEvent) => reasons === undefined || reasons.includes(event.reason))
    .map((event) => [event.time, event.type, event.reason, event.object, event.message]);
}

/** Snapshots as compact tuples [time, phase, status, ready, restarts]. */
export function snapshotTuples(result: SimResult): [number, string, string, string, number][] {
  return result.snapshots.map((snapshot: Snapshot) => [snapshot.time, snapshot.phase, snapshot.status, snapshot.ready, snapshot.restarts]);
}

/** The last snapshot at or before `timeS`. */
export function snapshotAt(result: SimResult, timeS: number): Snapshot {
  const found = [...result.snapshots].reverse().find((snapshot) => snapshot.time <= timeS);
  if (found === undefined) throw new Error(`no snapshot at ${timeS}`);
  return found;
}

/** A one-node cluster whose node-1 has extra labels/annotations. */
export function nodeCluster(extraMetadata: string): string {
  return `apiVersion: v1\nkind: Node\nmetadata:\n  name: node-1\n${extraMetadata}`;
}

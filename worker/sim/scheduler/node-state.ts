// What the scheduler needs to know about a node besides its Node object: what is already bound
// to it. The caller (the event loop) keeps this; a node with no entry is empty.
import type { Node } from "kubernetes-types/core/v1";
import { parseQuantity, quantityMilliValue, quantityValue } from "../cluster/quantity.ts";
import { memoizeByText } from "../memoize-by-text.ts";

/** Resource name → amount: `cpu` in millicores, everything else in whole units (bytes, devices). */
export type ResourceAmounts = Record<string, bigint>;

/** A host port taken on a node: hostIP "" means every address (0.0.0.0). */
export interface HostPort {
  hostIP: string;
  protocol: string;
  hostPort: number;
}

/** The pods already on a node, summed: their requests, how many, and their host ports. */
export interface NodeState {
  requested: ResourceAmounts;
  podCount: number;
  usedHostPorts: HostPort[];
}

/** State of a node nothing is bound to. */
export const emptyNodeState: NodeState = { requested: {}, podCount: 0, usedHostPorts: [] };

/** The amount of one quantity in the unit ResourceAmounts uses for `name`; 0 if malformed. Pure. */
export function resourceAmount(name: string, text: string | number): bigint {
  return name === "cpu" ? milliAmount(String(text)) : unitAmount(String(text));
}

// Kept per text: the scheduler reads the same node and container quantities in every filter and
// score of every run, and parsing them (BigInt arithmetic) was most of its time.
const milliAmount = memoizeByText((text: string): bigint => {
  const quantity = parseQuantity(text);
  return quantity === null ? 0n : quantityMilliValue(quantity);
});
const unitAmount = memoizeByText((text: string): bigint => {
  const quantity = parseQuantity(text);
  return quantity === null ? 0n : quantityValue(quantity);
});

/** A node's allocatable resources (allocatable, else capacity) in ResourceAmounts units. Pure. */
export function allocatableOf(node: Node): ResourceAmounts {
  const list = node.status?.allocatable ?? node.status?.capacity ?? {};
  const out: ResourceAmounts = {};
  for (const [name, text] of Object.entries(list)) out[name] = resourceAmount(name, text);
  return out;
}

import { describe, expect, it } from "vitest";
import { toleratesTaint } from "../../../../worker/sim/scheduler/tolerates.ts";

const taint = { key: "dedicated", value: "gpu", effect: "NoSchedule" };

describe("toleratesTaint", () => {
  const cases = [
    { name: "Equal with the same value", toleration: { key: "dedicated", operator: "Equal", value: "gpu", effect: "NoSchedule" }, tolerated: true },
    { name: "the default operator (Equal)", toleration: { key: "dedicated", value: "gpu" }, tolerated: true },
    { name: "Equal with another value", toleration: { key: "dedicated", operator: "Equal", value: "cpu" }, tolerated: false },
    { name: "Exists on the key", toleration: { key: "dedicated", operator: "Exists" }, tolerated: true },
    { name: "Exists with no key (everything)", toleration: { operator: "Exists" }, tolerated: true },
    { name: "another effect", toleration: { key: "dedicated", operator: "Exists", effect: "NoExecute" }, tolerated: false },
    { name: "another key", toleration: { key: "zone", operator: "Exists" }, tolerated: false },
  ];
  it.each(cases)("decides $name", ({ toleration, tolerated }) => expect(toleratesTaint(toleration, taint)).toBe(tolerated));
});

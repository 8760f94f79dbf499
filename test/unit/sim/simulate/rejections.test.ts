// Rejections: nothing is simulated, and the document says why (simulate-contract.md).
import { describe, expect, it } from "vitest";
import { run } from "./harness.ts";
import { simplePod } from "./pods.ts";

describe("rejected input", () => {
  it.each([
    {
      name: "invalid pod: the API server's field error",
      pod: simplePod("x", { image: '""' }),
      cluster: undefined,
      want: { field: "spec.containers[0].image", type: "FieldValueRequired" },
    },
    {
      name: "cluster file error: type ClusterFileInvalid, line/column in that file",
      pod: simplePod("x"),
      cluster: "apiVersion: v1\nkind: Nodee\nmetadata:\n  name: x\n",
      want: { field: "kind", type: "ClusterFileInvalid", line: 2, column: 7 },
    },
  ])("$name", ({ pod, cluster, want }) => {
    const result = run(pod, { cluster });
    expect(result).toMatchObject({ admitted: false, pod: null, events: [], snapshots: [], execs: [] });
    expect(result.errors[0]).toMatchObject(want);
  });

  it("cluster file messages start with the document they are in", () => {
    const result = run(simplePod("x"), { cluster: "apiVersion: v1\nkind: Nodee\nmetadata:\n  name: x\n" });
    expect(result.errors[0]!.message.startsWith("cluster file, document 1: ")).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { encodeBase64, base64ErrorOffset } from "../../../../worker/sim/cluster/base64.ts";
import { defaultNode } from "../../../../worker/sim/cluster/default-cluster.ts";
import { nodeFailures, unreachableNode } from "../../../../worker/sim/cluster/node-failure.ts";
import { parseCluster } from "../../../../worker/sim/cluster/parse-cluster.ts";
import { parseDurationMs } from "../../../../worker/sim/cluster/parse-duration-ms.ts";

describe("parseDurationMs", () => {
  const cases = [
    { name: "seconds", text: "90s", ms: 90_000 },
    { name: "minutes", text: "2m", ms: 120_000 },
    { name: "minutes and seconds", text: "1m30s", ms: 90_000 },
    { name: "a plain number of seconds", text: "45", ms: 45_000 },
    { name: "a fraction of a second", text: "1.5s", ms: 1500 },
    { name: "milliseconds", text: "250ms", ms: 250 },
    { name: "hours", text: "1h", ms: 3_600_000 },
    { name: "a word", text: "soon", ms: null },
    { name: "a unit without a number", text: "s", ms: null },
    { name: "below a millisecond", text: "0.0001s", ms: null },
    { name: "an empty string", text: "", ms: null },
  ];
  it.each(cases)("reads $name", ({ text, ms }) => expect(parseDurationMs(text)).toBe(ms));
});

describe("base64", () => {
  const cases = [
    { name: "padded text", text: "YWRtaW4=", offset: null },
    { name: "text with a line break", text: "YWRt\naW4=", offset: null },
    { name: "a bad character", text: "YW$t", offset: 2 },
    { name: "a missing pad", text: "YWRtaW4", offset: 4 },
    { name: "data after the padding", text: "YQ==YQ==", offset: 4 },
    { name: "padding too early", text: "Y===", offset: 1 },
  ];
  it.each(cases)("checks $name", ({ text, offset }) => expect(base64ErrorOffset(text)).toBe(offset));

  it.each([
    { name: "ASCII", text: "admin", encoded: "YWRtaW4=" },
    { name: "UTF-8", text: "é", encoded: "w6k=" },
    { name: "empty", text: "", encoded: "" },
  ])("encodes $name", ({ text, encoded }) => expect(encodeBase64(text)).toBe(encoded));
});

describe("node failure", () => {
  it("lists annotated nodes by time, then name", () => {
    const yaml = ["b", "a", "c"]
      .map((name, index) => `apiVersion: v1\nkind: Node\nmetadata:\n  name: ${name}\n${index < 2 ? "  annotations: {podlab.dev/not-ready-at: 2m}\n" : ""}`)
      .join("---\n");
    const parsed = parseCluster(yaml);
    expect(parsed.ok && nodeFailures(parsed.cluster)).toEqual([
      { nodeName: "a", notReadyAtMs: 120_000 },
      { nodeName: "b", notReadyAtMs: 120_000 },
    ]);
  });

  it("turns a node unreachable as the node lifecycle controller does", () => {
    const node = unreachableNode(defaultNode("node-1"));
    expect(node.status?.conditions?.find((condition) => condition.type === "Ready")).toEqual({
      type: "Ready", status: "Unknown", reason: "NodeStatusUnknown", message: "Kubelet stopped posting node status.",
    });
    expect(node.spec?.taints).toEqual([
      { key: "node.kubernetes.io/unreachable", effect: "NoSchedule" },
      { key: "node.kubernetes.io/unreachable", effect: "NoExecute" },
    ]);
  });
});

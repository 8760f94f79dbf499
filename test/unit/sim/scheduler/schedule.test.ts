import type { Node, Pod } from "kubernetes-types/core/v1";
import { describe, expect, it } from "vitest";
import type { Cluster } from "../../../../worker/sim/cluster/cluster.ts";
import { defaultCluster, defaultNode } from "../../../../worker/sim/cluster/default-cluster.ts";
import { parseCluster } from "../../../../worker/sim/cluster/parse-cluster.ts";
import type { NodeState } from "../../../../worker/sim/scheduler/node-state.ts";
import { schedule } from "../../../../worker/sim/scheduler/schedule.ts";

const notHelpful1 = "preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.";
const noVictims1 = "preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.";
// What DefaultTolerationSeconds admission adds to every pod (kubelet-semantics.md §1.8).
const defaultTolerations = [
  { key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300 },
  { key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300 },
];

function pod(spec: Partial<NonNullable<Pod["spec"]>> = {}, containerExtra: object = {}): Pod {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: "web", namespace: "default" },
    spec: { tolerations: defaultTolerations, ...spec, containers: [{ name: "c", image: "nginx", ...containerExtra }, ...(spec.containers ?? [])] },
  };
}

function clusterOf(yaml: string): Cluster {
  const parsed = parseCluster(yaml);
  if (!parsed.ok) throw new Error(parsed.errors[0]!.message);
  return parsed.cluster;
}

function withNode(mutate: (node: Node) => Node): Cluster {
  return { ...defaultCluster(), nodes: [mutate(defaultNode("node-1"))] };
}

const requests = (cpu: string, memory: string) => ({ resources: { requests: { cpu, memory } } });
const hostPort80 = { ports: [{ containerPort: 80, hostPort: 8080 }] };

describe("schedule on one node: one row per filter", () => {
  const cases: { name: string; pod: Pod; cluster: Cluster; states?: Record<string, NodeState>; message: string }[] = [
    {
      name: "nodeSelector without a matching label",
      pod: pod({ nodeSelector: { disktype: "ssd" } }),
      cluster: defaultCluster(),
      message: `0/1 nodes are available: 1 node(s) didn't match Pod's node affinity/selector. ${notHelpful1}`,
    },
    {
      name: "required node affinity with NotIn the node's OS",
      pod: pod({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: "kubernetes.io/os", operator: "NotIn", values: ["linux"] }] }] } } } }),
      cluster: defaultCluster(),
      message: `0/1 nodes are available: 1 node(s) didn't match Pod's node affinity/selector. ${notHelpful1}`,
    },
    {
      name: "a cordoned node",
      pod: pod(),
      cluster: clusterOf("apiVersion: v1\nkind: Node\nmetadata: {name: node-1}\nspec: {unschedulable: true}\n"),
      message: `0/1 nodes are available: 1 node(s) were unschedulable. ${notHelpful1}`,
    },
    {
      name: "an untolerated taint with a value",
      pod: pod(),
      cluster: withNode((node) => ({ ...node, spec: { taints: [{ key: "dedicated", value: "gpu", effect: "NoSchedule" }] } })),
      message: `0/1 nodes are available: 1 node(s) had untolerated taint {dedicated: gpu}. ${notHelpful1}`,
    },
    {
      name: "a NotReady node's not-ready taint",
      pod: pod(),
      cluster: clusterOf("apiVersion: v1\nkind: Node\nmetadata: {name: node-1}\nstatus:\n  conditions:\n  - {type: Ready, status: 'False'}\n"),
      message: `0/1 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/not-ready: }. ${notHelpful1}`,
    },
    {
      name: "a taken host port",
      pod: pod({}, hostPort80),
      cluster: defaultCluster(),
      states: { "node-1": { requested: {}, podCount: 1, usedHostPorts: [{ hostIP: "", protocol: "TCP", hostPort: 8080 }] } },
      message: `0/1 nodes are available: 1 node(s) didn't have free ports for the requested pod ports. ${noVictims1}`,
    },
    {
      name: "too much cpu and memory, both counted",
      pod: pod({}, requests("5", "9Gi")),
      cluster: defaultCluster(),
      message: `0/1 nodes are available: 1 Insufficient cpu, 1 Insufficient memory. ${noVictims1}`,
    },
    {
      name: "cpu taken by pods already there",
      pod: pod({}, requests("1500m", "1Gi")),
      cluster: defaultCluster(),
      states: { "node-1": { requested: { cpu: 3000n }, podCount: 1, usedHostPorts: [] } },
      message: `0/1 nodes are available: 1 Insufficient cpu. ${noVictims1}`,
    },
    {
      name: "ephemeral-storage",
      pod: pod({}, { resources: { limits: { "ephemeral-storage": "50Gi" } } }),
      cluster: defaultCluster(),
      message: `0/1 nodes are available: 1 Insufficient ephemeral-storage. ${noVictims1}`,
    },
    {
      name: "a full node",
      pod: pod(),
      cluster: defaultCluster(),
      states: { "node-1": { requested: {}, podCount: 110, usedHostPorts: [] } },
      message: `0/1 nodes are available: 1 Too many pods. ${noVictims1}`,
    },
    {
      name: "an init container larger than the app containers",
      pod: pod({ initContainers: [{ name: "init", image: "busybox", ...requests("4500m", "1Gi") }] }, requests("1", "1Gi")),
      cluster: defaultCluster(),
      message: `0/1 nodes are available: 1 Insufficient cpu. ${noVictims1}`,
    },
    {
      name: "matchFields pinning another node name",
      pod: pod({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: "metadata.name", operator: "In", values: ["node-9"] }] }] } } } }),
      cluster: defaultCluster(),
      message: `0/1 nodes are available: 1 node(s) didn't satisfy plugin(s) [NodeAffinity]. ${notHelpful1}`,
    },
    {
      name: "a cordoned node checked before its taint",
      pod: pod({ nodeSelector: { disktype: "ssd" } }),
      cluster: clusterOf("apiVersion: v1\nkind: Node\nmetadata: {name: node-1}\nspec:\n  unschedulable: true\n  taints: [{key: a, effect: NoSchedule}]\n"),
      message: `0/1 nodes are available: 1 node(s) were unschedulable. ${notHelpful1}`,
    },
  ];

  it.each(cases)("fails with $name", ({ pod, cluster, states, message }) => {
    expect(schedule(pod, cluster, states ?? {})).toEqual({ kind: "Unschedulable", message });
  });
});

describe("schedule on several nodes", () => {
  const fourNodes = [
    "apiVersion: v1\nkind: Node\nmetadata: {name: big, labels: {disktype: ssd}}\nstatus: {allocatable: {cpu: 8, memory: 16Gi}}",
    "apiVersion: v1\nkind: Node\nmetadata: {name: small, labels: {disktype: ssd}}\nstatus: {allocatable: {cpu: 1, memory: 1Gi}}",
    "apiVersion: v1\nkind: Node\nmetadata: {name: tainted}\nspec: {taints: [{key: dedicated, value: infra, effect: NoExecute}]}",
    "apiVersion: v1\nkind: Node\nmetadata: {name: plain}",
  ].join("\n---\n");

  const cases: { name: string; pod: Pod; states: Record<string, NodeState>; outcome: object }[] = [
    {
      name: "mixed reasons, sorted as strings, with mixed preemption reasons",
      pod: pod({ nodeSelector: { disktype: "ssd" } }, requests("2", "1Gi")),
      states: { big: { requested: { cpu: 7000n }, podCount: 3, usedHostPorts: [] } },
      outcome: {
        kind: "Unschedulable",
        message: "0/4 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) had untolerated taint {dedicated: infra}, 2 Insufficient cpu. preemption: 0/4 nodes are available: 2 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.",
      },
    },
    {
      name: "the least allocated feasible node",
      pod: pod({ nodeSelector: { disktype: "ssd" } }, requests("500m", "512Mi")),
      states: {},
      outcome: { kind: "Bound", nodeName: "big", message: "Successfully assigned default/web to big" },
    },
    {
      name: "a tolerated NoExecute taint and a preferred affinity winning",
      pod: pod({
        tolerations: [{ key: "dedicated", operator: "Equal", value: "infra", effect: "NoExecute" }],
        affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 10, preference: { matchExpressions: [{ key: "kubernetes.io/hostname", operator: "In", values: ["tainted"] }] } }] } },
      }),
      states: {},
      outcome: { kind: "Bound", nodeName: "tainted", message: "Successfully assigned default/web to tainted" },
    },
    {
      name: "equal empty nodes broken by name",
      pod: pod({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: "disktype", operator: "DoesNotExist" }] }] } } } }),
      states: {},
      outcome: { kind: "Bound", nodeName: "plain", message: "Successfully assigned default/web to plain" },
    },
  ];

  it.each(cases)("gives $name", ({ pod, states, outcome }) => {
    expect(schedule(pod, clusterOf(fourNodes), states)).toEqual(outcome);
  });

  it("breaks a tie between identical nodes by the smallest name", () => {
    const cluster = { ...defaultCluster(), nodes: [defaultNode("node-b"), defaultNode("node-a"), defaultNode("node-c")] };
    expect(schedule(pod(), cluster, {})).toMatchObject({ kind: "Bound", nodeName: "node-a" });
  });
});

describe("schedule: outcomes other than filtering", () => {
  const cases = [
    { name: "spec.nodeName of an existing node bypasses the scheduler", pod: pod({ nodeName: "node-1" }), cluster: defaultCluster(), outcome: { kind: "NodeNameSet", nodeName: "node-1", nodeExists: true } },
    { name: "spec.nodeName of a missing node", pod: pod({ nodeName: "ghost" }), cluster: defaultCluster(), outcome: { kind: "NodeNameSet", nodeName: "ghost", nodeExists: false } },
    { name: "another scheduler", pod: pod({ schedulerName: "my-scheduler" }), cluster: defaultCluster(), outcome: { kind: "OtherScheduler", schedulerName: "my-scheduler" } },
    { name: "no nodes at all", pod: pod(), cluster: { ...defaultCluster(), nodes: [] }, outcome: { kind: "Unschedulable", message: "no nodes available to schedule pods" } },
    {
      name: "matchFields terms that cannot overlap",
      pod: pod({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: "metadata.name", operator: "In", values: ["a"] }, { key: "metadata.name", operator: "In", values: ["b"] }] }] } } } }),
      cluster: defaultCluster(),
      outcome: { kind: "Unschedulable", message: `0/1 nodes are available: pod affinity terms conflict. ${notHelpful1}` },
    },
    { name: "the default pod on the default cluster", pod: pod(), cluster: defaultCluster(), outcome: { kind: "Bound", nodeName: "node-1", message: "Successfully assigned default/web to node-1" } },
  ];

  it.each(cases)("handles $name", ({ pod, cluster, outcome }) => {
    expect(schedule(pod, cluster, {})).toEqual(outcome);
  });
});

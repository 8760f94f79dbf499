import { describe, expect, it } from "vitest";
import { defaultCluster } from "../../../../worker/sim/cluster/default-cluster.ts";
import { parseCluster } from "../../../../worker/sim/cluster/parse-cluster.ts";

function clusterOf(text: string) {
  const parsed = parseCluster(text);
  if (!parsed.ok) throw new Error(parsed.errors.map((error) => error.message).join("\n"));
  return parsed.cluster;
}

const node2 = "apiVersion: v1\nkind: Node\nmetadata:\n  name: node-2\n  labels:\n    disktype: ssd\n";

describe("parseCluster: each kind", () => {
  const cases = [
    {
      name: "a Node, completed as a kubelet registers it",
      yaml: node2,
      check: (text: string) => {
        const [node] = clusterOf(text).nodes;
        expect(node?.metadata?.labels).toEqual({
          "beta.kubernetes.io/arch": "amd64", "beta.kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64",
          "kubernetes.io/hostname": "node-2", "kubernetes.io/os": "linux", disktype: "ssd",
        });
        expect(node?.status?.allocatable).toEqual({ cpu: "4", "ephemeral-storage": "20Gi", memory: "8Gi", pods: "110" });
        expect(node?.status?.conditions?.find((condition) => condition.type === "Ready")?.status).toBe("True");
      },
    },
    {
      name: "a Node's allocatable defaulting to its capacity, numbers as strings",
      yaml: "apiVersion: v1\nkind: Node\nmetadata: {name: small}\nstatus:\n  capacity: {cpu: 1, memory: 512Mi}\n",
      check: (text: string) => {
        expect(clusterOf(text).nodes[0]?.status?.allocatable).toMatchObject({ cpu: "1", memory: "512Mi", pods: "110" });
      },
    },
    {
      name: "a cordoned NotReady Node gets the controller's taints after its own",
      yaml: [
        "apiVersion: v1", "kind: Node", "metadata: {name: nd}",
        "spec:", "  unschedulable: true", "  taints:", "  - {key: gpu, value: 'yes', effect: NoSchedule}",
        "status:", "  conditions:", "  - {type: Ready, status: 'False'}",
      ].join("\n"),
      check: (text: string) => {
        expect(clusterOf(text).nodes[0]?.spec?.taints).toEqual([
          { key: "gpu", value: "yes", effect: "NoSchedule" },
          { key: "node.kubernetes.io/unschedulable", effect: "NoSchedule" },
          { key: "node.kubernetes.io/not-ready", effect: "NoSchedule" },
          { key: "node.kubernetes.io/not-ready", effect: "NoExecute" },
        ]);
      },
    },
    {
      name: "a Secret with stringData merged into base64 data",
      yaml: "apiVersion: v1\nkind: Secret\nmetadata: {name: db}\ndata:\n  user: YWRtaW4=\n  pass: b2xk\nstringData:\n  pass: s3cr\u00e9t\n",
      check: (text: string) => {
        expect(clusterOf(text).secrets).toEqual([
          { apiVersion: "v1", kind: "Secret", metadata: { name: "db", namespace: "default" }, data: { user: "YWRtaW4=", pass: "czNjcsOpdA==" }, type: "Opaque" },
        ]);
      },
    },
    {
      name: "a ConfigMap in its own namespace, which gets a default ServiceAccount",
      yaml: "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg, namespace: team}\ndata:\n  game.properties: \"lives=3\"\n",
      check: (text: string) => {
        const cluster = clusterOf(text);
        expect(cluster.configMaps[0]).toMatchObject({ metadata: { name: "cfg", namespace: "team" }, data: { "game.properties": "lives=3" } });
        expect(cluster.serviceAccounts.map((account) => `${account.metadata?.namespace}/${account.metadata?.name}`)).toEqual(["default/default", "team/default"]);
      },
    },
    {
      name: "a ServiceAccount next to the controller's default one",
      yaml: "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: robot}\nautomountServiceAccountToken: false\nimagePullSecrets:\n- name: regcred\n",
      check: (text: string) => {
        expect(clusterOf(text).serviceAccounts).toEqual([
          { apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "default", namespace: "default" } },
          { apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "robot", namespace: "default" }, automountServiceAccountToken: false, imagePullSecrets: [{ name: "regcred" }] },
        ]);
      },
    },
    {
      name: "a file's own default ServiceAccount replacing the controller's",
      yaml: "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: default}\nautomountServiceAccountToken: false\n",
      check: (text: string) => {
        expect(clusterOf(text).serviceAccounts).toEqual([
          { apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "default", namespace: "default" }, automountServiceAccountToken: false },
        ]);
      },
    },
    {
      name: "a PodPreset",
      yaml: "apiVersion: settings.k8s.io/v1alpha1\nkind: PodPreset\nmetadata: {name: allow-db}\nspec:\n  selector:\n    matchLabels: {role: frontend}\n  env:\n  - {name: DB_PORT, value: \"6379\"}\n",
      check: (text: string) => {
        expect(clusterOf(text).podPresets).toEqual([{
          apiVersion: "settings.k8s.io/v1alpha1", kind: "PodPreset", metadata: { name: "allow-db", namespace: "default" },
          spec: { selector: { matchLabels: { role: "frontend" } }, env: [{ name: "DB_PORT", value: "6379" }] },
        }]);
      },
    },
    {
      name: "a file without Nodes keeping the default node-1",
      yaml: "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg}\n---\n",
      check: (text: string) => {
        expect(clusterOf(text).nodes).toEqual(defaultCluster().nodes);
      },
    },
    {
      name: "a file with Nodes replacing node-1, in file order",
      yaml: `${node2}---\napiVersion: v1\nkind: Node\nmetadata: {name: node-0}\n`,
      check: (text: string) => {
        expect(clusterOf(text).nodes.map((node) => node.metadata?.name)).toEqual(["node-2", "node-0"]);
      },
    },
  ];

  it.each(cases)("reads $name", ({ yaml, check }) => check(yaml));
});

describe("parseCluster: problems", () => {
  const cases = [
    { name: "an unknown kind", yaml: "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n", error: { code: "UnknownKind", document: 1, field: "kind", line: 2, column: 7 } },
    { name: "a kind in the wrong version", yaml: "apiVersion: v1\nkind: PodPreset\nmetadata: {name: p}\n", error: { code: "UnknownKind", field: "kind", line: 2 } },
    { name: "a missing kind", yaml: "apiVersion: v1\nmetadata: {name: x}\n", error: { code: "FieldValueRequired", field: "kind", line: 1, column: 1 } },
    { name: "a missing name", yaml: "apiVersion: v1\nkind: Secret\nmetadata:\n  namespace: default\n", error: { code: "FieldValueRequired", field: "metadata.name", message: "metadata.name: Required value: name or generateName is required", line: 4 } },
    { name: "an invalid name", yaml: "apiVersion: v1\nkind: Node\nmetadata:\n  name: Node_1\n", error: { code: "FieldValueInvalid", field: "metadata.name", line: 4, column: 9 } },
    { name: "a list instead of a document", yaml: "- a\n- b\n", error: { code: "NotAnObject", document: 1, line: 1 } },
    { name: "broken YAML", yaml: "apiVersion: v1\nkind: Node\nmetadata:\n  name: [n\n", error: { code: "InvalidYAML", document: 1, line: 5 } },
    { name: "bad base64 in a Secret", yaml: "apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata:\n  pass: abc$\n", error: { code: "FieldValueInvalid", field: "data.pass", message: "data.pass: illegal base64 data at input byte 3", line: 5, column: 9 } },
    { name: "base64 without padding", yaml: "apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata:\n  pass: YWRtaW4\n", error: { code: "FieldValueInvalid", message: "data.pass: illegal base64 data at input byte 4" } },
    { name: "an unquoted number in ConfigMap data", yaml: "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  port: 8080\n", error: { code: "FieldValueTypeInvalid", field: "data.port", line: 5, column: 9 } },
    { name: "a bad config key", yaml: "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  a b: x\n", error: { code: "FieldValueInvalid", field: "data.a b", line: 5, column: 3 } },
    { name: "an unknown field", yaml: "apiVersion: v1\nkind: Node\nmetadata: {name: nd}\nspec:\n  taint: []\n", error: { code: "UnknownField", field: "spec.taint", message: 'strict decoding error: unknown field "spec.taint"', line: 5, column: 3 } },
    { name: "a bad taint effect", yaml: "apiVersion: v1\nkind: Node\nmetadata: {name: nd}\nspec:\n  taints:\n  - key: a\n    effect: NoRun\n", error: { code: "FieldValueInvalid", field: "spec.taints[0].effect", message: 'spec.taints[0].effect: Unsupported value: "NoRun": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"', line: 7, column: 13 } },
    { name: "a taint without a key", yaml: "apiVersion: v1\nkind: Node\nmetadata: {name: nd}\nspec:\n  taints:\n  - effect: NoSchedule\n", error: { code: "FieldValueRequired", field: "spec.taints[0].key", line: 6 } },
    { name: "a malformed quantity", yaml: "apiVersion: v1\nkind: Node\nmetadata: {name: nd}\nstatus:\n  allocatable:\n    cpu: 2 cores\n", error: { code: "FieldValueInvalid", field: "status.allocatable.cpu", line: 6, column: 10 } },
    { name: "a bad failure time", yaml: "apiVersion: v1\nkind: Node\nmetadata:\n  name: nd\n  annotations:\n    podlab.dev/not-ready-at: soon\n", error: { code: "FieldValueInvalid", field: "metadata.annotations.podlab.dev/not-ready-at", line: 6 } },
    { name: "a duplicate object in the second document", yaml: "apiVersion: v1\nkind: Secret\nmetadata: {name: s}\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: s}\n", error: { code: "AlreadyExists", document: 2, message: 'metadata.name: secrets "s" already exists', line: 7 } },
    { name: "an alias bomb", yaml: `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n`, error: { code: "TooLarge", document: 1 } },
    { name: "a file over 512 KiB", yaml: `# ${"x".repeat(512 * 1024)}\n`, error: { code: "TooLarge", document: 0 } },
  ];

  it.each(cases)("reports $name", ({ yaml, error }) => {
    const parsed = parseCluster(yaml);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toContainEqual(expect.objectContaining(error));
  });

  it("reports problems of several documents at once, each with its index", () => {
    const parsed = parseCluster("kind: Node\napiVersion: v1\nmetadata: {}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: p}\n");
    expect(parsed.ok ? [] : parsed.errors.map((error) => [error.document, error.code, error.line])).toEqual([
      [1, "FieldValueRequired", 3],
      [2, "UnknownKind", 6],
    ]);
  });
});

describe("defaultCluster", () => {
  it("is the contract's cluster: node-1, namespace default, its default ServiceAccount", () => {
    const cluster = defaultCluster();
    expect(cluster.namespace).toBe("default");
    expect(cluster.nodes.map((node) => node.metadata?.name)).toEqual(["node-1"]);
    expect(cluster.nodes[0]?.metadata?.labels).toMatchObject({ "kubernetes.io/hostname": "node-1", "kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64" });
    expect(cluster.nodes[0]?.status?.allocatable).toMatchObject({ cpu: "4", memory: "8Gi", pods: "110" });
    expect(cluster.nodes[0]?.spec?.taints).toBeUndefined();
    expect(cluster.serviceAccounts).toEqual([{ apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "default", namespace: "default" } }]);
    expect([cluster.secrets, cluster.configMaps, cluster.podPresets]).toEqual([[], [], []]);
  });

  it("equals parsing an empty file", () => {
    expect(clusterOf("")).toEqual(defaultCluster());
  });
});

import { describe, expect, it } from "vitest";
import { admitPod } from "../../../../worker/sim/admission/admit-pod.ts";
import { container, nginx, podYaml } from "./pod-yaml.ts";

// kubelet-semantics.md §2.9.4: a value of the wrong type is a BadRequest with encoding/json's
// text; PATH is the JSON path without list indexes, STRUCT the Go struct that holds the field.
const prefix = 'Pod in version "v1" cannot be handled as a Pod: ';
const quantityFormat = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

const mismatches = [
  { name: "nodeSelector as one string", yaml: podYaml(`  nodeSelector:\n    disktype:ssd\n${nginx}`), field: "spec.nodeSelector", at: [7, 5], message: "json: cannot unmarshal string into Go struct field PodSpec.spec.nodeSelector of type map[string]string" },
  { name: "a nodeSelector value read as a bool", yaml: podYaml(`  nodeSelector:\n    ssd: true\n${nginx}`), field: "spec.nodeSelector[ssd]", at: [7, 10], message: "json: cannot unmarshal bool into Go struct field PodSpec.spec.nodeSelector of type string" },
  { name: "a quoted boolean", yaml: podYaml(`  shareProcessNamespace: "true"\n${nginx}`), field: "spec.shareProcessNamespace", at: [6, 26], message: "json: cannot unmarshal string into Go struct field PodSpec.spec.shareProcessNamespace of type bool" },
  { name: "a quoted containerPort", yaml: podYaml(container('    ports:\n    - containerPort: "80"\n')), field: "spec.containers[0].ports[0].containerPort", at: [10, 22], message: "json: cannot unmarshal string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32" },
  { name: "containers as a map", yaml: podYaml("  containers:\n    name: c\n    image: nginx\n"), field: "spec.containers", at: [7, 5], message: "json: cannot unmarshal object into Go struct field PodSpec.spec.containers of type []v1.Container" },
  { name: "a container as a string", yaml: podYaml("  containers:\n  - nginx\n"), field: "spec.containers[0]", at: [7, 5], message: "json: cannot unmarshal string into Go struct field PodSpec.spec.containers of type v1.Container" },
  { name: "metadata as a string", yaml: `apiVersion: v1\nkind: Pod\nmetadata: web\nspec:\n${nginx}`, field: "metadata", at: [3, 11], message: "json: cannot unmarshal string into Go struct field Pod.metadata of type v1.ObjectMeta" },
  { name: "a label value read as a number", yaml: podYaml(nginx, "  name: x\n  labels:\n    version: 2\n"), field: "metadata.labels[version]", at: [6, 14], message: "json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string" },
  { name: "a fractional grace period", yaml: podYaml(`  terminationGracePeriodSeconds: 1.5\n${nginx}`), field: "spec.terminationGracePeriodSeconds", at: [6, 34], message: "json: cannot unmarshal number 1.5 into Go struct field PodSpec.spec.terminationGracePeriodSeconds of type int64" },
  { name: "a port above int32", yaml: podYaml(container("    ports:\n    - containerPort: 4294967296\n")), field: "spec.containers[0].ports[0].containerPort", at: [10, 22], message: "json: cannot unmarshal number 4294967296 into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32" },
  { name: "restartPolicy as a number", yaml: podYaml(`  restartPolicy: 1\n${nginx}`), field: "spec.restartPolicy", at: [6, 18], message: "json: cannot unmarshal number into Go struct field PodSpec.spec.restartPolicy of type v1.RestartPolicy" },
  { name: "command as a string", yaml: podYaml(container("    command: sleep 10\n")), field: "spec.containers[0].command", at: [9, 14], message: "json: cannot unmarshal string into Go struct field Container.spec.containers.command of type []string" },
  { name: "a probe field of an embedded handler", yaml: podYaml(container("    livenessProbe:\n      exec: cat /tmp/healthy\n")), field: "spec.containers[0].livenessProbe.exec", at: [10, 13], message: "json: cannot unmarshal string into Go struct field Probe.spec.containers.livenessProbe.exec of type v1.ExecAction" },
  { name: "a probe port as a bool (IntOrString)", yaml: podYaml(container("    livenessProbe:\n      tcpSocket:\n        port: true\n")), field: "spec.containers[0].livenessProbe.tcpSocket.port", at: [11, 15], message: "json: cannot unmarshal bool into Go value of type int32" },
  { name: "a cpu quantity as a bool", yaml: podYaml(container("    resources:\n      limits:\n        cpu: yes\n")), field: "spec.containers[0].resources.limits[cpu]", at: [11, 14], message: quantityFormat },
  { name: "a quantity with a bad suffix", yaml: podYaml(container("    resources:\n      limits:\n        memory: 1kk\n")), field: "spec.containers[0].resources.limits[memory]", at: [11, 17], message: "unable to parse quantity's suffix" },
];

describe("decoding type mismatches", () => {
  it.each(mismatches)("$name", ({ yaml, field, at, message }) => {
    const result = admitPod(yaml);
    expect(result.admitted).toBe(false);
    expect(result.errors).toEqual([expect.objectContaining({ field, type: "TypeMismatch", message: prefix + message, line: at[0], column: at[1] })]);
  });

  const orderCases = [
    {
      name: "the earliest field in sorted key order is reported",
      yaml: `apiVersion: v1\nkind: Pod\nspec:\n  restartPolicy: 1\n${nginx}metadata:\n  name: x\n  labels: app\n`,
      message: "json: cannot unmarshal string into Go struct field ObjectMeta.metadata.labels of type map[string]string",
    },
    {
      name: "a Quantity error stops decoding and wins over an earlier mismatch",
      yaml: podYaml(container("    resources:\n      limits:\n        cpu: [1]\n"), "  name: x\n  labels: app\n"),
      message: quantityFormat,
    },
  ];
  it.each(orderCases)("$name", ({ yaml, message }) => {
    expect(admitPod(yaml).errors.map((error) => error.message)).toEqual([prefix + message]);
  });

  const hintCases = [
    { name: "a missing space after a colon", yaml: mismatches[0]!.yaml, hint: 'YAML needs a space after the colon: "disktype: ssd" is a key and a value, "disktype:ssd" is one string.' },
    { name: "a quoted boolean", yaml: mismatches[2]!.yaml, hint: 'Write true or false without quotes; "true" in quotes is a string.' },
    { name: "a quoted number", yaml: mismatches[3]!.yaml, hint: 'Write the number without quotes; "80" in quotes is a string.' },
    { name: "a string where a list goes", yaml: mismatches[11]!.yaml, hint: 'This field takes a list: write each item on its own line, starting with "- ".' },
  ];
  it.each(hintCases)("hints at $name", ({ yaml, hint }) => {
    expect(admitPod(yaml).errors[0]?.hint).toBe(hint);
  });
});

describe("unknown fields", () => {
  const cases = [
    {
      name: "a misspelt container field",
      yaml: podYaml(container("    imagePullPolcy: Always\n")),
      errors: [{ field: "spec.containers[0].imagePullPolcy", message: 'unknown field "spec.containers[0].imagePullPolcy"', line: 9, column: 5, hint: 'Did you mean "imagePullPolicy"?' }],
    },
    {
      name: "hostname for hostnames",
      yaml: podYaml(`  hostAliases:\n  - ip: "1.1.1.1"\n    hostname:\n    - foo.remote\n${nginx}`),
      errors: [{ field: "spec.hostAliases[0].hostname", message: 'unknown field "spec.hostAliases[0].hostname"', line: 8, column: 5, hint: 'Did you mean "hostnames"?' }],
    },
    {
      name: "keys at the wrong level, in sorted order, nested unknowns not repeated",
      yaml: `apiVersion: v1\nkind: Pod\nrestartPolicy: Never\nmetadata:\n  name: x\nspec:\n  zone: { a: { b: 1 } }\n  image: nginx\n${nginx}`,
      errors: [
        { field: "restartPolicy", message: 'unknown field "restartPolicy"', line: 3, column: 1 },
        { field: "spec.image", message: 'unknown field "spec.image"', line: 8, column: 3 },
        { field: "spec.zone", message: 'unknown field "spec.zone"', line: 7, column: 3 },
      ],
    },
    {
      name: "the names of Object.prototype's members, which a plain lookup would find",
      yaml: podYaml(container("    __proto__: {image: busybox}\n    constructor: x\n")),
      errors: [
        { field: "spec.containers[0].__proto__", message: 'unknown field "spec.containers[0].__proto__"' },
        { field: "spec.containers[0].constructor", message: 'unknown field "spec.containers[0].constructor"' },
      ],
    },
  ];
  // The API server in Warn mode (kubelet-semantics.md §2.9.3): the Pod is created without the
  // field, and each unknown field is one warning; kubectl prints `Warning: unknown field "…"`.
  it.each(cases)("warns of $name, naming each field at its position, and admits the Pod", ({ yaml, errors }) => {
    const result = admitPod(yaml);
    expect(result.errors).toEqual([]);
    expect(result.admitted).toBe(true);
    expect(result.warnings).toEqual(errors.map((warning) => expect.objectContaining({ type: "UnknownField", ...warning })));
  });

  it("drops the unknown field from the stored Pod", () => {
    const result = admitPod(podYaml(`  hostAliases:\n  - ip: "1.1.1.1"\n    hostname:\n    - foo.remote\n  zone: a\n${nginx}`, "  name: x\n  labelz: {a: b}\n"));
    expect(result.pod?.spec?.hostAliases).toEqual([{ ip: "1.1.1.1" }]);
    expect(result.pod?.spec).not.toHaveProperty("zone");
    expect(result.pod?.metadata).not.toHaveProperty("labelz");
    expect(result.pod?.metadata?.labels).toBeUndefined();
  });

  it("warns and still refuses when validation fails: warnings come with errors", () => {
    const result = admitPod(podYaml("  containers:\n  - name: c\n    imag: nginx\n"));
    expect(result.admitted).toBe(false);
    expect(result.errors.map((error) => error.message)).toEqual(["spec.containers[0].image: Required value"]);
    expect(result.warnings).toEqual([expect.objectContaining({ type: "UnknownField", message: 'unknown field "spec.containers[0].imag"', line: 8, column: 5, hint: 'Did you mean "image"?' })]);
  });

  // §2.9.4: a type mismatch is an error in every mode, and with one nothing else is reported.
  it.each([
    { name: "an unknown field", yaml: podYaml(`  restartPolicy: 1\n  foo: bar\n${nginx}`) },
    { name: "an unknown field before the mismatch in key order", yaml: podYaml(`  aaa: 1\n  nodeSelector: disktype:ssd\n${nginx}`) },
    { name: "a duplicate field", yaml: podYaml(`  nodeSelector: disktype:ssd\n  hostname: a\n  hostname: b\n${nginx}`) },
  ])("are not reported, nor is $name, when the body cannot be decoded at all", ({ yaml }) => {
    const result = admitPod(yaml);
    expect(result.admitted).toBe(false);
    expect(result.errors.map((error) => error.type)).toEqual(["TypeMismatch"]);
    expect(result.warnings).toEqual([]);
  });
});

describe("duplicate fields", () => {
  // Warn mode: the object is created with the last value (kubectl's YAML-to-JSON conversion keeps
  // the last, kubernetes/kubernetes#99286) and each repeat is a warning (§2.9.3, one per problem).
  it("keeps the last value and warns at the repeated key", () => {
    const result = admitPod(podYaml("  containers:\n  - name: c\n    image: busybox\n    image: nginx\n"));
    expect(result.admitted).toBe(true);
    expect(result.pod?.spec?.containers[0]?.image).toBe("nginx");
    expect(result.warnings).toEqual([
      { field: "spec.containers[0].image", type: "DuplicateField", message: 'duplicate field "spec.containers[0].image"', line: 9, column: 5, hint: "This key is written twice here: only the last one counts. Merge the two into one." },
    ]);
  });

  it("loses the first list of a repeated list key, as #99286 describes for envFrom", () => {
    const yaml = podYaml(container("    volumeMounts:\n    - {name: a, mountPath: /a}\n    volumeMounts:\n    - {name: b, mountPath: /b}\n"));
    const withVolumes = yaml + "  volumes:\n  - {name: a, emptyDir: {}}\n  - {name: b, emptyDir: {}}\n";
    const result = admitPod(withVolumes);
    expect(result.admitted).toBe(true);
    const names = result.pod?.spec?.containers[0]?.volumeMounts?.map((mount) => mount.name);
    expect(names?.filter((name) => !name.startsWith("kube-api-access-"))).toEqual(["b"]);
    expect(result.warnings.map((warning) => [warning.message, warning.line])).toEqual([['duplicate field "spec.containers[0].volumeMounts"', 11]]);
  });

  it("warns once per repeat, in flow mappings and map-valued fields too", () => {
    const result = admitPod(podYaml("  containers:\n  - name: c\n    image: nginx\n    image: nginx:1\n    image: nginx:2\n", "  name: x\n  labels: {app: a, app: b}\n"));
    expect(result.admitted).toBe(true);
    expect(result.pod?.metadata?.labels).toEqual({ app: "b" });
    expect(result.pod?.spec?.containers[0]?.image).toBe("nginx:2");
    expect(result.warnings.map((warning) => [warning.message, warning.line, warning.column])).toEqual([
      ['duplicate field "metadata.labels.app"', 5, 20],
      ['duplicate field "spec.containers[0].image"', 10, 5],
      ['duplicate field "spec.containers[0].image"', 11, 5],
    ]);
  });

  it("lists repeats before unknown fields, and a later error points at the kept value", () => {
    const yaml = podYaml("  containers:\n  - name: c\n    image: nginx\n    imagePullPolcy: Always\n    restartPolicy: Always\n    restartPolicy: Sometimes\n");
    const result = admitPod(yaml);
    expect(result.warnings.map((warning) => warning.message)).toEqual([
      'duplicate field "spec.containers[0].restartPolicy"',
      'unknown field "spec.containers[0].imagePullPolcy"',
    ]);
    expect(result.errors).toEqual([expect.objectContaining({ field: "spec.containers[0].restartPolicy", line: 11, column: 20 })]);
  });
});

describe("YAML that kubectl cannot convert", () => {
  const cases = [
    {
      name: "a key without the space after its colon",
      yaml: podYaml(`  shareProcessNamespace:true\n  restartPolicy: Never\n${nginx}`),
      error: { message: "error converting YAML to JSON: yaml: line 7: could not find expected ':'", line: 6, column: 3, hint: 'YAML needs a space after the colon: "shareProcessNamespace: true" is a key and a value, "shareProcessNamespace:true" is one string.' },
    },
    {
      name: "a tab used as indentation",
      yaml: "apiVersion: v1\nkind: Pod\nmetadata:\n\tname: x\n",
      error: { message: "error converting YAML to JSON: yaml: line 4: found character that cannot start any token", line: 4, column: 1, hint: "Indent with spaces, not tabs: YAML does not allow a tab at the start of a line." },
    },
    {
      name: "a value containing ': '",
      yaml: podYaml("  containers:\n  - name: c\n    image: nginx: latest\n"),
      error: { message: "error converting YAML to JSON: yaml: line 8: mapping values are not allowed in this context", line: 8, column: 12 },
    },
  ];
  it.each(cases)("reports $name as kubectl does", ({ yaml, error }) => {
    expect(admitPod(yaml).errors).toEqual([expect.objectContaining({ field: "", type: "InvalidYAML", ...error })]);
  });
});

import { describe, expect, it } from "vitest";
import { admitPod } from "../../../../worker/sim/admission/admit-pod.ts";
import { badInputs, validPod } from "../../../fixtures/pods.ts";

describe("admitPod", () => {
  it("admits a minimal valid Pod", () => {
    const result = admitPod(validPod);
    expect(result).toMatchObject({ admitted: true, errors: [], warnings: [] });
    expect(result.pod).toMatchObject({ kind: "Pod", metadata: { name: "web" } });
  });

  it.each(badInputs)("rejects $name with $type", ({ yaml, type }) => {
    const result = admitPod(yaml);
    expect(result.admitted).toBe(false);
    expect(result.pod).toBeNull();
    expect(result.errors.map((error) => error.type)).toContain(type);
  });

  const fieldCases = [
    {
      name: "a container without an image",
      yaml: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n  - name: c\n",
      error: { field: "spec.containers[0].image", type: "FieldValueRequired", message: "spec.containers[0].image: Required value", line: 7, column: 5 },
    },
    {
      name: "nodeSelector written without the space after the colon",
      yaml: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  nodeSelector:\n    disktype:ssd\n  containers:\n  - name: c\n    image: nginx\n",
      error: { field: "spec.nodeSelector", type: "TypeMismatch", line: 7, column: 5 },
    },
    {
      name: "containerPort as a quoted string",
      yaml: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n  - name: c\n    image: nginx\n    ports:\n    - containerPort: "80"\n',
      error: { field: "spec.containers[0].ports[0].containerPort", type: "TypeMismatch", line: 10, column: 22 },
    },
  ];

  it.each(fieldCases)("reports $name at its field, line and column", ({ yaml, error }) => {
    const result = admitPod(yaml);
    expect(result.admitted).toBe(false);
    expect(result.errors).toContainEqual(expect.objectContaining(error));
  });

  it("explains the missing space after a colon", () => {
    const yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  nodeSelector:\n    disktype:ssd\n  containers:\n  - name: c\n    image: nginx\n";
    expect(admitPod(yaml).errors[0]?.hint).toContain('"disktype: ssd"');
  });

  it("admits a Pod with an unknown field, as the API server in Warn mode does, warning with its name and the near spelling", () => {
    const yaml = [
      "apiVersion: v1",
      "kind: Pod",
      "metadata:",
      "  name: x",
      "spec:",
      "  hostAliases:",
      '  - ip: "1.1.1.1"',
      "    hostname:",
      '    - "foo.remote"',
      "  containers:",
      "  - name: c",
      "    image: nginx",
      "",
    ].join("\n");
    const result = admitPod(yaml);
    expect(result.admitted).toBe(true);
    expect(result.errors).toEqual([]);
    expect(result.pod?.spec?.hostAliases).toEqual([{ ip: "1.1.1.1" }]);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        field: "spec.hostAliases[0].hostname",
        type: "UnknownField",
        message: 'unknown field "spec.hostAliases[0].hostname"',
        line: 8,
        column: 5,
        hint: 'Did you mean "hostnames"?',
      }),
    ]);
  });

  it("decodes YAML 1.1 scalars as kubectl does: 0400 is octal", () => {
    const yaml = [
      "apiVersion: v1",
      "kind: Pod",
      "metadata:",
      "  name: x",
      "spec:",
      "  containers:",
      "  - name: c",
      "    image: nginx",
      "  volumes:",
      "  - name: s",
      "    secret:",
      "      secretName: s",
      "      defaultMode: 0400",
      "",
    ].join("\n");
    const result = admitPod(yaml);
    expect(result.admitted).toBe(true);
    expect(result.pod?.spec?.volumes?.[0]).toMatchObject({ secret: { defaultMode: 256 } });
  });

  it("gives the same answer for the same input", () => {
    for (const { yaml } of [...badInputs, { yaml: validPod }]) {
      expect(JSON.stringify(admitPod(yaml))).toBe(JSON.stringify(admitPod(yaml)));
    }
  });
});

describe("admitPod semantic rules", () => {
  const pod = (spec: string, name = "x") => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n${spec}`;
  const cases = [
    { name: "no containers", yaml: pod("  containers: []\n"), message: "spec.containers: Required value" },
    { name: "no name", yaml: pod("  containers:\n  - name: c\n    image: nginx\n", '""'), message: "metadata.name: Required value: name or generateName is required" },
    {
      name: "a container name used twice",
      yaml: pod("  containers:\n  - name: web\n    image: nginx\n  - name: web\n    image: busybox\n"),
      message: 'spec.containers[1].name: Duplicate value: "web"',
    },
    {
      name: "an init container reusing an app container's name",
      yaml: pod("  containers:\n  - name: web\n    image: nginx\n  initContainers:\n  - name: web\n    image: busybox\n"),
      message: 'spec.initContainers[0].name: Duplicate value: "web"',
    },
  ];
  it.each(cases)("rejects $name with the API server's message", ({ yaml, message }) => {
    const result = admitPod(yaml);
    expect(result.admitted).toBe(false);
    expect(result.errors.map((error) => error.message)).toEqual([message]);
  });
});

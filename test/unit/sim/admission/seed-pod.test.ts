import { describe, expect, it } from "vitest";
import { admitPod } from "../../../../worker/sim/admission/admit-pod.ts";

// The seed pod `two-containers` from shared/seeds/pod-notes.md, with its three mistakes, and
// what a learner sees as they fix one after another (kubelet-semantics.md §18 steps 1–3).
const seed = `apiVersion: v1
kind: Pod
metadata:
  name: two-containers
spec:
  nodeSelector:
    disktype:ssd
  hostAliases:
  - ip: "1.1.1.1"
    hostname:
    - "foo.remote"
    - "bar.remote"
  shareProcessNamespace:true
  restartPolicy: Never
  volumes:
  - name: shared-data
    hostPath:      
      path: /data
  containers:
  - name: nginx-container
    image: nginx
    lifecycle:
      postStart:
        exec:
          command: ["/bin/sh","-c","echo hello > /usr/share/message"]
      preStop:
        exec:
          command: ["/usr/sbin/nginx","-s","quit"]
    volumeMounts:
    - name: shared-data
      mountPath: /usr/share/nginx/html
  - name: debian-container
    image: debian
    volumeMounts:
    - name: shared-data
      mountPath: /pod-data
    command: ["/bin/sh"]
    args: ["-c", "echo Hello from the debian container > /pod-data/index.html"]
`;

const fixColon = seed.replace("shareProcessNamespace:true", "shareProcessNamespace: true");
const fixSelector = fixColon.replace("disktype:ssd", "disktype: ssd");
const fixAll = fixSelector.replace("hostname:", "hostnames:");

const steps = [
  {
    name: "as written: the YAML error, at the key line, naming the next line",
    yaml: seed,
    errors: [{ field: "", type: "InvalidYAML", message: "error converting YAML to JSON: yaml: line 14: could not find expected ':'", line: 13, column: 3, hint: 'YAML needs a space after the colon: "shareProcessNamespace: true" is a key and a value, "shareProcessNamespace:true" is one string.' }],
    warnings: [],
  },
  {
    name: "after the colon fix: nodeSelector is one string",
    yaml: fixColon,
    errors: [
      {
        field: "spec.nodeSelector",
        type: "TypeMismatch",
        message: 'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field PodSpec.spec.nodeSelector of type map[string]string',
        line: 7,
        column: 5,
        hint: 'YAML needs a space after the colon: "disktype: ssd" is a key and a value, "disktype:ssd" is one string.',
      },
    ],
    warnings: [],
  },
  {
    // §18 step 3 under kubectl's Strict default is a refusal; the API server in Warn mode
    // (§2.9.3), which the simulator models, creates the Pod without the field: the hostAlias then
    // has no hostnames, which is valid.
    name: "after the selector fix: admitted with a warning for hostname, an unknown field",
    yaml: fixSelector,
    errors: [],
    warnings: [
      {
        field: "spec.hostAliases[0].hostname",
        type: "UnknownField",
        message: 'unknown field "spec.hostAliases[0].hostname"',
        line: 10,
        column: 5,
        hint: 'Did you mean "hostnames"?',
      },
    ],
  },
  { name: "after every fix: admitted with no warning", yaml: fixAll, errors: [], warnings: [] },
];

describe("the seed pod two-containers", () => {
  it.each(steps)("$name", ({ yaml, errors, warnings }) => {
    const result = admitPod(yaml);
    expect(result.errors).toEqual(errors);
    expect(result.warnings).toEqual(warnings);
    expect(result.admitted).toBe(errors.length === 0);
  });

  it("stores the fixed pod with its hostAliases, shared process namespace and hostPath", () => {
    const { spec } = admitPod(fixAll).pod!;
    expect(spec).toMatchObject({
      hostAliases: [{ ip: "1.1.1.1", hostnames: ["foo.remote", "bar.remote"] }],
      nodeSelector: { disktype: "ssd" },
      restartPolicy: "Never",
      shareProcessNamespace: true,
    });
    expect(spec?.volumes?.[0]).toEqual({ name: "shared-data", hostPath: { path: "/data", type: "" } });
    expect(spec?.containers.map((c) => c.volumeMounts?.map((m) => m.mountPath))).toEqual([
      ["/usr/share/nginx/html", "/var/run/secrets/kubernetes.io/serviceaccount"],
      ["/pod-data", "/var/run/secrets/kubernetes.io/serviceaccount"],
    ]);
  });
});

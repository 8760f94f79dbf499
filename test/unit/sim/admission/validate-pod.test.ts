import { describe, expect, it } from "vitest";
import { admitPod } from "../../../../worker/sim/admission/admit-pod.ts";
import { formatInvalidPod } from "../../../../worker/sim/admission/format-invalid-pod.ts";
import { container, nginx, podYaml } from "./pod-yaml.ts";

// Messages are the API server's (pkg/apis/core/validation/validation.go; apimachinery
// util/validation); kubelet-semantics.md §2.3–2.7 quotes most of them.
const subdomainRule =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const labelRule =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const labelValueRule =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
const ipRule = "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)";
const initRule = "may not be set for init containers without restartPolicy=Always";

const rules: { name: string; yaml: string; messages: string[] }[] = [
  { name: "V0 empty pod name", yaml: podYaml(nginx, '  name: ""\n'), messages: ["metadata.name: Required value: name or generateName is required"] },
  { name: "V0 pod name not a subdomain", yaml: podYaml(nginx, "  name: My_Pod\n"), messages: [`metadata.name: Invalid value: "My_Pod": ${subdomainRule}`] },
  { name: "V0 pod name too long", yaml: podYaml(nginx, `  name: ${"a".repeat(254)}\n`), messages: [`metadata.name: Invalid value: "${"a".repeat(254)}": must be no more than 253 characters`] },
  { name: "V0 label value", yaml: podYaml(nginx, '  name: x\n  labels:\n    app: "a b"\n'), messages: [`metadata.labels: Invalid value: "a b": ${labelValueRule}`] },
  { name: "V1 no containers", yaml: podYaml("  containers: []\n"), messages: ["spec.containers: Required value"] },
  { name: "V2 container name not a label", yaml: podYaml("  containers:\n  - name: Web_App\n    image: nginx\n"), messages: [`spec.containers[0].name: Invalid value: "Web_App": ${labelRule}`] },
  { name: "V2 container name with dots", yaml: podYaml("  containers:\n  - name: web.app\n    image: nginx\n"), messages: ['spec.containers[0].name: Invalid value: "web.app": must not contain dots'] },
  { name: "V2 container without a name", yaml: podYaml("  containers:\n  - image: nginx\n"), messages: ["spec.containers[0].name: Required value"] },
  { name: "V2 container name used twice", yaml: podYaml("  containers:\n  - name: web\n    image: nginx\n  - name: web\n    image: nginx\n"), messages: ['spec.containers[1].name: Duplicate value: "web"'] },
  { name: "V2 init container reusing an app name", yaml: podYaml("  containers:\n  - name: web\n    image: nginx\n  initContainers:\n  - name: web\n    image: busybox\n"), messages: ['spec.initContainers[0].name: Duplicate value: "web"'] },
  { name: "V3 no image", yaml: podYaml("  containers:\n  - name: c\n"), messages: ["spec.containers[0].image: Required value"] },
  { name: "V3 image with blanks", yaml: podYaml('  containers:\n  - name: c\n    image: " nginx"\n'), messages: ['spec.containers[0].image: Invalid value: " nginx": must not have leading or trailing whitespace'] },
  { name: "V4 imagePullPolicy", yaml: podYaml(container("    imagePullPolicy: Sometimes\n")), messages: ['spec.containers[0].imagePullPolicy: Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"'] },
  { name: "V5 containerPort missing", yaml: podYaml(container("    ports:\n    - name: http\n")), messages: ["spec.containers[0].ports[0].containerPort: Required value"] },
  { name: "V5 containerPort out of range", yaml: podYaml(container("    ports:\n    - containerPort: 70000\n")), messages: ["spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive"] },
  { name: "V5 hostPort out of range", yaml: podYaml(container("    ports:\n    - containerPort: 80\n      hostPort: 70000\n")), messages: ["spec.containers[0].ports[0].hostPort: Invalid value: 70000: must be between 1 and 65535, inclusive"] },
  { name: "V5 protocol", yaml: podYaml(container("    ports:\n    - containerPort: 80\n      protocol: HTTP\n")), messages: ['spec.containers[0].ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"'] },
  {
    name: "V5 port name with capitals and too long",
    yaml: podYaml(container("    ports:\n    - containerPort: 80\n      name: HTTP-PORT-NUMBER-1\n")),
    messages: [
      'spec.containers[0].ports[0].name: Invalid value: "HTTP-PORT-NUMBER-1": must be no more than 15 characters',
      'spec.containers[0].ports[0].name: Invalid value: "HTTP-PORT-NUMBER-1": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      'spec.containers[0].ports[0].name: Invalid value: "HTTP-PORT-NUMBER-1": must contain at least one letter (a-z)',
    ],
  },
  { name: "V5 port name with double hyphen", yaml: podYaml(container("    ports:\n    - containerPort: 80\n      name: a--b\n")), messages: ['spec.containers[0].ports[0].name: Invalid value: "a--b": must not contain consecutive hyphens'] },
  { name: "V5 port name repeated", yaml: podYaml(container("    ports:\n    - containerPort: 80\n      name: http\n    - containerPort: 81\n      name: http\n")), messages: ['spec.containers[0].ports[1].name: Duplicate value: "http"'] },
  { name: "V5 hostNetwork hostPort differs", yaml: podYaml(`  hostNetwork: true\n${container("    ports:\n    - containerPort: 80\n      hostPort: 81\n")}`), messages: ["spec.containers[0].ports[0].hostPort: Invalid value: 81: must match `containerPort` when `hostNetwork` is true"] },
  {
    name: "V6 host port used twice",
    yaml: podYaml("  containers:\n  - name: a\n    image: nginx\n    ports:\n    - containerPort: 80\n      hostPort: 8080\n  - name: b\n    image: nginx\n    ports:\n    - containerPort: 81\n      hostPort: 8080\n"),
    messages: ['spec.containers[1].ports[0].hostPort: Duplicate value: "TCP//8080"'],
  },
  { name: "V7 request above limit", yaml: podYaml(container("    resources:\n      limits:\n        memory: 128Mi\n      requests:\n        memory: 256Mi\n")), messages: ['spec.containers[0].resources.requests: Invalid value: "256Mi": must be less than or equal to memory limit of 128Mi'] },
  { name: "V7 negative quantity", yaml: podYaml(container('    resources:\n      requests:\n        cpu: "-1"\n')), messages: ['spec.containers[0].resources.requests[cpu]: Invalid value: "-1": must be greater than or equal to 0'] },
  { name: "V7 unknown resource", yaml: podYaml(container("    resources:\n      limits:\n        cpus: 1\n")), messages: [
      'spec.containers[0].resources.limits[cpus]: Invalid value: "cpus": must be a standard resource for containers',
      'spec.containers[0].resources.requests[cpus]: Invalid value: "cpus": must be a standard resource for containers',
    ] },
  { name: "V8 restartPolicy on an app container", yaml: podYaml(container("    restartPolicy: Always\n")), messages: ["spec.containers[0].restartPolicy: Forbidden: may not be set for non-init containers"] },
  { name: "V9 env name starting with a digit", yaml: podYaml(container("    env:\n    - name: 1ST\n      value: x\n")), messages: ["spec.containers[0].env[0].name: Invalid value: \"1ST\": a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')"] },
  { name: "V9 env valueFrom with no source", yaml: podYaml(container("    env:\n    - name: A\n      valueFrom: {}\n")), messages: ['spec.containers[0].env[0].valueFrom: Invalid value: "": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`'] },
  { name: "V9 configMapKeyRef without key", yaml: podYaml(container("    env:\n    - name: A\n      valueFrom:\n        configMapKeyRef:\n          name: cm\n")), messages: ["spec.containers[0].env[0].valueFrom.configMapKeyRef.key: Required value"] },
  {
    name: "V9 env fieldRef the env cannot expose",
    yaml: podYaml(container("    env:\n    - name: A\n      valueFrom:\n        fieldRef:\n          fieldPath: metadata.labels\n")),
    messages: ['spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Unsupported value: "metadata.labels": supported values: "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs"'],
  },
  { name: "V9 envFrom with no source", yaml: podYaml(container("    envFrom:\n    - prefix: A_\n")), messages: ['spec.containers[0].envFrom: Invalid value: "": must specify one of: `configMapRef` or `secretRef`'] },
  { name: "V10 volume without a name", yaml: podYaml(`${nginx}  volumes:\n  - emptyDir: {}\n`), messages: ["spec.volumes[0].name: Required value"] },
  { name: "V10 volume name not a label", yaml: podYaml(`${nginx}  volumes:\n  - name: My_Data\n`), messages: [`spec.volumes[0].name: Invalid value: "My_Data": ${labelRule}`] },
  { name: "V10 volume name repeated", yaml: podYaml(`${nginx}  volumes:\n  - name: data\n  - name: data\n`), messages: ['spec.volumes[1].name: Duplicate value: "data"'] },
  { name: "V11 two volume sources", yaml: podYaml(`${nginx}  volumes:\n  - name: data\n    emptyDir: {}\n    hostPath:\n      path: /data\n`), messages: ["spec.volumes[0].hostPath: Forbidden: may not specify more than 1 volume type"] },
  { name: "V12 secret without secretName", yaml: podYaml(`${nginx}  volumes:\n  - name: s\n    secret: {}\n`), messages: ["spec.volumes[0].secret.secretName: Required value"] },
  { name: "V12 configMap without name", yaml: podYaml(`${nginx}  volumes:\n  - name: c\n    configMap: {}\n`), messages: ["spec.volumes[0].configMap.name: Required value"] },
  { name: "V12 hostPath without path", yaml: podYaml(`${nginx}  volumes:\n  - name: h\n    hostPath: {}\n`), messages: ["spec.volumes[0].hostPath.path: Required value"] },
  {
    name: "V12 hostPath type",
    yaml: podYaml(`${nginx}  volumes:\n  - name: h\n    hostPath:\n      path: /data\n      type: Folder\n`),
    messages: ['spec.volumes[0].hostPath.type: Unsupported value: "Folder": supported values: "", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket"'],
  },
  { name: "V12 item path absolute", yaml: podYaml(`${nginx}  volumes:\n  - name: s\n    secret:\n      secretName: s\n      items:\n      - key: k\n        path: /etc/k\n`), messages: ['spec.volumes[0].secret.items[0].path: Invalid value: "/etc/k": must be a relative path'] },
  { name: "V12 item path with ..", yaml: podYaml(`${nginx}  volumes:\n  - name: s\n    secret:\n      secretName: s\n      items:\n      - key: k\n        path: ../k\n`), messages: ['spec.volumes[0].secret.items[0].path: Invalid value: "../k": must not contain \'..\''] },
  { name: "V12 defaultMode above 0777", yaml: podYaml(`${nginx}  volumes:\n  - name: s\n    secret:\n      secretName: s\n      defaultMode: 01000\n`), messages: ["spec.volumes[0].secret.defaultMode: Invalid value: 512: must be a number between 0 and 0777 (octal), both inclusive"] },
  {
    name: "V12 short-lived projected token",
    yaml: podYaml(`${nginx}  volumes:\n  - name: t\n    projected:\n      sources:\n      - serviceAccountToken:\n          path: token\n          expirationSeconds: 60\n`),
    messages: ["spec.volumes[0].projected.sources[0].serviceAccountToken.expirationSeconds: Invalid value: 60: may not specify a duration less than 10 minutes"],
  },
  { name: "V13 mount of a volume that does not exist", yaml: podYaml(container("    volumeMounts:\n    - name: data\n      mountPath: /data\n")), messages: ['spec.containers[0].volumeMounts[0].name: Not found: "data"'] },
  { name: "V13 mount without mountPath", yaml: podYaml(`${container("    volumeMounts:\n    - name: data\n")}  volumes:\n  - name: data\n`), messages: ["spec.containers[0].volumeMounts[0].mountPath: Required value"] },
  {
    name: "V14 mountPath used twice",
    yaml: podYaml(`${container("    volumeMounts:\n    - name: a\n      mountPath: /data\n    - name: b\n      mountPath: /data\n")}  volumes:\n  - name: a\n  - name: b\n`),
    messages: ['spec.containers[0].volumeMounts[1].mountPath: Invalid value: "/data": must be unique'],
  },
  { name: "V15 restartPolicy", yaml: podYaml(`  restartPolicy: Sometimes\n${nginx}`), messages: ['spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"'] },
  { name: "V16 dnsPolicy", yaml: podYaml(`  dnsPolicy: Cluster\n${nginx}`), messages: ['spec.dnsPolicy: Unsupported value: "Cluster": supported values: "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"'] },
  { name: "V16 dnsPolicy None without dnsConfig", yaml: podYaml(`  dnsPolicy: None\n${nginx}`), messages: ["spec.dnsConfig: Required value: must provide `dnsConfig` when `dnsPolicy` is None"] },
  { name: "V16 nodeSelector value", yaml: podYaml(`  nodeSelector:\n    disktype: "s s d"\n${nginx}`), messages: [`spec.nodeSelector: Invalid value: "s s d": ${labelValueRule}`] },
  { name: "V17 shareProcessNamespace with hostPID", yaml: podYaml(`  shareProcessNamespace: true\n  hostPID: true\n${nginx}`), messages: ["spec.securityContext.shareProcessNamespace: Invalid value: true: ShareProcessNamespace and HostPID cannot both be enabled"] },
  { name: "V18 hostAliases IP", yaml: podYaml(`  hostAliases:\n  - ip: "1.1.1"\n    hostnames: ["foo.remote"]\n${nginx}`), messages: [`spec.hostAliases[0].ip: Invalid value: "1.1.1": ${ipRule}`] },
  { name: "V18 hostAliases hostname", yaml: podYaml(`  hostAliases:\n  - ip: "1.1.1.1"\n    hostnames: ["foo.remote", "Bar_Remote"]\n${nginx}`), messages: [`spec.hostAliases[0].hostnames[1]: Invalid value: "Bar_Remote": ${subdomainRule}`] },
  { name: "V19 probe without handler", yaml: podYaml(container("    livenessProbe:\n      periodSeconds: 5\n")), messages: ["spec.containers[0].livenessProbe: Required value: must specify a handler type"] },
  { name: "V19 hook without handler", yaml: podYaml(container("    lifecycle:\n      postStart: {}\n")), messages: ["spec.containers[0].lifecycle.postStart: Required value: must specify a handler type"] },
  { name: "V20 two probe handlers", yaml: podYaml(container("    readinessProbe:\n      exec:\n        command: [cat, /tmp/ready]\n      httpGet:\n        port: 80\n")), messages: ["spec.containers[0].readinessProbe.httpGet: Forbidden: may not specify more than 1 handler type"] },
  { name: "V21 liveness successThreshold", yaml: podYaml(container("    livenessProbe:\n      tcpSocket:\n        port: 80\n      successThreshold: 2\n")), messages: ["spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1"] },
  { name: "V22 negative initialDelaySeconds", yaml: podYaml(container("    readinessProbe:\n      tcpSocket:\n        port: 80\n      initialDelaySeconds: -1\n")), messages: ["spec.containers[0].readinessProbe.initialDelaySeconds: Invalid value: -1: must be greater than or equal to 0"] },
  { name: "V22 readiness probe grace period", yaml: podYaml(container("    readinessProbe:\n      tcpSocket:\n        port: 80\n      terminationGracePeriodSeconds: 5\n")), messages: ["spec.containers[0].readinessProbe.terminationGracePeriodSeconds: Invalid value: 5: must not be set for readinessProbes"] },
  { name: "V23 exec without command", yaml: podYaml(container("    livenessProbe:\n      exec: {}\n")), messages: ["spec.containers[0].livenessProbe.exec.command: Required value"] },
  { name: "V23 httpGet scheme", yaml: podYaml(container("    livenessProbe:\n      httpGet:\n        port: 80\n        scheme: FTP\n")), messages: ['spec.containers[0].livenessProbe.httpGet.scheme: Unsupported value: "FTP": supported values: "HTTP", "HTTPS"'] },
  {
    name: "V23 httpGet header name with a blank", yaml: podYaml(container('    livenessProbe:\n      httpGet:\n        port: 80\n        httpHeaders:\n        - name: "Custom Header"\n          value: Awesome\n')),
    messages: [`spec.containers[0].livenessProbe.httpGet.httpHeaders: Invalid value: "Custom Header": a valid HTTP header must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name', regex used for validation is '[-A-Za-z0-9]+')`],
  },
  { name: "V23 probe port 0", yaml: podYaml(container("    livenessProbe:\n      tcpSocket:\n        port: 0\n")), messages: ["spec.containers[0].livenessProbe.tcpSocket.port: Invalid value: 0: must be between 1 and 65535, inclusive"] },
  { name: "V23 probe port as a quoted number", yaml: podYaml(container('    livenessProbe:\n      httpGet:\n        port: "8080"\n')), messages: ['spec.containers[0].livenessProbe.httpGet.port: Invalid value: "8080": must contain at least one letter (a-z)'] },
  { name: "V23 preStop sleep longer than the grace period", yaml: podYaml(container("    lifecycle:\n      preStop:\n        sleep:\n          seconds: 60\n")), messages: ["spec.containers[0].lifecycle.preStop.sleep: Invalid value: 60: must be greater than 0 and less than terminationGracePeriodSeconds (30)"] },
  { name: "V24 probe on an init container", yaml: podYaml(`${nginx}  initContainers:\n  - name: init\n    image: busybox\n    livenessProbe:\n      exec:\n        command: ["true"]\n`), messages: [`spec.initContainers[0].livenessProbe: Forbidden: ${initRule}`] },
  { name: "V25 init container restartPolicy", yaml: podYaml(`${nginx}  initContainers:\n  - name: init\n    image: busybox\n    restartPolicy: Never\n`), messages: ['spec.initContainers[0].restartPolicy: Unsupported value: "Never": supported values: "Always"'] },
  { name: "V26 activeDeadlineSeconds", yaml: podYaml(`  activeDeadlineSeconds: 0\n${nginx}`), messages: ["spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive"] },
  { name: "V26 activeDeadlineSeconds past MaxInt32", yaml: podYaml(`  activeDeadlineSeconds: 2147483648\n${nginx}`), messages: ["spec.activeDeadlineSeconds: Invalid value: 2147483648: must be between 1 and 2147483647, inclusive"] },
  {
    name: "V26 readinessGates conditionType", yaml: podYaml(`  readinessGates:\n  - conditionType: "feature 1"\n${nginx}`),
    messages: [`spec.readinessGates[0].conditionType: Invalid value: "feature 1": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`],
  },
  { name: "V26 hostname", yaml: podYaml(`  hostname: My_Host\n${nginx}`), messages: [`spec.hostname: Invalid value: "My_Host": ${labelRule}`] },
  { name: "V27 toleration operator", yaml: podYaml(`  tolerations:\n  - key: k\n    operator: Maybe\n${nginx}`), messages: ['spec.tolerations[0].operator: Unsupported value: "Maybe": supported values: "Equal", "Exists"'] },
  { name: "V27 toleration Exists with a value", yaml: podYaml(`  tolerations:\n  - key: k\n    operator: Exists\n    value: v\n${nginx}`), messages: ['spec.tolerations[0].operator: Invalid value: "v": value must be empty when `operator` is \'Exists\''] },
  { name: "V27 tolerationSeconds without NoExecute", yaml: podYaml(`  tolerations:\n  - key: k\n    operator: Exists\n    effect: NoSchedule\n    tolerationSeconds: 10\n${nginx}`), messages: ['spec.tolerations[0].effect: Invalid value: "NoSchedule": effect must be \'NoExecute\' when `tolerationSeconds` is set'] },
];

describe("validation rules", () => {
  it.each(rules)("$name", ({ yaml, messages }) => {
    const result = admitPod(yaml);
    expect(result.admitted).toBe(false);
    expect(result.errors.map((error) => error.message)).toEqual(messages);
  });
});

describe("several errors", () => {
  const yaml = podYaml(
    [
      "  restartPolicy: Sometimes",
      "  containers:",
      "  - name: web",
      "    volumeMounts:",
      "    - name: data",
      "      mountPath: /data",
      "  - name: web",
      "    image: nginx",
      "  volumes:",
      "  - name: Data",
      "",
    ].join("\n"),
    "  name: Two_Errors\n",
  );
  const expected = [
    { field: "metadata.name", type: "FieldValueInvalid", line: 4, column: 9 },
    { field: "spec.volumes[0].name", type: "FieldValueInvalid", line: 15, column: 11 },
    { field: "spec.containers[0].image", type: "FieldValueRequired", line: 8, column: 5 },
    { field: "spec.containers[0].volumeMounts[0].name", type: "FieldValueNotFound", line: 10, column: 13 },
    { field: "spec.containers[1].name", type: "FieldValueDuplicate", line: 12, column: 11 },
    { field: "spec.restartPolicy", type: "FieldValueNotSupported", line: 6, column: 18 },
  ];

  it("come in the API server's order, each at its line and column", () => {
    const { errors } = admitPod(yaml);
    expect(errors.map(({ field, type, line, column }) => ({ field, type, line, column }))).toEqual(expected);
  });

  it("explain a volumeMount that names no volume", () => {
    const notFound = admitPod(yaml).errors.find((error) => error.type === "FieldValueNotFound");
    expect(notFound?.hint).toContain("spec.volumes");
  });

  const formatCases = [
    { name: "one error", errors: [{ message: "spec.containers[0].image: Required value" }], text: 'The Pod "x" is invalid: spec.containers[0].image: Required value\n' },
    {
      name: "several errors",
      errors: [{ message: "spec.containers[0].image: Required value" }, { message: 'spec.containers[1].name: Duplicate value: "web"' }],
      text: 'The Pod "x" is invalid: \n* spec.containers[0].image: Required value\n* spec.containers[1].name: Duplicate value: "web"\n',
    },
  ];
  it.each(formatCases)("print as kubectl prints $name", ({ errors, text }) => {
    expect(formatInvalidPod("x", errors)).toBe(text);
  });
});

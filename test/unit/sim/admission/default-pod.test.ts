import type { Pod } from "kubernetes-types/core/v1";
import { describe, expect, it } from "vitest";
import { admitPod } from "../../../../worker/sim/admission/admit-pod.ts";
import { container, nginx, podYaml } from "./pod-yaml.ts";

function admitted(yaml: string): Pod {
  const result = admitPod(yaml);
  expect(result.errors).toEqual([]);
  return result.pod!;
}

describe("defaulting (kubelet-semantics.md §1.2–1.6)", () => {
  const pullPolicies = [
    { image: "nginx", policy: "Always" },
    { image: "nginx:latest", policy: "Always" },
    { image: "nginx:1.25", policy: "IfNotPresent" },
    { image: `nginx@sha256:${"a".repeat(64)}`, policy: "IfNotPresent" },
    { image: `nginx:latest@sha256:${"a".repeat(64)}`, policy: "Always" },
    { image: "Nginx", policy: "IfNotPresent" },
    { image: "localhost:5000/app", policy: "Always" },
    { image: "registry.k8s.io/pause:3.9", policy: "IfNotPresent" },
  ];
  it.each(pullPolicies)("defaults imagePullPolicy of $image to $policy", ({ image, policy }) => {
    const pod = admitted(podYaml(`  containers:\n  - name: c\n    image: "${image}"\n`));
    expect(pod.spec?.containers[0]?.imagePullPolicy).toBe(policy);
  });

  it("keeps an imagePullPolicy the learner wrote", () => {
    expect(admitted(podYaml(container("    imagePullPolicy: Never\n"))).spec?.containers[0]?.imagePullPolicy).toBe("Never");
  });

  it("fills the PodSpec and container defaults", () => {
    const { spec } = admitted(podYaml(container("    ports:\n    - containerPort: 80\n")));
    expect(spec).toMatchObject({
      dnsPolicy: "ClusterFirst",
      enableServiceLinks: true,
      restartPolicy: "Always",
      schedulerName: "default-scheduler",
      securityContext: {},
      terminationGracePeriodSeconds: 30,
    });
    expect(spec?.containers[0]).toMatchObject({
      ports: [{ containerPort: 80, protocol: "TCP" }],
      resources: {},
      terminationMessagePath: "/dev/termination-log",
      terminationMessagePolicy: "File",
    });
  });

  const probes = [
    {
      name: "an httpGet liveness probe",
      lines: "    livenessProbe:\n      httpGet:\n        port: 80\n",
      probe: { httpGet: { path: "/", port: 80, scheme: "HTTP" }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 },
    },
    {
      name: "a readiness probe with its own period",
      lines: "    readinessProbe:\n      exec:\n        command: [cat, /tmp/ready]\n      periodSeconds: 5\n      initialDelaySeconds: 5\n",
      probe: { exec: { command: ["cat", "/tmp/ready"] }, initialDelaySeconds: 5, timeoutSeconds: 1, periodSeconds: 5, successThreshold: 1, failureThreshold: 3 },
    },
  ];
  it.each(probes)("defaults $name", ({ lines, probe }) => {
    const [first] = admitted(podYaml(container(lines))).spec!.containers;
    expect(first?.livenessProbe ?? first?.readinessProbe).toEqual(probe);
  });

  const volumes = [
    { name: "a volume without a source", lines: "  - name: scratch\n", volume: { name: "scratch", emptyDir: {} } },
    { name: "a secret volume", lines: "  - name: s\n    secret:\n      secretName: s\n", volume: { name: "s", secret: { secretName: "s", defaultMode: 420 } } },
    { name: "a configMap volume", lines: "  - name: c\n    configMap:\n      name: c\n", volume: { name: "c", configMap: { name: "c", defaultMode: 420 } } },
    { name: "a hostPath volume", lines: "  - name: h\n    hostPath:\n      path: /data\n", volume: { name: "h", hostPath: { path: "/data", type: "" } } },
    {
      name: "a projected volume",
      lines: "  - name: p\n    projected:\n      sources:\n      - serviceAccountToken:\n          path: token\n      - downwardAPI:\n          items:\n          - path: name\n            fieldRef:\n              fieldPath: metadata.name\n",
      volume: {
        name: "p",
        projected: {
          defaultMode: 420,
          sources: [
            { serviceAccountToken: { path: "token", expirationSeconds: 3600 } },
            { downwardAPI: { items: [{ path: "name", fieldRef: { apiVersion: "v1", fieldPath: "metadata.name" } }] } },
          ],
        },
      },
    },
  ];
  it.each(volumes)("defaults $name", ({ lines, volume }) => {
    expect(admitted(podYaml(`${nginx}  volumes:\n${lines}`)).spec?.volumes?.[0]).toEqual(volume);
  });

  it("copies limits into missing requests, in canonical quantities", () => {
    const pod = admitted(podYaml(container("    resources:\n      limits:\n        cpu: 0.5\n        memory: 1.5Gi\n      requests:\n        cpu: 100m\n")));
    expect(pod.spec?.containers[0]?.resources).toEqual({ limits: { cpu: "500m", memory: "1536Mi" }, requests: { cpu: "100m", memory: "1536Mi" } });
  });

  it("sets hostPort to containerPort with hostNetwork", () => {
    const pod = admitted(podYaml(`  hostNetwork: true\n${container("    ports:\n    - containerPort: 80\n")}`));
    expect(pod.spec?.containers[0]?.ports).toEqual([{ containerPort: 80, hostPort: 80, protocol: "TCP" }]);
  });
});

describe("admission mutations (kubelet-semantics.md §1.7–1.9, §1.12)", () => {
  it("adds the two default tolerations, priority 0 and a Pending status", () => {
    const pod = admitted(podYaml(nginx));
    expect(pod.spec?.tolerations).toEqual([
      { effect: "NoExecute", key: "node.kubernetes.io/not-ready", operator: "Exists", tolerationSeconds: 300 },
      { effect: "NoExecute", key: "node.kubernetes.io/unreachable", operator: "Exists", tolerationSeconds: 300 },
    ]);
    expect(pod.spec).toMatchObject({ priority: 0, preemptionPolicy: "PreemptLowerPriority" });
    expect(pod.status).toEqual({ phase: "Pending", qosClass: "BestEffort" });
  });

  const tolerationCases = [
    { name: "a not-ready toleration of the pod's own", lines: "  - key: node.kubernetes.io/not-ready\n    operator: Exists\n    effect: NoExecute\n", keys: ["node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"] },
    { name: "a toleration of every taint", lines: "  - operator: Exists\n", keys: [undefined] },
  ];
  it.each(tolerationCases)("adds only what $name leaves untolerated", ({ lines, keys }) => {
    expect(admitted(podYaml(`${nginx}  tolerations:\n${lines}`)).spec?.tolerations?.map((t) => t.key)).toEqual(keys);
  });

  const qosCases = [
    { name: "no resources", lines: "", qos: "BestEffort" },
    { name: "requests only", lines: "    resources:\n      requests:\n        cpu: 100m\n", qos: "Burstable" },
    { name: "cpu and memory limits", lines: "    resources:\n      limits:\n        cpu: 1\n        memory: 1Gi\n", qos: "Guaranteed" },
    { name: "a cpu limit only", lines: "    resources:\n      limits:\n        cpu: 1\n", qos: "Burstable" },
    { name: "requests below limits", lines: "    resources:\n      limits:\n        cpu: 1\n        memory: 1Gi\n      requests:\n        cpu: 500m\n", qos: "Burstable" },
  ];
  it.each(qosCases)("gives qosClass $qos for $name", ({ lines, qos }) => {
    expect(admitted(podYaml(container(lines))).status?.qosClass).toBe(qos);
  });

  it("derives the UID from namespace and name, and a name from generateName", () => {
    const first = admitted(podYaml(nginx, "  name: web\n"));
    const other = admitted(podYaml(nginx, "  name: api\n"));
    expect(first.metadata?.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(first.metadata?.uid).not.toBe(other.metadata?.uid);
    expect(admitted(podYaml(nginx, "  generateName: web-\n")).metadata?.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });

  it("refuses a PriorityClass the cluster does not have", () => {
    const result = admitPod(podYaml(`  priorityClassName: gold\n${nginx}`));
    expect(result.errors).toEqual([
      expect.objectContaining({ field: "spec.priorityClassName", type: "Forbidden", message: 'pods "x" is forbidden: no PriorityClass with name gold was found', line: 6 }),
    ]);
  });
});

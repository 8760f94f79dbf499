// Hand-built SimResult values for the text renderer: a default-cluster nginx pod that runs, and
// a crash-looping busybox pod. Field values follow kubelet-semantics.md §1 (defaulting and
// admission), §9 (conditions, in kubelet order) and §17 (event messages).
import type { ContainerSnapshot, SimEvent, SimResult, Snapshot } from "../../../../worker/sim/sim-result.ts";

const at = (seconds: number) => `2024-01-01T00:${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}Z`;

const apiAccessVolume = {
  name: "kube-api-access-7xk2p",
  projected: {
    defaultMode: 420,
    sources: [
      { serviceAccountToken: { expirationSeconds: 3607, path: "token" } },
      { configMap: { items: [{ key: "ca.crt", path: "ca.crt" }], name: "kube-root-ca.crt" } },
      { downwardAPI: { items: [{ fieldRef: { apiVersion: "v1", fieldPath: "metadata.namespace" }, path: "namespace" }] } },
    ],
  },
};

const apiAccessMount = { mountPath: "/var/run/secrets/kubernetes.io/serviceaccount", name: "kube-api-access-7xk2p", readOnly: true };

const defaultTolerations = [
  { effect: "NoExecute", key: "node.kubernetes.io/not-ready", operator: "Exists", tolerationSeconds: 300 },
  { effect: "NoExecute", key: "node.kubernetes.io/unreachable", operator: "Exists", tolerationSeconds: 300 },
];

export function container(name: string, fields: Partial<ContainerSnapshot> = {}): ContainerSnapshot {
  return { name, state: "waiting", reason: "ContainerCreating", exitCode: null, ready: false, started: false, restartCount: 0, ...fields };
}

export function snapshot(time: number, fields: Partial<Snapshot> = {}): Snapshot {
  return {
    time, phase: "Pending", status: "Pending", ready: "0/1", restarts: 0, node: null, podIP: null,
    conditions: { PodScheduled: "False" }, initContainers: [], containers: [container("nginx")], ...fields,
  };
}

function event(time: number, reason: string, message: string, object = "spec.containers{nginx}", type: SimEvent["type"] = "Normal"): SimEvent {
  return { time, type, reason, object, message };
}

/** nginx:1.25 on node-1: scheduled at 0, sandbox at 1s, image present, running and ready at 1s. */
export const runningNginx: SimResult = {
  admitted: true,
  errors: [],
  warnings: [],
  pod: {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { creationTimestamp: at(0), labels: { run: "nginx", app: "web" }, name: "nginx", namespace: "default", uid: "0d3c5a6e-1f2b-4c3d-8e9f-a0b1c2d3e4f5" },
    spec: {
      containers: [{
        image: "nginx:1.25", imagePullPolicy: "IfNotPresent", name: "nginx",
        ports: [{ containerPort: 80, protocol: "TCP" }],
        env: [{ name: "MODE", value: "demo" }, { name: "POD_NAME", valueFrom: { fieldRef: { apiVersion: "v1", fieldPath: "metadata.name" } } }],
        readinessProbe: { httpGet: { path: "/", port: 80, scheme: "HTTP" }, failureThreshold: 3, periodSeconds: 10, successThreshold: 1, timeoutSeconds: 1 },
        resources: { limits: { memory: "128Mi" }, requests: { cpu: "250m", memory: "128Mi" } },
        volumeMounts: [apiAccessMount],
      }],
      nodeName: "node-1",
      priority: 0,
      serviceAccountName: "default",
      tolerations: defaultTolerations,
      volumes: [apiAccessVolume],
    },
    status: {
      conditions: [
        { status: "True", type: "PodReadyToStartContainers" },
        { status: "True", type: "Initialized" },
        { status: "True", type: "Ready" },
        { status: "True", type: "ContainersReady" },
        { status: "True", type: "PodScheduled" },
      ],
      containerStatuses: [{
        containerID: "containerd://5e1f0c2a", image: "docker.io/library/nginx:1.25", imageID: "docker.io/library/nginx@sha256:0a1b", name: "nginx",
        ready: true, restartCount: 0, started: true, state: { running: { startedAt: at(1) } },
      }],
      hostIP: "10.0.0.1",
      phase: "Running",
      podIP: "10.244.0.5",
      podIPs: [{ ip: "10.244.0.5" }],
      qosClass: "Burstable",
      startTime: at(0),
    },
  },
  events: [
    event(0, "Scheduled", "Successfully assigned default/nginx to node-1", "pod/nginx"),
    event(1, "Pulled", "Container image \"nginx:1.25\" already present on machine"),
    event(1, "Created", "Created container nginx"),
    event(1, "Started", "Started container nginx"),
  ],
  snapshots: [
    snapshot(0),
    snapshot(0, { status: "ContainerCreating", node: "node-1", conditions: { PodScheduled: "True" } }),
    snapshot(1, { phase: "Running", status: "Running", node: "node-1", podIP: "10.244.0.5", conditions: { PodScheduled: "True", Ready: "False" }, containers: [container("nginx", { state: "running", reason: null, started: true })] }),
    snapshot(1, { phase: "Running", status: "Running", ready: "1/1", node: "node-1", podIP: "10.244.0.5", conditions: { PodScheduled: "True", Ready: "True" }, containers: [container("nginx", { state: "running", reason: null, ready: true, started: true })] }),
  ],
  execs: [],
};

const crashing = (time: number, restartCount: number, state: ContainerSnapshot["state"], reason: string | null, exitCode: number | null) =>
  snapshot(time, {
    phase: "Running", status: reason ?? "Running", restarts: restartCount, node: "node-1", podIP: "10.244.0.6",
    conditions: { PodScheduled: "True", Ready: "False" },
    containers: [container("app", { state, reason, exitCode, restartCount, started: state === "running" })],
  });

/** busybox `exit 1` with restartPolicy Always: back-off 10s, 20s, 40s (kubelet-semantics.md §8). */
export const crashLoop: SimResult = {
  ...runningNginx,
  pod: null,
  events: [
    event(0, "Scheduled", "Successfully assigned default/crash to node-1", "pod/crash"),
    ...[1, 11, 31, 71].flatMap((time) => [
      event(time, "Pulled", "Container image \"busybox:1.36\" already present on machine", "spec.containers{app}"),
      event(time, "Created", "Created container app", "spec.containers{app}"),
      event(time, "Started", "Started container app", "spec.containers{app}"),
    ]),
    ...[1, 11, 31].map((time) => event(time, "BackOff", "Back-off restarting failed container app in pod crash_default(0d3c5a6e-1f2b-4c3d-8e9f-a0b1c2d3e4f5)", "spec.containers{app}", "Warning")),
  ],
  snapshots: [
    snapshot(0, { containers: [container("app")] }),
    snapshot(0, { status: "ContainerCreating", node: "node-1", conditions: { PodScheduled: "True" }, containers: [container("app")] }),
    crashing(1, 0, "running", null, null),
    crashing(1, 0, "terminated", "Error", 1),
    crashing(1, 1, "waiting", "CrashLoopBackOff", null),
    crashing(11, 1, "running", null, null),
    crashing(11, 1, "terminated", "Error", 1),
    crashing(11, 2, "waiting", "CrashLoopBackOff", null),
    crashing(31, 2, "running", null, null),
    crashing(31, 2, "terminated", "Error", 1),
    crashing(31, 3, "waiting", "CrashLoopBackOff", null),
    crashing(71, 3, "running", null, null),
  ],
};

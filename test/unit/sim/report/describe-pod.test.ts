// `kubectl describe pod` (staging/src/k8s.io/kubectl/pkg/describe/describe.go, describePod and
// DescribeEvents, v1.31). The expected text was written from those functions: field order,
// LEVEL indents of two spaces, one tab writer with padding 2 that a tab-less line breaks, the
// Events table flushed on its own, `(xN over T)` from the event correlator's counts.
import type { Pod } from "kubernetes-types/core/v1";
import { describe, expect, it } from "vitest";
import { describeEvents } from "../../../../worker/sim/report/describe-events.ts";
import { describePod } from "../../../../worker/sim/report/describe-pod.ts";
import { crashLoop, runningNginx } from "./fixtures.ts";

const nginxDescribe = `Name:             nginx
Namespace:        default
Priority:         0
Service Account:  default
Node:             node-1/10.0.0.1
Start Time:       Mon, 01 Jan 2024 00:00:00 +0000
Labels:           app=web
                  run=nginx
Annotations:      <none>
Status:           Running
IP:               10.244.0.5
IPs:
  IP:  10.244.0.5
Containers:
  nginx:
    Container ID:   containerd://5e1f0c2a
    Image:          nginx:1.25
    Image ID:       docker.io/library/nginx@sha256:0a1b
    Port:           80/TCP
    Host Port:      0/TCP
    State:          Running
      Started:      Mon, 01 Jan 2024 00:00:01 +0000
    Ready:          True
    Restart Count:  0
    Limits:
      memory:  128Mi
    Requests:
      cpu:      250m
      memory:   128Mi
    Readiness:  http-get http://:80/ delay=0s timeout=1s period=10s #success=1 #failure=3
    Environment:
      MODE:      demo
      POD_NAME:  nginx (v1:metadata.name)
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-7xk2p (ro)
Conditions:
  Type                        Status
  PodReadyToStartContainers   True 
  Initialized                 True 
  Ready                       True 
  ContainersReady             True 
  PodScheduled                True 
Volumes:
  kube-api-access-7xk2p:
    Type:                    Projected (a volume that contains injected data from multiple sources)
    TokenExpirationSeconds:  3607
    ConfigMapName:           kube-root-ca.crt
    ConfigMapOptional:       <nil>
    DownwardAPI:             true
QoS Class:                   Burstable
Node-Selectors:              <none>
Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
Events:
  Type    Reason     Age    From               Message
  ----    ------     ----   ----               -------
  Normal  Scheduled  2m15s  default-scheduler  Successfully assigned default/nginx to node-1
  Normal  Pulled     2m14s  kubelet            Container image "nginx:1.25" already present on machine
  Normal  Created    2m14s  kubelet            Created container nginx
  Normal  Started    2m14s  kubelet            Started container nginx
`;

const pendingPod: Pod = {
  metadata: { name: "web", namespace: "default", annotations: { note: "a\nb" } },
  spec: {
    containers: [{ name: "web", image: "nginx", ports: [{ containerPort: 80, protocol: "TCP" }, { containerPort: 443, protocol: "TCP" }] }],
    nodeSelector: { disktype: "ssd" },
    volumes: [{ name: "data", emptyDir: {} }, { name: "host", hostPath: { path: "/srv" } }],
  },
  status: { phase: "Pending", qosClass: "BestEffort", conditions: [{ type: "PodScheduled", status: "False" }] },
};

const pendingDescribe = `Name:         web
Namespace:    default
Node:         <none>
Labels:       <none>
Annotations:  note:
                a
                b
Status:       Pending
IP:           
IPs:          <none>
Containers:
  web:
    Image:        nginx
    Ports:        80/TCP, 443/TCP
    Host Ports:   0/TCP, 0/TCP
    Environment:  <none>
    Mounts:       <none>
Conditions:
  Type           Status
  PodScheduled   False 
Volumes:
  data:
    Type:       EmptyDir (a temporary directory that shares a pod's lifetime)
    Medium:     
    SizeLimit:  <unset>
  host:
    Type:          HostPath (bare host directory volume)
    Path:          /srv
    HostPathType:  <none>
QoS Class:         BestEffort
Node-Selectors:    disktype=ssd
Tolerations:       <none>
Events:            <none>
`;

describe("describePod", () => {
  const cases: { name: string; pod: Pod; events: typeof runningNginx.events; now: number; text: string }[] = [
    { name: "a running pod with defaults from admission", pod: runningNginx.pod as Pod, events: runningNginx.events, now: 135, text: nginxDescribe },
    { name: "an unscheduled pod: no status, no events, tab-less lines break alignment", pod: pendingPod, events: [], now: 10, text: pendingDescribe },
  ];
  it.each(cases)("$name", ({ pod, events, now, text }) => expect(describePod(pod, events, now)).toBe(text));

  it("shows container state history: Last State, waiting reason, restart count", () => {
    const pod: Pod = {
      metadata: { name: "crash", namespace: "default" },
      spec: { containers: [{ name: "app", image: "busybox:1.36", command: ["sh", "-c", "exit 1"] }] },
      status: {
        phase: "Running",
        containerStatuses: [{
          name: "app", image: "busybox:1.36", imageID: "", containerID: "containerd://9", ready: false, restartCount: 3,
          state: { waiting: { reason: "CrashLoopBackOff" } },
          lastState: { terminated: { exitCode: 1, reason: "Error", startedAt: "2024-01-01T00:00:31Z", finishedAt: "2024-01-01T00:00:31Z" } },
        }],
      },
    };
    const text = describePod(pod, [], 60);
    expect(text).toContain(`    Command:
      sh
      -c
      exit 1
    State:          Waiting
      Reason:       CrashLoopBackOff
    Last State:     Terminated
      Reason:       Error
      Exit Code:    1
      Started:      Mon, 01 Jan 2024 00:00:31 +0000
      Finished:     Mon, 01 Jan 2024 00:00:31 +0000
    Ready:          False
    Restart Count:  3
`);
  });
});

describe("describeEvents", () => {
  it("folds repeats into (xN over T) and sorts by last occurrence", () => {
    expect(describeEvents(crashLoop.events, 90)).toBe(`Events:
  Type     Reason     Age                From               Message
  ----     ------     ----               ----               -------
  Normal   Scheduled  90s                default-scheduler  Successfully assigned default/crash to node-1
  Warning  BackOff    59s (x3 over 89s)  kubelet            Back-off restarting failed container app in pod crash_default(0d3c5a6e-1f2b-4c3d-8e9f-a0b1c2d3e4f5)
  Normal   Pulled     19s (x4 over 89s)  kubelet            Container image "busybox:1.36" already present on machine
  Normal   Created    19s (x4 over 89s)  kubelet            Created container app
  Normal   Started    19s (x4 over 89s)  kubelet            Started container app
`);
  });

  it("keeps different messages apart and trims them", () => {
    const events = [
      { time: 0, type: "Warning" as const, reason: "FailedScheduling", object: "pod/web", message: " 0/1 nodes are available. " },
      { time: 5, type: "Warning" as const, reason: "Unhealthy", object: "spec.containers{web}", message: "Readiness probe failed: a" },
      { time: 6, type: "Warning" as const, reason: "Unhealthy", object: "spec.containers{web}", message: "Readiness probe failed: b" },
    ];
    expect(describeEvents(events, 10).split("\n").slice(3, 6)).toEqual([
      "  Warning  FailedScheduling  10s   default-scheduler  0/1 nodes are available.",
      "  Warning  Unhealthy         5s    kubelet            Readiness probe failed: a",
      "  Warning  Unhealthy         4s    kubelet            Readiness probe failed: b",
    ]);
  });
});

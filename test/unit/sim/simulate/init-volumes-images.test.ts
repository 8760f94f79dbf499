// Layer 5: init containers (§5), volumes (§4.4, §13, §14), images (§4.2), --exec, /etc/hosts
// (§11) and node failure (§16).
import { describe, expect, it } from "vitest";
import { eventTuples, nodeCluster, run, snapshotAt, snapshotTuples } from "./harness.ts";
import { javaweb, projected, projectedSecrets, simplePod } from "./pods.ts";

describe("init containers: the notes' war-file example (I1, I3, I4, I7)", () => {
  const result = run(javaweb, {
    untilS: 30, execs: [{ atS: 10, container: "tomcat", command: "ls /root/apache-tomcat-7.0.42-v2/webapps" }],
  });

  it("runs war to completion before tomcat is pulled and started", () => {
    expect(eventTuples(result).map(([time, , reason, object]) => [time, reason, object])).toEqual([
      [0, "Scheduled", "pod/javaweb-2"],
      [1, "Pulling", "spec.initContainers{war}"],
      [3, "Pulled", "spec.initContainers{war}"],
      [3, "Created", "spec.initContainers{war}"],
      [3, "Started", "spec.initContainers{war}"],
      [3, "Pulling", "spec.containers{tomcat}"],
      [5, "Pulled", "spec.containers{tomcat}"],
      [5, "Created", "spec.containers{tomcat}"],
      [5, "Started", "spec.containers{tomcat}"],
    ]);
  });

  it("goes Init:0/1 → PodInitializing → Running; the init container is ready once it exited 0", () => {
    expect(snapshotTuples(result).slice(1)).toEqual([
      [0, "Pending", "Init:0/1", "0/1", 0],
      [1, "Pending", "Init:0/1", "0/1", 0],
      [3, "Pending", "PodInitializing", "0/1", 0],
      [5, "Running", "Running", "1/1", 0],
    ]);
    expect(snapshotAt(result, 1).conditions.Initialized).toBe("False");
    expect(snapshotAt(result, 3).initContainers[0]).toMatchObject({ name: "war", state: "terminated", reason: "Completed", exitCode: 0, ready: true });
    expect(result.execs[0]!.stdout).toBe("sample.war\n");
  });
});

describe("a failing init container (I2)", () => {
  const pod = (policy: string) => `apiVersion: v1
kind: Pod
metadata:
  name: initfail
spec:
  restartPolicy: ${policy}
  initContainers:
  - name: setup
    image: busybox:1.36
    command: ["sh", "-c", "exit 3"]
  containers:
  - name: app
    image: busybox:1.36
    command: ["sleep", "3600"]
`;

  it("Never: the pod fails at once, Init:Error; the app never starts", () => {
    const result = run(pod("Never"), { untilS: 30 });
    expect(result.snapshots.at(-1)).toMatchObject({ time: 3, phase: "Failed", status: "Init:Error", containers: [{ state: "waiting", reason: "PodInitializing" }] });
    expect(eventTuples(result, ["Started"]).map(([, , , object]) => object)).toEqual(["spec.initContainers{setup}"]);
  });

  it("OnFailure: restarted with back-off, Init:Error then Init:CrashLoopBackOff, Pending", () => {
    const result = run(pod("OnFailure"), { untilS: 30 });
    expect(eventTuples(result, ["Started"]).map(([time]) => time)).toEqual([3, 3, 13]);
    expect(snapshotTuples(result).filter(([time]) => time === 13)).toEqual([
      [13, "Pending", "Init:Error", "0/1", 2],
      [13, "Pending", "Init:CrashLoopBackOff", "0/1", 2],
    ]);
  });
});

describe("projected volume (§13, K19, K20)", () => {
  it("missing secrets: FailedMount at 0, 0.5, 1.5, 3.5, … with both errors; no sandbox, ContainerCreating", () => {
    const result = run(projected, { untilS: 100 });
    const message = 'MountVolume.SetUp failed for volume "all-in-one" : [secret "user" not found, secret "pass" not found]';
    expect(eventTuples(result, ["FailedMount"])).toEqual(
      [0, 0.5, 1.5, 3.5, 7.5, 15.5, 31.5, 63.5].map((time) => [time, "Warning", "FailedMount", "pod/test-projected-volume", message]),
    );
    expect(result.snapshots.at(-1)).toMatchObject({ phase: "Pending", status: "ContainerCreating", podIP: null, conditions: { PodReadyToStartContainers: "False" } });
  });

  it("with the Secrets, both files are in one read-only directory (J8, J4)", () => {
    const result = run(projected, {
      untilS: 20, cluster: projectedSecrets,
      execs: [{ atS: 10, container: "test-projected-volume", command: "ls /projected-volume; cat /projected-volume/username.txt; echo; touch /projected-volume/x" }],
    });
    expect(result.execs[0]).toMatchObject({ stdout: "password.txt\nusername.txt\nadmin\n", exitCode: 1 });
    expect(result.execs[0]!.stderr).toContain("Read-only file system");
  });

  it("a configMap volume with a missing key names it (J2)", () => {
    const cluster = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  a: x\n";
    const pod = simplePod("cm", { command: "sleep 3600", spec: "  volumes:\n  - name: c\n    configMap:\n      name: cfg\n      items:\n      - key: b\n        path: b\n" });
    const result = run(pod, { untilS: 1, cluster });
    expect(eventTuples(result, ["FailedMount"])[0]![4]).toBe('MountVolume.SetUp failed for volume "c" : configmap references non-existent config key: b');
  });
});

describe("images (§4.2 K6–K10)", () => {
  it("a tag that does not exist: ErrImagePull then ImagePullBackOff, retried after 10, 20, 40 s", () => {
    const result = run(simplePod("bad", { image: "nginx:nope" }), { untilS: 80 });
    const error = 'rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:nope": failed to resolve reference "docker.io/library/nginx:nope": docker.io/library/nginx:nope: not found';
    expect(eventTuples(result).filter(([time]) => time === 1)).toEqual([
      [1, "Normal", "Pulling", "spec.containers{app}", 'Pulling image "nginx:nope"'],
      [1, "Warning", "Failed", "spec.containers{app}", `Failed to pull image "nginx:nope": ${error}`],
      [1, "Warning", "Failed", "spec.containers{app}", "Error: ErrImagePull"],
      [1, "Normal", "BackOff", "spec.containers{app}", 'Back-off pulling image "nginx:nope"'],
      [1, "Warning", "Failed", "spec.containers{app}", "Error: ImagePullBackOff"],
    ]);
    expect(eventTuples(result, ["Pulling"]).map(([time]) => time)).toEqual([1, 11, 31, 71]);
    expect(snapshotTuples(result).filter(([time]) => time === 11).map(([, , status]) => status)).toEqual(["ErrImagePull", "ImagePullBackOff"]);
  });

  it("imagePullPolicy Never with the image absent: ErrImageNeverPull", () => {
    const result = run(simplePod("never", { command: "true", container: "    imagePullPolicy: Never\n" }), { untilS: 5 });
    expect(eventTuples(result, ["ErrImageNeverPull", "Failed"]).map(([, type, reason, , message]) => [type, reason, message])).toEqual([
      ["Warning", "ErrImageNeverPull", 'Container image "busybox:1.36" is not present with pull policy of Never'],
      ["Warning", "Failed", "Error: ErrImageNeverPull"],
    ]);
    expect(result.snapshots.at(-1)!.status).toBe("ErrImageNeverPull");
  });

  it("IfNotPresent reuses the image on restart: Pulled already present (K6)", () => {
    const result = run(simplePod("crash", { command: "exit 1" }), { untilS: 5 });
    expect(eventTuples(result, ["Pulled"]).map(([, , , , message]) => message)[1]).toBe('Container image "busybox:1.36" already present on machine');
  });
});

describe("CreateContainerConfigError (K14)", () => {
  it("a missing secret in env: one Failed event, waiting reason, retried", () => {
    const pod = simplePod("env", { command: "sleep 3600", container: "    env:\n    - name: PASSWORD\n      valueFrom:\n        secretKeyRef:\n          name: db\n          key: password\n" });
    const result = run(pod, { untilS: 30 });
    expect(eventTuples(result, ["Failed"])).toEqual([[3, "Warning", "Failed", "spec.containers{app}", 'Error: secret "db" not found']]);
    expect(result.snapshots.at(-1)).toMatchObject({ status: "CreateContainerConfigError", phase: "Pending" });
  });
});

describe("--exec (simulate-contract.md)", () => {
  it.each([
    { name: "before the container runs", atS: 2, container: "app", want: { exitCode: 1, stderr: 'error: unable to upgrade connection: container not found ("app")\n' } },
    { name: "a container the pod does not have", atS: 5, container: "nope", want: { exitCode: 1, stderr: "Error from server (BadRequest): container nope is not valid for pod ex\n" } },
    { name: "a command that fails", atS: 5, container: "app", command: "echo out; echo err >&2; exit 4", want: { exitCode: 4, stdout: "out\n", stderr: "err\n" } },
    { name: "environment from $(VAR) expansion and the Downward API", atS: 5, container: "app", command: "echo $GREETING $POD_NAME", want: { exitCode: 0, stdout: "hello ex\n" } },
  ])("$name", ({ atS, container, command, want }) => {
    const pod = simplePod("ex", {
      command: "sleep 3600",
      container: "    env:\n    - name: WHO\n      value: hello\n    - name: GREETING\n      value: $(WHO)\n    - name: POD_NAME\n      valueFrom:\n        fieldRef:\n          fieldPath: metadata.name\n",
    });
    const result = run(pod, { untilS: 10, execs: [{ atS, container, command: command ?? "true" }] });
    expect(result.execs[0]).toMatchObject({ time: atS, container, ...want });
  });
});

describe("/etc/hosts with hostAliases (§11 H2, H3, H5)", () => {
  it("is the kubelet-managed file with the HostAliases section", () => {
    const pod = simplePod("two-containers", {
      command: "sleep 3600",
      spec: '  hostAliases:\n  - ip: "1.1.1.1"\n    hostnames:\n    - "foo.remote"\n    - "bar.remote"\n',
    });
    const result = run(pod, { untilS: 10, execs: [{ atS: 5, container: "app", command: "cat /etc/hosts" }] });
    expect(result.execs[0]!.stdout).toBe([
      "# Kubernetes-managed hosts file.",
      "127.0.0.1\tlocalhost",
      "::1\tlocalhost ip6-localhost ip6-loopback",
      "fe00::0\tip6-localnet",
      "fe00::0\tip6-mcastprefix",
      "fe00::1\tip6-allnodes",
      "fe00::2\tip6-allrouters",
      "10.244.0.5\ttwo-containers",
      "",
      "# Entries added by HostAliases.",
      "1.1.1.1\tfoo.remote\tbar.remote",
      "",
    ].join("\n"));
  });
});

describe("node failure (§16 F3, F4, F6)", () => {
  const cluster = nodeCluster('  annotations:\n    podlab.dev/not-ready-at: "60s"\n');
  const result = run(simplePod("web", { command: "sleep 3600" }), { untilS: 500, cluster });

  it("NodeNotReady at T+40 s, TaintManagerEviction at T+340 s", () => {
    expect(eventTuples(result, ["NodeNotReady", "TaintManagerEviction"])).toEqual([
      [100, "Warning", "NodeNotReady", "pod/web", "Node is not ready"],
      [400, "Normal", "TaintManagerEviction", "pod/web", "Marking for deletion Pod default/web"],
    ]);
  });

  it("only the pod's Ready condition changes, then it stays Terminating", () => {
    expect(snapshotAt(result, 100)).toMatchObject({ phase: "Running", status: "Running", ready: "1/1", conditions: { Ready: "False", ContainersReady: "True" } });
    expect(result.snapshots.at(-1)).toMatchObject({ time: 400, status: "Terminating", conditions: { DisruptionTarget: "True" } });
  });
});

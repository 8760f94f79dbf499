import { describe, expect, it } from "vitest";
import { commandLine, ContainerRuntime, type Sandbox } from "../../../../worker/sim/runtime/container-runtime.ts";
import { findImage } from "../../../../worker/sim/runtime/images/catalog.ts";
import type { ContainerSpec } from "../../../../worker/sim/runtime/runtime-types.ts";
import { execArgv, makePod, run } from "./harness.ts";

/** The head of a kubelet probe request with no httpHeaders (see kubelet/prober/probe-request.ts). */
const probeHead = { host: "10.244.0.5", headers: [["User-Agent", "kube-probe/1.31"]] as [string, string][] };

const hosts = "# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n10.244.0.5\tweb\n\n# Entries added by HostAliases.\n1.1.1.1\tfoo.remote\tbar.remote\n";

function twoContainers(rt: ContainerRuntime, sandbox: Sandbox, specs: Partial<ContainerSpec>[]) {
  return specs.map((partial, index) => {
    const container = rt.createContainer(sandbox, {
      name: `c${index}`, image: "busybox", command: undefined, args: undefined, env: [], workingDir: undefined, mounts: [], ...partial,
    });
    if ("code" in container) throw new Error(container.message);
    rt.start(container);
    return container;
  });
}

describe("volumes and mounts", () => {
  it.each([
    {
      name: "emptyDir is shared between containers",
      steps: ["echo Hello > /pod-data/index.html", "cat /shared/index.html"],
      want: { out: "Hello\n", err: "", code: 0 },
    },
    {
      name: "read-only mount refuses writes",
      steps: ["true", "echo x > /ro/f"],
      want: { out: "", err: "sh: can't create /ro/f: Read-only file system\n", code: 1 },
    },
    {
      name: "touch on a read-only mount",
      steps: ["true", "touch /ro/f"],
      want: { out: "", err: "touch: /ro/f: Read-only file system\n", code: 1 },
    },
    {
      name: "files volume (configMap) is readable",
      steps: ["true", "cat /config/app.conf"],
      want: { out: "debug=true\n", err: "", code: 0 },
    },
  ])("$name", ({ steps, want }) => {
    const rt = new ContainerRuntime();
    const sandbox = rt.createSandbox({ podIp: "10.244.0.5", hostname: "web", shareProcessNamespace: false, etcHosts: undefined });
    rt.addVolume(sandbox, "data", { kind: "emptyDir" });
    rt.addVolume(sandbox, "config", { kind: "files", files: [{ path: "app.conf", data: "debug=true\n", mode: 0o644 }] });
    const [writer, reader] = twoContainers(rt, sandbox, [
      { command: ["sleep", "3600"], mounts: [{ volume: "data", mountPath: "/pod-data", isReadOnly: false, subPath: "" }] },
      {
        command: ["sleep", "3600"],
        mounts: [
          { volume: "data", mountPath: "/shared", isReadOnly: false, subPath: "" },
          { volume: "data", mountPath: "/ro", isReadOnly: true, subPath: "" },
          { volume: "config", mountPath: "/config", isReadOnly: true, subPath: "" },
        ],
      },
    ]);
    execArgv({ rt, sandbox, container: writer! }, ["sh", "-c", steps[0]!]);
    const result = execArgv({ rt, sandbox, container: reader! }, ["sh", "-c", steps[1]!]);
    expect({ out: result.stdout, err: result.stderr, code: result.exitCode }).toEqual(want);
  });

  it("emptyDir survives a container restart; the container's own files do not", () => {
    const rt = new ContainerRuntime();
    const sandbox = rt.createSandbox({ podIp: "10.244.0.5", hostname: "web", shareProcessNamespace: false, etcHosts: undefined });
    rt.addVolume(sandbox, "data", { kind: "emptyDir" });
    const spec = { command: ["sleep", "3600"], mounts: [{ volume: "data", mountPath: "/data", isReadOnly: false, subPath: "" }] };
    const [first] = twoContainers(rt, sandbox, [spec]);
    execArgv({ rt, sandbox, container: first! }, ["sh", "-c", "echo kept > /data/f; echo lost > /tmp/f"]);
    rt.signal(first!, "KILL");
    const [second] = twoContainers(rt, sandbox, [spec]);
    const result = execArgv({ rt, sandbox, container: second! }, ["sh", "-c", "cat /data/f; cat /tmp/f"]);
    expect([result.stdout, result.stderr]).toEqual(["kept\n", "cat: can't open '/tmp/f': No such file or directory\n"]);
  });

  it.each([
    { name: "Directory type on a missing path", type: "Directory" as const, want: "hostPath type check failed: /data is not a directory" },
    { name: "DirectoryOrCreate creates it", type: "DirectoryOrCreate" as const, want: undefined },
  ])("hostPath: $name", ({ type, want }) => {
    const rt = new ContainerRuntime();
    const sandbox = rt.createSandbox({ podIp: "10.244.0.5", hostname: "web", shareProcessNamespace: false, etcHosts: undefined });
    expect(rt.addVolume(sandbox, "host", { kind: "hostPath", path: "/data", type })?.message).toBe(want);
  });

  it("/etc/hosts from the kubelet is mounted read-write and used for lookups", () => {
    const pod = makePod({ etcHosts: hosts });
    const result = run(pod, "cat /etc/hosts | tail -n 1; nslookup foo.remote | tail -n 3");
    expect(result.stdout).toBe("1.1.1.1\tfoo.remote\tbar.remote\nName:\tfoo.remote\nAddress: 1.1.1.1\n\n");
  });
});

describe("images", () => {
  it.each([
    { name: "docker hub short name", ref: "nginx", found: true },
    { name: "fully qualified", ref: "docker.io/library/nginx:1.27", found: true },
    { name: "k8s.gcr.io busybox", ref: "k8s.gcr.io/busybox", found: true },
    { name: "lesson tomcat", ref: "geektime/tomcat:7.0", found: true },
    { name: "lesson sample", ref: "geektime/sample:v2", found: true },
    { name: "pause", ref: "registry.k8s.io/pause:3.9", found: true },
    { name: "unknown tag", ref: "nginx:nope", found: false },
    { name: "unknown repository", ref: "nosuchimage", found: false },
  ])("$name: $ref", ({ ref, found }) => {
    expect(findImage(ref) !== undefined).toBe(found);
  });

  it.each([
    { name: "image defaults", command: undefined, args: undefined, want: ["/docker-entrypoint.sh", "nginx", "-g", "daemon off;"] },
    { name: "args replace CMD", command: undefined, args: ["nginx", "-t"], want: ["/docker-entrypoint.sh", "nginx", "-t"] },
    { name: "command replaces both", command: ["sh", "-c", "x"], args: undefined, want: ["sh", "-c", "x"] },
    { name: "an empty command is not set", command: [], args: undefined, want: ["/docker-entrypoint.sh", "nginx", "-g", "daemon off;"] },
    { name: "empty args are not set", command: undefined, args: [], want: ["/docker-entrypoint.sh", "nginx", "-g", "daemon off;"] },
    { name: "an empty command keeps ENTRYPOINT with the args", command: [], args: ["nginx", "-t"], want: ["/docker-entrypoint.sh", "nginx", "-t"] },
    { name: "command with empty args", command: ["nginx"], args: [], want: ["nginx"] },
  ])("command line: $name", ({ command, args, want }) => {
    expect(commandLine(findImage("nginx")!, { command, args })).toEqual(want);
  });

  it.each([
    { name: "init container copies the war", image: "geektime/sample:v2", script: "cp /sample.war /app && ls /app", out: "sample.war\n" },
    { name: "debian has bash and no ps", image: "debian", script: "command -v bash; command -v ps; echo $?", out: "/usr/bin/bash\n127\n" },
    { name: "nginx preStop quits nginx", image: "nginx", script: "nginx -s quit; echo $?", out: "0\n" },
  ])("$name", ({ image, script, out }) => {
    const rt = new ContainerRuntime();
    const sandbox = rt.createSandbox({ podIp: "10.244.0.5", hostname: "web", shareProcessNamespace: false, etcHosts: undefined });
    rt.addVolume(sandbox, "app", { kind: "emptyDir" });
    const [container] = twoContainers(rt, sandbox, [
      { image, command: image === "nginx" ? undefined : ["sleep", "3600"], mounts: [{ volume: "app", mountPath: "/app", isReadOnly: false, subPath: "" }] },
    ]);
    const result = execArgv({ rt, sandbox, container: container! }, ["sh", "-c", script]);
    expect(result.stdout).toBe(out);
  });
});

describe("network", () => {
  it.each([
    { name: "wget nginx from a sidecar", script: "wget -q -O - http://localhost/ | grep -c 'Welcome to nginx'", out: "2\n", err: "", code: 0 },
    { name: "wget a missing page", script: "wget -q -O - http://localhost/nope", out: "", err: "wget: server returned error: HTTP/1.1 404 Not Found\n", code: 1 },
    { name: "wget a closed port", script: "wget -q -O - http://127.0.0.1:8080/", out: "", err: "wget: can't connect to remote host (127.0.0.1): Connection refused\n", code: 1 },
    { name: "wget a bad name", script: "wget -q http://nowhere/", out: "", err: "wget: bad address 'nowhere'\n", code: 1 },
    { name: "nc -z checks a port", script: "nc -z localhost 80 && echo open; nc -z localhost 81 || echo closed", out: "open\nclosed\n", err: "", code: 0 },
    { name: "port already in use", script: "nc -l -p 80", out: "", err: "nc: bind: Address in use\n", code: 1 },
  ])("$name", ({ script, out, err, code }) => {
    const rt = new ContainerRuntime();
    const sandbox = rt.createSandbox({ podIp: "10.244.0.5", hostname: "web", shareProcessNamespace: false, etcHosts: undefined });
    const [, sidecar] = twoContainers(rt, sandbox, [
      { image: "nginx", mounts: [] },
      { command: ["sleep", "3600"], mounts: [] },
    ]);
    const result = execArgv({ rt, sandbox, container: sidecar! }, ["sh", "-c", script]);
    expect({ out: result.stdout, err: result.stderr, code: result.exitCode }).toEqual({ out, err, code });
  });

  it("a page a sidecar writes into a shared volume is served by nginx (two-containers lesson)", () => {
    const rt = new ContainerRuntime();
    const sandbox = rt.createSandbox({ podIp: "10.244.0.5", hostname: "web", shareProcessNamespace: false, etcHosts: undefined });
    rt.addVolume(sandbox, "shared-data", { kind: "emptyDir" });
    const mount = (path: string) => [{ volume: "shared-data", mountPath: path, isReadOnly: false, subPath: "" }];
    const [, debian] = twoContainers(rt, sandbox, [
      { image: "nginx", mounts: mount("/usr/share/nginx/html") },
      { image: "debian", command: ["/bin/sh"], args: ["-c", "echo Hello from the debian container > /pod-data/index.html"], mounts: mount("/pod-data") },
    ]);
    expect(rt.takeExits().map((exit) => [exit.containerId, exit.exitCode])).toEqual([[debian!.id, 0]]);
    expect(rt.httpGet(sandbox, 80, "/", "10.244.0.5", probeHead)).toEqual({ kind: "response", status: 200, body: "Hello from the debian container\n" });
  });

  it.each([
    { name: "liveness server is healthy for 10 s", atMs: 9_000, want: { kind: "response", status: 200, body: "ok" } },
    { name: "then fails", atMs: 15_000, want: { kind: "response", status: 500, body: "error: 15" } },
  ])("httpGet probe: $name", ({ atMs, want }) => {
    const pod = makePod({ image: "registry.k8s.io/liveness", args: ["/server"] });
    pod.rt.advanceTo(atMs);
    expect(pod.rt.httpGet(pod.sandbox, 8080, "/healthz", "10.244.0.5", probeHead)).toEqual(want);
  });

  it("tcpSocket probe sees tomcat only after its startup", () => {
    const pod = makePod({ image: "geektime/tomcat:7.0", command: ["sh", "-c", "/root/apache-tomcat-7.0.42-v2/bin/start.sh"] });
    const before = pod.rt.tcpConnect(pod.sandbox, 8080);
    pod.rt.advanceTo(2_000);
    expect([before, pod.rt.tcpConnect(pod.sandbox, 8080)]).toEqual(["refused", "connected"]);
  });

  it("a shell nc server answers an HTTP probe", () => {
    const pod = makePod({ command: ["sh", "-c", "while true; do printf 'HTTP/1.1 200 OK\\r\\n\\r\\nok' | nc -l -p 8080; done"] });
    expect(pod.rt.httpGet(pod.sandbox, 8080, "/", "10.244.0.5", probeHead)).toEqual({ kind: "response", status: 200, body: "ok" });
    pod.rt.advanceTo(pod.rt.nowMs);
    expect(pod.rt.httpGet(pod.sandbox, 8080, "/", "10.244.0.5", probeHead)).toEqual({ kind: "response", status: 200, body: "ok" });
  });
});

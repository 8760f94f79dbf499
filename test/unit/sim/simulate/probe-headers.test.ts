// httpGet probe headers on the wire (kubelet-semantics.md P2; pkg/probe/http/request.go): a shell
// server built on `nc -l` appends every request it receives to a file the test reads back.
import { describe, expect, it } from "vitest";
import { run } from "./harness.ts";

const capturePod = (headers: string) => `apiVersion: v1
kind: Pod
metadata:
  name: headers
spec:
  containers:
  - name: web
    image: busybox:1.36
    command:
    - sh
    - -c
    - while true; do printf 'HTTP/1.1 200 OK\\r\\n\\r\\nok' | nc -l -p 8080 >> /tmp/requests; done
    readinessProbe:
      httpGet:
        path: /healthz
        port: 8080
${headers}      periodSeconds: 5
`;

describe("what the server receives from a readiness probe", () => {
  it.each([
    {
      name: "no httpHeaders: Host is the pod IP and port, the kubelet's User-Agent and Accept",
      headers: "",
      request: "GET /healthz HTTP/1.1\r\nHost: 10.244.0.5:8080\r\nUser-Agent: kube-probe/1.31\r\nAccept: */*\r\nConnection: close\r\n\r\n",
    },
    {
      name: "the learner's headers, a Host among them",
      headers: "        httpHeaders:\n        - name: Custom-Header\n          value: Awesome\n        - name: host\n          value: www.example.com\n",
      request: "GET /healthz HTTP/1.1\r\nHost: www.example.com\r\nUser-Agent: kube-probe/1.31\r\nAccept: */*\r\nCustom-Header: Awesome\r\nConnection: close\r\n\r\n",
    },
  ])("$name", ({ headers, request }) => {
    // P7: readiness runs once when the container starts at 3 s; the next tick is at 5 s.
    const result = run(capturePod(headers), { untilS: 12, execs: [{ atS: 4, container: "web", command: "cat /tmp/requests" }, { atS: 6, container: "web", command: "cat /tmp/requests" }] });
    expect(result.execs.map((exec) => exec.stdout)).toEqual([request, request + request]);
    expect(result.snapshots.at(-1)).toMatchObject({ status: "Running", ready: "1/1" });
  });
});

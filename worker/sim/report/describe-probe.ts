// One probe as kubectl describe prints it (describe.go, DescribeProbe).
import type { Probe } from "kubernetes-types/core/v1";

/** `http-get http://:8080/healthz delay=0s timeout=1s period=10s #success=1 #failure=3` and kin. Pure. */
export function describeProbe(probe: Probe): string {
  const attrs = `delay=${probe.initialDelaySeconds ?? 0}s timeout=${probe.timeoutSeconds ?? 0}s period=${probe.periodSeconds ?? 0}s #success=${probe.successThreshold ?? 0} #failure=${probe.failureThreshold ?? 0}`;
  if (probe.exec) return `exec [${(probe.exec.command ?? []).join(" ")}] ${attrs}`;
  if (probe.httpGet) return `http-get ${httpGetUrl(probe.httpGet.scheme ?? "", probe.httpGet.host ?? "", String(probe.httpGet.port), probe.httpGet.path ?? "")} ${attrs}`;
  if (probe.tcpSocket) return `tcp-socket ${probe.tcpSocket.host ?? ""}:${String(probe.tcpSocket.port)} ${attrs}`;
  if (probe.grpc) return `grpc <pod>:${probe.grpc.port} ${probe.grpc.service ?? ""} ${attrs}`;
  return `unknown ${attrs}`;
}

/** Go's url.URL{Scheme, Host: JoinHostPort(host, port), Path}.String(). */
function httpGetUrl(scheme: string, host: string, port: string, path: string): string {
  const hostPort = port === "" ? host : `${host.includes(":") ? `[${host}]` : host}:${port}`;
  const slash = path !== "" && !path.startsWith("/") ? "/" : "";
  return `${scheme.toLowerCase()}://${hostPort}${slash}${path}`;
}

// The HTTP request of an httpGet probe or hook as it goes on the wire (kubernetes
// pkg/probe/http/request.go newProbeRequest, with Go's net/http Request.write): spec httpHeaders
// are added under their canonical names (http.Header.Add); User-Agent defaults to
// `kube-probe/1.31` (`kube-lifecycle/1.31` for hooks) and Accept to `*/*` unless given (an empty
// Accept removes it); a Host header replaces the request's Host, which is otherwise the URL's
// host:port. Go writes User-Agent right after Host (omitted when empty), the rest sorted by name,
// then the transport's `Connection: close` (the prober disables keep-alives and compression, so
// there is no Accept-Encoding).

/** The kubelet's version as its user agent prints it (the baseline, kubelet-semantics.md). */
const kubeletMinorVersion = "1.31";

/** A request's Host line and its other header lines, in wire order. */
export interface WireRequest {
  host: string;
  headers: [string, string][];
}

/** Go's CanonicalMIMEHeaderKey for a valid header name: `custom-header` → `Custom-Header`. Pure. */
export function canonicalHeaderName(name: string): string {
  return name.toLowerCase().replace(/(^|-)([a-z])/g, (_match, dash: string, letter: string) => dash + letter.toUpperCase());
}

/** The wire request for `httpHeaders` sent to `host:port` by a probe or a lifecycle hook. Pure. */
export function probeRequest(httpHeaders: readonly { name: string; value: string }[], purpose: "probe" | "lifecycle", host: string, port: number): WireRequest {
  const byName = new Map<string, string[]>();
  for (const header of httpHeaders) {
    const name = canonicalHeaderName(header.name);
    byName.set(name, [...(byName.get(name) ?? []), header.value]);
  }
  if (!byName.has("User-Agent")) byName.set("User-Agent", [`kube-${purpose}/${kubeletMinorVersion}`]);
  if (!byName.has("Accept")) byName.set("Accept", ["*/*"]);
  else if (byName.get("Accept")![0] === "") byName.delete("Accept");
  const hostHeader = byName.get("Host")?.[0] ?? "";
  const userAgent = byName.get("User-Agent")![0]!.trim();
  const headers: [string, string][] = userAgent === "" ? [] : [["User-Agent", userAgent]];
  const rest = [...byName.keys()].filter((name) => name !== "Host" && name !== "User-Agent").sort();
  for (const name of rest) for (const value of byName.get(name)!) headers.push([name, value.trim()]);
  const wantsClose = (byName.get("Connection") ?? []).some((value) => /(^|,)\s*close\s*(,|$)/i.test(value));
  if (!wantsClose) headers.push(["Connection", "close"]);
  return { host: hostHeader === "" ? `${host.includes(":") ? `[${host}]` : host}:${port}` : hostHeader, headers };
}

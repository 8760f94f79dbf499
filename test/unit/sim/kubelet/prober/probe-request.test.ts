// The wire request of an httpGet probe or hook (pkg/probe/http/request.go newProbeRequest and Go's
// net/http Request.write; kubelet-semantics.md P2).
import { describe, expect, it } from "vitest";
import { canonicalHeaderName, probeRequest } from "../../../../../worker/sim/kubelet/prober/probe-request.ts";

const defaults: [string, string][] = [["User-Agent", "kube-probe/1.31"], ["Accept", "*/*"], ["Connection", "close"]];

describe("probeRequest", () => {
  it.each([
    { name: "no httpHeaders: the kubelet's defaults", headers: [], host: "10.244.0.5:8080", lines: defaults },
    {
      name: "the task page's Custom-Header, sorted among the rest",
      headers: [{ name: "Custom-Header", value: "Awesome" }], host: "10.244.0.5:8080",
      lines: [["User-Agent", "kube-probe/1.31"], ["Accept", "*/*"], ["Custom-Header", "Awesome"], ["Connection", "close"]],
    },
    {
      name: "a user agent of the learner's, any case",
      headers: [{ name: "user-agent", value: "my-checker" }], host: "10.244.0.5:8080",
      lines: [["User-Agent", "my-checker"], ["Accept", "*/*"], ["Connection", "close"]],
    },
    { name: "an empty User-Agent is not sent", headers: [{ name: "User-Agent", value: "" }], host: "10.244.0.5:8080", lines: defaults.slice(1) },
    { name: "an empty Accept removes it", headers: [{ name: "Accept", value: "" }], host: "10.244.0.5:8080", lines: [defaults[0]!, defaults[2]!] },
    { name: "Host replaces the request's host", headers: [{ name: "Host", value: "www.example.com" }], host: "www.example.com", lines: defaults },
    {
      name: "a repeated name keeps both values in order",
      headers: [{ name: "X-B", value: "2" }, { name: "x-a", value: "1" }, { name: "X-B", value: "3" }], host: "10.244.0.5:8080",
      lines: [["User-Agent", "kube-probe/1.31"], ["Accept", "*/*"], ["X-A", "1"], ["X-B", "2"], ["X-B", "3"], ["Connection", "close"]],
    },
    {
      name: "the learner's Connection: close is the only one",
      headers: [{ name: "Connection", value: "close" }], host: "10.244.0.5:8080",
      lines: [["User-Agent", "kube-probe/1.31"], ["Accept", "*/*"], ["Connection", "close"]],
    },
  ])("$name", ({ headers, host, lines }) => {
    expect(probeRequest(headers, "probe", "10.244.0.5", 8080)).toEqual({ host, headers: lines });
  });

  it("hooks say kube-lifecycle", () => {
    expect(probeRequest([], "lifecycle", "10.244.0.5", 80).headers[0]).toEqual(["User-Agent", "kube-lifecycle/1.31"]);
  });

  it.each([["custom-header", "Custom-Header"], ["X-FORWARDED-FOR", "X-Forwarded-For"], ["etag", "Etag"], ["a-1b", "A-1b"]])("%s → %s", (name, want) => {
    expect(canonicalHeaderName(name)).toBe(want);
  });
});

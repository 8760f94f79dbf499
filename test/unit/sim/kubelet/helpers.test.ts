// Small kubelet helpers, each against the rule it implements.
import { describe, expect, it } from "vitest";
import { isInBackOffSince, nextBackOff, type BackOffEntry } from "../../../../worker/sim/kubelet/backoff.ts";
import { defaultPullPolicy } from "../../../../worker/sim/kubelet/effective-spec.ts";
import { goDuration } from "../../../../worker/sim/kubelet/go-duration.ts";
import { normalizeImage } from "../../../../worker/sim/kubelet/images/image-ref.ts";
import { invalidImageNameMessage } from "../../../../worker/sim/kubelet/images/parse-image-name.ts";
import { expand } from "../../../../worker/sim/kubelet/container-spec.ts";

describe("goDuration (§0.3)", () => {
  it.each([
    [0, "0s"], [523, "523ms"], [1500, "1.5s"], [10_000, "10s"], [80_000, "1m20s"], [160_000, "2m40s"], [300_000, "5m0s"], [3_600_000, "1h0m0s"],
  ])("%i ms → %s", (ms, want) => {
    expect(goDuration(ms)).toBe(want);
  });
});

describe("default imagePullPolicy (§1.4)", () => {
  it.each([
    ["nginx", "Always"], ["nginx:latest", "Always"], ["nginx:1.25", "IfNotPresent"], ["nginx@sha256:abc", "IfNotPresent"], ["localhost:5000/app", "Always"],
  ])("%s → %s", (image, want) => {
    expect(defaultPullPolicy(image)).toBe(want);
  });
});

describe("image references (K8, K12)", () => {
  it.each([
    ["nginx", "docker.io/library/nginx:latest"],
    ["nginx:nope", "docker.io/library/nginx:nope"],
    ["geektime/sample:v2", "docker.io/geektime/sample:v2"],
    ["registry.k8s.io/liveness", "registry.k8s.io/liveness:latest"],
  ])("%s normalises to %s", (image, want) => {
    expect(normalizeImage(image)).toBe(want);
  });

  // ParseNormalizedNamed's errors after the kubelet's prefix (image_manager.go, pkg/util/parsers).
  it.each([
    ["nginx", undefined],
    ["registry.k8s.io/busybox:1.36", undefined],
    ["localhost:5000/app:v1", undefined],
    ["nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", undefined],
    ["nginx:Latest", undefined],
    ["Nginx", "invalid reference format: repository name must be lowercase"],
    ["geektime/Sample:v2", "invalid reference format: repository name must be lowercase"],
    ["nginx:Latest:1", "invalid reference format"],
    ["nginx:1.27 ", "invalid reference format"],
    ["nginx@sha256:abc", "invalid reference format"],
    ["-nginx", "invalid reference format"],
    ["0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "invalid repository name (0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef), cannot specify 64-byte hexadecimal strings"],
  ])("%s → %s", (image, error) => {
    const want = error === undefined ? undefined : `Failed to apply default image tag "${image}": couldn't parse image name "${image}": ${error}`;
    expect(invalidImageNameMessage(image)).toBe(want);
  });
});

describe("crash back-off entries (R2, client-go flowcontrol)", () => {
  const entry = (delayMs: number, lastUpdateMs: number): BackOffEntry => ({ delayMs, lastUpdateMs });
  it.each([
    { name: "no entry: not in back-off", entry: undefined, eventMs: 0, nowMs: 0, inBackOff: false, next: 10_000 },
    { name: "within the delay since the exit", entry: entry(10_000, 0), eventMs: 5_000, nowMs: 8_000, inBackOff: true, next: 20_000 },
    { name: "the delay has passed", entry: entry(10_000, 0), eventMs: 5_000, nowMs: 15_000, inBackOff: false, next: 20_000 },
    { name: "capped at 300 s", entry: entry(300_000, 0), eventMs: 1_000, nowMs: 1_000, inBackOff: true, next: 300_000 },
    { name: "forgotten after 2 × max (ran > 10 min)", entry: entry(160_000, 0), eventMs: 600_001, nowMs: 600_001, inBackOff: false, next: 10_000 },
  ])("$name", ({ entry: current, eventMs, nowMs, inBackOff, next }) => {
    expect(isInBackOffSince(current, eventMs, nowMs)).toBe(inBackOff);
    expect(nextBackOff(current, eventMs, nowMs).delayMs).toBe(next);
  });
});

describe("$(VAR) expansion", () => {
  const vars = new Map([["A", "x"], ["B", "y"]]);
  it.each([["$(A)-$(B)", "x-y"], ["$$(A)", "$(A)"], ["$(C)", "$(C)"], ["plain", "plain"]])("%s → %s", (text, want) => {
    expect(expand(text, vars)).toBe(want);
  });
});

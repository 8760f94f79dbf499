// Every check message the grader can give, in both languages: the English words are the grader's
// own `message` (so the site and `podlab grade` say the same), the Chinese are Chinese with the
// Kubernetes words kept, and a verdict without `messageData` (stored before it existed) or with an
// unknown key shows its English `message`.
import { describe, expect, it } from "vitest";
import { checkMessageText } from "../../../../app/exercises/[id]/check-messages/check-message-text.ts";
import { checkMessagesZh } from "../../../../app/exercises/[id]/check-messages/check-message-zh.ts";
import { checkAssertion } from "../../../../worker/grader/assertions/check-assertion.ts";
import type { Assertion } from "../../../../worker/grader/exercise/exercise-schema.ts";
import type { SimResult } from "../../../../worker/sim/sim-result.ts";
import { livenessTrace, rejectedTrace } from "../../grader/trace-fixture.ts";

const obj = "spec.containers{liveness}";
const notStoredTrace: SimResult = { ...livenessTrace, pod: null };
const documentErrorTrace: SimResult = { ...rejectedTrace, errors: [{ ...rejectedTrace.errors[0]!, field: "" }] };
const initTrace: SimResult = {
  ...livenessTrace,
  snapshots: livenessTrace.snapshots.map((s) => ({ ...s, initContainers: [{ ...s.containers[0]!, name: "setup", state: "terminated", reason: "Completed", exitCode: 0 }] })),
};

/** One case per outcome of every assertion kind, with words the Chinese must hold. */
const cases: { name: string; trace?: SimResult; assertion: Assertion; zh: string }[] = [
  { name: "admitted", assertion: { kind: "admitted" }, zh: "API Server 接受了这个 Pod。" },
  { name: "not admitted", trace: rejectedTrace, assertion: { kind: "admitted" }, zh: "API Server 拒绝了这个 Pod：spec.containers[0].image: Required value" },
  { name: "not checked, the Pod rejected", trace: rejectedTrace, assertion: { kind: "pod", at: 10_000, phase: "Running" }, zh: "未检查：API Server 拒绝了这个 Pod，什么都没有运行。" },
  { name: "rejected", trace: rejectedTrace, assertion: { kind: "rejected", field: "spec.containers[0].image" }, zh: "拒绝了这个 Pod：spec.containers[0].image" },
  { name: "not rejected", assertion: { kind: "rejected" }, zh: "预期 API Server 拒绝这个 Pod，但它接受了。" },
  { name: "rejected on another field", trace: rejectedTrace, assertion: { kind: "rejected", field: "metadata.name" }, zh: "预期 metadata.name 上有错误；实际的错误位于：spec.containers[0].image。" },
  { name: "rejected on the document", trace: documentErrorTrace, assertion: { kind: "rejected", field: "metadata.name" }, zh: "（整个文档）" },
  { name: "warnings present", assertion: { kind: "warnings" }, zh: '预期 API Server 给出至少 1 条警告；实际有 1 条：unknown field "spec.foo"（第 5 行）。' },
  { name: "warnings absent", assertion: { kind: "warnings", type: "DuplicateField", count: 0 }, zh: "恰好 0 条 DuplicateField 警告；实际没有" },
  { name: "warnings wrong", assertion: { kind: "warnings", field: "spec.bar" }, zh: "至少 1 条警告（针对 spec.bar）；实际没有。" },
  { name: "exec passed", assertion: { kind: "exec", at: 20_000, container: "liveness", exitCode: 0 }, zh: '20 秒时在 "liveness" 中运行的命令的结果符合预期。' },
  { name: "exec missing", assertion: { kind: "exec", at: 41_000, container: "liveness", exitCode: 0 }, zh: '没有 41 秒时在 "liveness" 中运行的命令的结果。' },
  {
    name: "exec failed",
    assertion: { kind: "exec", at: 40_000, container: "liveness", exitCode: 0, stdoutContains: "ok", stdoutMatches: "^ok$", stderrContains: "fine" },
    zh: "退出码为 0，实际为 1（stderr：",
  },
  { name: "pod field not stored", trace: notStoredTrace, assertion: { kind: "podField", path: "spec.hostNetwork", exists: true }, zh: "Pod 没有被保存，所以 spec.hostNetwork 没有值。" },
  { name: "pod field equal", assertion: { kind: "podField", path: "spec.containers[name=liveness].image", equals: "busybox" }, zh: 'spec.containers[name=liveness].image 为 "busybox"，符合预期。' },
  { name: "pod field unset", assertion: { kind: "podField", path: "spec.hostNetwork", exists: false }, zh: "spec.hostNetwork 未设置，符合预期。" },
  { name: "pod field must be set", assertion: { kind: "podField", path: "spec.hostNetwork", exists: true }, zh: "预期 spec.hostNetwork 已设置；实际未设置。" },
  { name: "pod field must not be set", assertion: { kind: "podField", path: "spec.restartPolicy", exists: false }, zh: '预期 spec.restartPolicy 未设置；实际为 "Always"。' },
  { name: "pod field wrong value", assertion: { kind: "podField", path: "spec.shareProcessNamespace", equals: true }, zh: "预期 spec.shareProcessNamespace 为 true；实际未设置。" },
  { name: "pod field not containing", assertion: { kind: "podField", path: "spec.restartPolicy", contains: "Never" }, zh: '包含 "Never"' },
  { name: "pod field not matching", assertion: { kind: "podField", path: "spec.restartPolicy", matches: "^N" }, zh: "匹配 /^N/" },
  { name: "pod missing", assertion: { kind: "pod", at: -1, phase: "Pending" }, zh: "-0.001 秒时 Pod 还不存在。" },
  { name: "pod state as expected", assertion: { kind: "pod", at: 10_000, phase: "Running", status: "Running", node: "node-1" }, zh: "10 秒时 Pod 的 phase 为 Running，STATUS 为 Running，NODE 为 node-1，符合预期。" },
  { name: "pod RESTARTS wrong", assertion: { kind: "pod", at: 40_000, restarts: { min: 1 }, ready: "0/1" }, zh: "预期 40 秒时 Pod 的 READY 为 0/1，实际为 1/1；RESTARTS 至少 1，实际为 0。" },
  { name: "pod condition not set", assertion: { kind: "pod", at: 0, condition: { type: "Ready", status: "True" } }, zh: "预期 0 秒时 Pod 的条件 Ready 为 True，实际为 (not set)。" },
  { name: "container as expected", assertion: { kind: "container", at: 80_000, name: "liveness", restartCount: { min: 1, max: 2 }, state: "running" }, zh: '80 秒时容器 "liveness" 的 state 为 running，restartCount 为 1，符合预期。' },
  { name: "container wrong", assertion: { kind: "container", at: 10_000, name: "liveness", exitCode: 0, started: false, reason: "Error" }, zh: "exitCode 为 0，实际为 null" },
  { name: "container restart count wrong", assertion: { kind: "container", at: 10_000, name: "liveness", restartCount: { min: 1, max: 2 } }, zh: "restartCount 1 到 2 之间，实际为 0" },
  { name: "init container as expected", trace: initTrace, assertion: { kind: "container", at: 10_000, name: "setup", init: true, reason: "Completed", exitCode: 0 }, zh: 'init 容器 "setup" 的 reason 为 Completed，exitCode 为 0' },
  { name: "container missing", assertion: { kind: "container", at: 80_000, name: "web" }, zh: '80 秒时 Pod 中没有名为 "web" 的容器（现有：liveness）。' },
  { name: "init container missing", assertion: { kind: "container", at: 80_000, name: "setup", init: true }, zh: '没有名为 "setup" 的 init 容器（现有：无）' },
  { name: "event count held", assertion: { kind: "event", reason: "Unhealthy", type: "Warning", count: 3 }, zh: "看到 3 个（第一个在 35 秒）：预期出现恰好 3 个 Warning Unhealthy 事件。" },
  { name: "event absent as expected", assertion: { kind: "event", reason: "Killing", to: 30_000, count: 0 }, zh: "看到 0 个：预期在 0 秒到 30 秒之间出现恰好 0 个 Killing 事件。" },
  { name: "event outside its window", assertion: { kind: "event", reason: "Killing", object: obj, from: 50_000 }, zh: "另有 1 个发生在这个时间段之外，第一个在 45 秒。" },
  { name: "event too many", assertion: { kind: "event", reason: "Unhealthy", count: { max: 2 } }, zh: "预期出现最多 2 个 Unhealthy 事件；实际看到 3 个。" },
  { name: "event message not matching", assertion: { kind: "event", reason: "Killing", messageContains: "readiness", messageMatches: "x" }, zh: '有 Killing 事件，但不符合条件："Container liveness failed' },
  { name: "event never happened", assertion: { kind: "event", reason: "BackOff" }, zh: "实际发生的是：Scheduled 0 秒、Pulling 1 秒、Started 3 秒、Unhealthy 35 秒" },
  { name: "event in no trace", trace: { ...livenessTrace, events: [] }, assertion: { kind: "event", reason: "BackOff" }, zh: "实际发生的是：没有任何事件。" },
  { name: "event order missing", assertion: { kind: "eventOrder", events: [{ reason: "Started" }, { reason: "PreStopHookFailed" }] }, zh: "预期出现 PreStopHookFailed 事件，但没有出现。" },
  { name: "event order wrong", assertion: { kind: "eventOrder", events: [{ reason: "Killing" }, { reason: "Started", object: obj }] }, zh: "预期 Killing 事件（45 秒）出现在 Started 事件（对象为 spec.containers{liveness}，3 秒）之前，但它出现在之后。" },
  { name: "event order held", assertion: { kind: "eventOrder", events: [{ reason: "Started" }, { reason: "Unhealthy" }, { reason: "Killing" }] }, zh: "事件按预期的顺序发生：Started → Unhealthy → Killing。" },
];

const outcomes = cases.map((c) => ({ ...c, outcome: checkAssertion(c.trace ?? livenessTrace, c.assertion) }));
const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

describe("check messages", () => {
  it.each(outcomes)("$name: the English is the grader's message", ({ outcome }) => {
    expect(checkMessageText(outcome, "en")).toBe(outcome.message);
  });

  it.each(outcomes)("$name: the Chinese is Chinese, with the Kubernetes words", ({ outcome, zh }) => {
    expect(Object.hasOwn(checkMessagesZh, outcome.messageData.key)).toBe(true);
    const text = checkMessageText(outcome, "zh");
    expect(text).not.toBe(outcome.message);
    expect(hasHan(text)).toBe(true);
    expect(text).not.toMatch(/undefined|\[object|\bNaN\b/);
    expect(text).toContain(zh);
  });

  it("has a case for every message key, and Chinese words for each", () => {
    const produced = [...new Set(outcomes.map(({ outcome }) => outcome.messageData.key))].sort();
    expect(produced).toEqual(Object.keys(checkMessagesZh).sort());
  });

  it("keeps the stored English message for an old verdict, an unknown key or broken parameters", () => {
    const message = "Saw 0: expected exactly 0 Unhealthy event.";
    expect(checkMessageText({ message }, "zh")).toBe(message);
    expect(checkMessageText({ message, messageData: { key: "fromTheFuture", params: {} } }, "zh")).toBe(message);
    expect(checkMessageText({ message, messageData: { key: "eventOrder", params: null } }, "zh")).toBe(message);
    expect(checkMessageText({ message, messageData: "eventOrder" }, "zh")).toBe(message);
  });
});

// The check messages in Chinese. Kubernetes words stay as Kubernetes writes them: event reasons,
// field paths, phases, kubectl's columns (STATUS, READY, RESTARTS) and containerStatuses fields.
import type { Count } from "@/worker/grader/exercise/exercise-schema.ts";
import type { EventPattern, EventSummary, ExecProblem, StateField, StateSubject } from "@/worker/grader/check-message.ts";
import { type CheckMessageDictionary, isCountField, quote, secondsNumber } from "./check-message-dictionary.ts";

const seconds = (ms: number) => `${secondsNumber(ms)} 秒`;

/** `恰好 2 个`, `至少 1 条`, `1 到 3 个`; without a measure word for a field's value (`至少 1`). */
function describeCount(count: Count, measure = ""): string {
  const unit = measure && ` ${measure}`;
  if (typeof count === "number") return `恰好 ${count}${unit}`;
  if (count.min !== undefined && count.max !== undefined) return `${count.min} 到 ${count.max}${unit || " 之间"}`;
  if (count.min !== undefined) return `至少 ${count.min}${unit}`;
  if (count.max !== undefined) return `最多 ${count.max}${unit}`;
  return "任意数量";
}

/**
 * Joins words with a space only between Chinese and Latin text or between two Latin words, as
 * Chinese typesetting does: `Pod 的 phase`, but `Pod 的条件`.
 */
function words(...parts: string[]): string {
  const isCjk = (char: string | undefined) => char !== undefined && /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(char);
  return parts.reduce((text, part) => (text === "" || (isCjk(text.at(-1)) && isCjk(part[0])) ? text + part : `${text} ${part}`), "");
}

/** `Killing 事件`, with what else it must match and, when given, when it happened: `（对象为 …，3 秒）`. */
function describePattern(pattern: EventPattern, atMs?: number): string {
  const conditions = [
    pattern.object && `对象为 ${pattern.object}`,
    pattern.messageContains && `消息包含 "${pattern.messageContains}"`,
    pattern.messageMatches && `消息匹配 /${pattern.messageMatches}/`,
    atMs !== undefined && seconds(atMs),
  ].filter(Boolean);
  const event = `${pattern.type ? `${pattern.type} ` : ""}${pattern.reason} 事件`;
  return conditions.length === 0 ? event : `${event}（${conditions.join("，")}）`;
}

function summarize({ events, more }: EventSummary): string {
  if (events.length === 0) return "没有任何事件";
  return `${events.map((e) => `${e.reason} ${seconds(e.atMs)}`).join("、")}${more > 0 ? `，另有 ${more} 个` : ""}`;
}

function subjectWords(subject: StateSubject): string {
  if (subject.kind === "pod") return "Pod";
  return `${subject.kind === "initContainer" ? "init 容器" : "容器"} "${subject.name}"`;
}

function fieldLabel(field: StateField): string {
  if (field.field === "condition") return `条件 ${field.condition}`;
  // The node is kubectl get -o wide's NODE column, beside STATUS, READY and RESTARTS.
  return field.field === "node" ? "NODE" : field.field;
}

/** `phase 为 Running`, or for a count `RESTARTS 至少 1`. */
function fieldExpected(field: StateField): string {
  if (isCountField(field)) return `${fieldLabel(field)} ${describeCount(field.expected)}`;
  return `${fieldLabel(field)} 为 ${field.expected}`;
}

function execProblem(problem: ExecProblem): string {
  switch (problem.kind) {
    case "exitCode":
      return `退出码为 ${problem.expected}，实际为 ${problem.seen}${problem.stderr ? `（stderr：${quote(problem.stderr)}）` : ""}`;
    case "stdoutContains":
      return `输出包含 ${quote(problem.expected)}，实际输出为 ${quote(problem.stdout)}`;
    case "stdoutMatches":
      return `输出匹配 /${problem.expected}/，实际输出为 ${quote(problem.stdout)}`;
    case "stderrContains":
      return `错误输出包含 ${quote(problem.expected)}，实际 stderr 为 ${quote(problem.stderr)}`;
  }
}

const execLabel = (container: string, atMs: number) => `${seconds(atMs)}时在 "${container}" 中运行的命令`;
const shown = (seen: string | null) => (seen === null ? "未设置" : `为 ${seen}`);

/** Chinese check messages. */
export const checkMessagesZh: CheckMessageDictionary = {
  admitted: () => "API Server 接受了这个 Pod。",
  notAdmitted: ({ errors }) => `API Server 拒绝了这个 Pod：${errors.join("；")}`,
  notCheckedRejected: () => "未检查：API Server 拒绝了这个 Pod，什么都没有运行。",
  rejected: ({ error }) => `API Server 拒绝了这个 Pod：${error}`,
  notRejected: () => "预期 API Server 拒绝这个 Pod，但它接受了。",
  rejectedElsewhere: ({ field, fields }) => `预期 ${field} 上有错误；实际的错误位于：${fields.map((f) => f || "（整个文档）").join("、")}。`,
  warnings: ({ count, type, field, seen }) => {
    const what = `${describeCount(count, "条")}${type ? ` ${type} ` : ""}警告${field === null ? "" : `（针对 ${field}）`}`;
    const list = seen.map((w) => `${w.message}${w.line === null ? "" : `（第 ${w.line} 行）`}`).join("；");
    return `预期 API Server 给出${what}；${seen.length === 0 ? "实际没有" : `实际有 ${seen.length} 条：${list}`}。`;
  },
  execMissing: ({ container, atMs }) => `没有 ${execLabel(container, atMs)}的结果。`,
  execPassed: ({ container, atMs }) => `${execLabel(container, atMs)}的结果符合预期。`,
  execFailed: ({ container, atMs, problems }) => `预期 ${execLabel(container, atMs)}${problems.map(execProblem).join("；并且")}。`,
  podNotStored: ({ path }) => `Pod 没有被保存，所以 ${path} 没有值。`,
  podField: ({ passed, path, expected, seen }) => {
    if (passed || expected === null) return `${path} ${shown(seen)}，符合预期。`;
    const words = {
      set: "已设置",
      notSet: "未设置",
      equals: `为 ${"value" in expected ? expected.value : ""}`,
      contains: `包含 ${"value" in expected ? quote(expected.value) : ""}`,
      matches: `匹配 /${"value" in expected ? expected.value : ""}/`,
    }[expected.kind];
    return `预期 ${path} ${words}；实际${shown(seen)}。`;
  },
  podMissing: ({ atMs }) => `${seconds(atMs)}时 Pod 还不存在。`,
  containerMissing: ({ atMs, subject, names }) =>
    `${seconds(atMs)}时 Pod 中没有名为 "${subject.name}" 的${subject.kind === "initContainer" ? " init 容器" : "容器"}（现有：${names.join("、") || "无"}）。`,
  state: ({ passed, atMs, subject, fields }) => {
    if (passed) return `${words(`${seconds(atMs)}时`, subjectWords(subject), "的", fields.map((f) => `${fieldLabel(f)} 为 ${f.seen}`).join("，"))}，符合预期。`;
    const details = fields.map((f) => `${fieldExpected(f)}，实际为 ${f.seen}`).join("；");
    return `${words("预期", `${seconds(atMs)}时`, subjectWords(subject), "的", details)}。`;
  },
  eventCount: ({ passed, pattern, count, fromMs, toMs, seen, firstAtMs, outside, unmatchedMessage, happened }) => {
    const window = toMs === null ? (fromMs > 0 ? `在 ${seconds(fromMs)}之后` : "") : `在 ${seconds(fromMs)}到 ${seconds(toMs)}之间`;
    const what = `${window}出现${describeCount(count, "个")} ${describePattern(pattern)}`;
    if (passed) return `看到 ${seen} 个${firstAtMs === null ? "" : `（第一个在 ${seconds(firstAtMs)}）`}：预期${what}。`;
    return [
      `预期${what}；实际看到 ${seen} 个。`,
      outside && `另有 ${outside.count} 个发生在这个时间段之外，第一个在 ${seconds(outside.firstAtMs)}。`,
      unmatchedMessage !== null && `有 ${pattern.reason} 事件，但不符合条件："${unmatchedMessage}"。`,
      happened && `实际发生的是：${summarize(happened)}。`,
    ]
      .filter(Boolean)
      .join("");
  },
  eventMissing: ({ pattern, happened }) => `预期出现 ${describePattern(pattern)}，但没有出现。实际发生的是：${summarize(happened)}。`,
  eventOrderWrong: ({ before, beforeAtMs, after, afterAtMs }) =>
    `预期 ${describePattern(before, beforeAtMs)}出现在 ${describePattern(after, afterAtMs)}之前，但它出现在之后。`,
  eventOrder: ({ reasons }) => `事件按预期的顺序发生：${reasons.join(" → ")}。`,
};

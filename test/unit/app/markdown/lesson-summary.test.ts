import { describe, expect, it } from "vitest";
import { lessonSummary } from "../../../../app/_components/markdown/lesson-summary.ts";

const cases = [
  {
    name: "the first sentence after the English label",
    markdown: "# Probes\n\n**Why it matters.** A live process is not a working one: it can hang.\nProbes ask the app.\n",
    summary: "A live process is not a working one: it can hang.",
  },
  {
    name: "the first sentence after the Chinese label, lines joined without spaces",
    markdown: "# 探针\n\n**为什么重要。** 进程还活着，不代表容器在\n正常工作。探针让 kubelet 去问应用。\n",
    summary: "进程还活着，不代表容器在正常工作。",
  },
  {
    name: "a question mark inside quotes does not end a Chinese sentence",
    markdown: '**为什么重要。** 很多疑问——"为什么？""怎么办？"——答案都一样：Pod 是一组容器。后面。\n',
    summary: '很多疑问——"为什么？""怎么办？"——答案都一样：Pod 是一组容器。',
  },
  {
    name: "inline code keeps its text",
    markdown: "**Why it matters.** `kubectl get pods` says `Running` while your app is down. More.\n",
    summary: "kubectl get pods says Running while your app is down.",
  },
  {
    name: "the first paragraph when there is no label",
    markdown: "# Title\n\nPods group containers. They share a network.\n",
    summary: "Pods group containers.",
  },
  { name: "nothing when there is no paragraph", markdown: "# Title\n", summary: "" },
];

describe("lessonSummary", () => {
  it.each(cases)("$name", ({ markdown, summary }) => {
    expect(lessonSummary(markdown)).toBe(summary);
  });
});

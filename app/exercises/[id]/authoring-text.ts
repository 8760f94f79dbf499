// The exercise page's words for authors (reference answers, broken files) and for learners who
// meet a broken exercise, in both languages. Pure, shared by the server page and its client parts.
import { byLanguage } from "@/app/_components/language/language.ts";

const en = {
  referenceTitle: "Reference answers",
  referenceLead: "Grade this exercise's solutions and known-wrong answers as the file is now, on the graders. Only instructors and admins see this.",
  run: "Run reference answers",
  running: "Grading the reference answers…",
  allAsDeclared: (count: number) => `All ${count} answers behave as the file declares.`,
  someNotAsDeclared: (bad: number, count: number) => `${bad} of ${count} answers do not behave as the file declares.`,
  solution: (number: number) => `Solution ${number}`,
  wrongAnswer: (number: number) => `Wrong answer ${number}`,
  asDeclared: "as declared",
  notAsDeclared: "not as declared",
  passesAll: "Passes every check.",
  declaredFails: (ids: string) => `Declared to fail: ${ids}.`,
  fails: (ids: string) => `Fails: ${ids}.`,
  none: "none",
  passed: "passed",
  failed: "failed",
  brokenTitle: "This exercise file is broken",
  brokenLead: "Fix the file, then reload this page. `npx podlab lessons check` lists every problem in the course.",
  unavailableTitle: "This exercise is unavailable",
  unavailableLead: "It is being repaired. Please try another exercise in the meantime.",
  backToCourse: "Back to the course",
};

/** The authoring labels of one language (same keys in both). */
export type AuthoringText = typeof en;

const zh: AuthoringText = {
  referenceTitle: "参考答案",
  referenceLead: "按文件当前的内容，在评测进程上评测本练习的参考解和已知错误答案。只有讲师和管理员能看到这一部分。",
  run: "运行参考答案",
  running: "正在评测参考答案…",
  allAsDeclared: (count: number) => `全部 ${count} 个答案都与文件的声明一致。`,
  someNotAsDeclared: (bad: number, count: number) => `${count} 个答案中有 ${bad} 个与文件的声明不符。`,
  solution: (number: number) => `参考解 ${number}`,
  wrongAnswer: (number: number) => `错误答案 ${number}`,
  asDeclared: "符合声明",
  notAsDeclared: "不符合声明",
  passesAll: "通过全部检查。",
  declaredFails: (ids: string) => `声明应失败的检查：${ids}。`,
  fails: (ids: string) => `实际失败的检查：${ids}。`,
  none: "无",
  passed: "通过",
  failed: "未通过",
  brokenTitle: "此练习文件有错误",
  brokenLead: "修正文件后重新加载本页。`npx podlab lessons check` 会列出课程中的所有问题。",
  unavailableTitle: "此练习暂不可用",
  unavailableLead: "它正在修复中。请先试试其他练习。",
  backToCourse: "返回课程",
};

/** The authoring text in a language. */
export const authoringText = byLanguage({ en, zh });

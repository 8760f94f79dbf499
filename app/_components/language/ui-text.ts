// The interface's own words (lesson text comes from lessons/*/{en,zh}.md), by language.
import { byLanguage } from "./language.ts";

const en = {
  tagline: "Kubernetes Pods, graded on behaviour",
  skipToContent: "Skip to content",
  siteNav: "Site",
  course: "Course",
  playground: "Playground",
  leaderboard: "Leaderboard",
  languageNav: "Language",
  accountNav: "Account",
  homeTitle: "Learn Kubernetes Pods by running them",
  homeLead:
    "Read a short lesson, write Pod YAML, and get a verdict in a second from a simulated API server and kubelet. No cluster needed.",
  lessonsHeading: "Lessons",
  lessonNumber: (position: number) => `Lesson ${position}`,
  exercisesOf: (title: string) => `Exercises for ${title}`,
  exercisesHeading: "Exercises",
  exercisesLead: "Try what this lesson explains: each exercise is graded by the simulator.",
  difficulty: { easy: "easy", medium: "medium", hard: "hard" },
  points: (points: number) => `${points} points`,
  contents: "On this page",
  lessonPager: "Previous and next lesson",
  previous: "Previous",
  next: "Next",
  note: "Note",
  tip: "Tip",
  simulatedExample: "Simulated example",
  clusterFile: "Cluster objects for this example",
  draft: "Draft",
};

/** The labels of one language (same keys in both). */
export type UiText = typeof en;

const zh: UiText = {
  tagline: "Kubernetes Pod，按行为评分",
  skipToContent: "跳到正文",
  siteNav: "站点",
  course: "课程",
  playground: "实验场",
  leaderboard: "排行榜",
  languageNav: "语言",
  accountNav: "账号",
  homeTitle: "动手运行，学会 Kubernetes Pod",
  homeLead: "读一节短课，写 Pod YAML，一秒内从模拟的 API server 和 kubelet 得到判定。不需要集群。",
  lessonsHeading: "课程列表",
  lessonNumber: (position: number) => `第 ${position} 课`,
  exercisesOf: (title: string) => `${title}的练习`,
  exercisesHeading: "练习",
  exercisesLead: "动手试试本课讲的内容：每道练习都由模拟器评分。",
  difficulty: { easy: "简单", medium: "中等", hard: "困难" },
  points: (points: number) => `${points} 分`,
  contents: "本页内容",
  lessonPager: "上一课与下一课",
  previous: "上一课",
  next: "下一课",
  note: "注意",
  tip: "提示",
  simulatedExample: "模拟示例",
  clusterFile: "本示例的集群对象",
  draft: "草稿",
};

/** The interface text in a language. */
export const uiText = byLanguage({ en, zh });

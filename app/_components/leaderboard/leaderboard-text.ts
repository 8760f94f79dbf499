// The leaderboard pages' own words in both languages. Pure.
import { byLanguage } from "@/app/_components/language/language.ts";

const en = {
  title: "Leaderboard",
  cohortTitle: (name: string) => `Leaderboard: ${name}`,
  boardsNav: "Boards",
  cohortsNav: "Whose points",
  everyone: "Everyone",
  allTime: "All time",
  thisWeek: "This week",
  allTimeRule:
    "Points are the sum, over exercises, of your best score times the exercise's points (a best score of 80% on a 10-point exercise gives 8 points). Of equal totals, the one reached first ranks higher.",
  weekRule: (from: string, to: string) =>
    `Points gained this week, ${from} to ${to} (UTC, Monday to Sunday): each time a best score of yours rises, the gain counts in the week it happened. The board starts empty every Monday at 00:00 UTC. Of equal totals, the one reached first ranks higher.`,
  caption: (board: string, page: number) => `${board}, page ${page}`,
  rank: "Rank",
  name: "Name",
  points: "Points",
  you: "you",
  yourRank: (rank: string, points: string) => `You are number ${rank}, with ${points} points.`,
  yourHiddenRank: (rank: string, points: string) => `You are hidden from leaderboards; you would be number ${rank}, with ${points} points.`,
  hidden: "You are hidden from leaderboards.",
  showOnProfile: "Change this on your profile",
  goToYourPage: (page: number) => `Go to your place (page ${page})`,
  noPointsYet: "You have no points on this board yet. Solve an exercise to appear here.",
  empty: "No one has points on this board yet.",
  pastTheEnd: "This page is past the end of the board.",
  firstPage: "First page",
  pagination: "Pages",
  previousPage: "Previous page",
  nextPage: "Next page",
};

/** The labels of one language (same keys in both). */
export type LeaderboardText = typeof en;

const zh: LeaderboardText = {
  title: "排行榜",
  cohortTitle: (name: string) => `排行榜：${name}`,
  boardsNav: "榜单",
  cohortsNav: "范围",
  everyone: "所有人",
  allTime: "总榜",
  thisWeek: "本周",
  allTimeRule: "积分是每道练习的最高得分乘以该练习的分值之和（10 分的练习最高得分 80%，得 8 分）。积分相同时，先达到的排名靠前。",
  weekRule: (from: string, to: string) =>
    `本周（${from} 至 ${to}，UTC，周一到周日）新得的积分：你的某道练习最高得分每提高一次，提高的部分计入当周。每周一 00:00（UTC）榜单清零。积分相同时，先达到的排名靠前。`,
  caption: (board: string, page: number) => `${board}，第 ${page} 页`,
  rank: "名次",
  name: "名字",
  points: "积分",
  you: "你",
  yourRank: (rank: string, points: string) => `你排第 ${rank} 名，积分 ${points}。`,
  yourHiddenRank: (rank: string, points: string) => `你已设置不在排行榜上显示；否则你将排第 ${rank} 名，积分 ${points}。`,
  hidden: "你已设置不在排行榜上显示。",
  showOnProfile: "在个人资料页更改",
  goToYourPage: (page: number) => `转到你所在的位置（第 ${page} 页）`,
  noPointsYet: "你在这个榜单上还没有积分。完成一道练习就会出现在这里。",
  empty: "这个榜单上还没有人得分。",
  pastTheEnd: "这一页超出了榜单的范围。",
  firstPage: "第一页",
  pagination: "分页",
  previousPage: "上一页",
  nextPage: "下一页",
};

/** The leaderboard text in a language. */
export const leaderboardText = byLanguage({ en, zh });

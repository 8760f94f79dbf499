// The account pages' own words in both languages. Pure, shared by server pages and their forms.
import type { Language } from "@/app/_components/language/language.ts";

const en = {
  signIn: "Sign in",
  signUp: "Create an account",
  signOut: "Sign out",
  profile: "Profile",
  /** The admins' link to /admin/users. */
  users: "Users",
  /** Everyone's link to /cohorts: students join and find theirs there, instructors run theirs. */
  cohorts: "Cohorts",
  account: "Account",
  changePassword: "Change password",
  signInTitle: "Sign in to PodLab",
  signInLead: "Sign in to submit exercises and keep your progress. Lessons are open to everyone.",
  signUpTitle: "Create your PodLab account",
  signUpLead: "An account keeps your submissions, verdicts and progress. Lessons are open to everyone.",
  email: "Email",
  password: "Password",
  displayName: "Display name",
  displayNameHelp: "Shown on leaderboards and to your instructors.",
  newPassword: "New password",
  currentPassword: "Current password",
  passwordHelp: (min: number) => `At least ${min} characters.`,
  signOutOthers: "Sign out my other sessions",
  noAccount: "No account yet?",
  haveAccount: "Already have an account?",
  working: "Please wait…",
  passwordChanged: "Your password is changed.",
  solved: "Exercises solved",
  points: "Points",
  streak: "Day streak",
  streakHelp: "Consecutive days (UTC) with a passing submission.",
  recentActivity: "Recent activity",
  noActivity: "No submissions yet. Pick an exercise from the course to start.",
  exercise: "Exercise",
  submitted: "Submitted",
  result: "Result",
  resultWords: { passed: "passed", notYet: "not yet", queued: "queued", running: "grading", failed: "not graded" },
  score: (score: number) => `${score}%`,
  lessonCompletion: (solved: number, total: number) => `${solved} of ${total} solved`,
  settings: "Settings",
  hideFromLeaderboards: "Hide me from leaderboards",
  save: "Save",
  saved: "Saved.",
  errors: {
    required: "Fill in this field.",
    invalidEmail: "Enter an email address such as ada@example.org.",
    invalidDisplayName: "Use 1 to 60 characters.",
    passwordTooShort: (min: number) => `Use at least ${min} characters.`,
    passwordTooLong: "Use at most 128 characters.",
    wrongCredentials: "That email and password do not match an account. Check both and try again.",
    emailTaken: "An account with this email already exists. Sign in instead.",
    wrongCurrentPassword: "The current password is not right.",
    accountLocked: (seconds: number) => `Too many wrong passwords for this account. Try again in ${minutesOf(seconds)}.`,
    tooManyRequests: (seconds: number) => `Too many attempts from here. Try again in ${minutesOf(seconds)}.`,
    forbidden: "This form must be sent from the PodLab site itself. Reload the page and try again.",
    server: "Something went wrong on our side. Please try again in a moment.",
    offline: "Could not reach the server. Check your connection and try again.",
  },
};

function minutesOf(seconds: number): string {
  return seconds < 90 ? `${seconds} s` : `${Math.ceil(seconds / 60)} min`;
}

/** The labels of one language (same keys in both). */
export type AccountText = typeof en;

const zh: AccountText = {
  signIn: "登录",
  signUp: "注册账号",
  signOut: "退出登录",
  profile: "个人主页",
  users: "用户",
  cohorts: "班级",
  account: "账号",
  changePassword: "修改密码",
  signInTitle: "登录 PodLab",
  signInLead: "登录后可以提交练习并保存进度。课程内容对所有人开放。",
  signUpTitle: "注册 PodLab 账号",
  signUpLead: "账号会保存你的提交、判定和进度。课程内容对所有人开放。",
  email: "邮箱",
  password: "密码",
  displayName: "显示名称",
  displayNameHelp: "会显示在排行榜上，也会给你的老师看到。",
  newPassword: "新密码",
  currentPassword: "当前密码",
  passwordHelp: (min) => `至少 ${min} 个字符。`,
  signOutOthers: "同时退出我的其他会话",
  noAccount: "还没有账号？",
  haveAccount: "已经有账号？",
  working: "请稍候…",
  passwordChanged: "密码已修改。",
  solved: "已完成练习",
  points: "积分",
  streak: "连续天数",
  streakHelp: "连续有通过提交的天数（按 UTC 计）。",
  recentActivity: "最近动态",
  noActivity: "还没有提交。从课程中选一个练习开始吧。",
  exercise: "练习",
  submitted: "提交时间",
  result: "结果",
  resultWords: { passed: "通过", notYet: "还没通过", queued: "排队中", running: "评分中", failed: "未能评分" },
  score: (score) => `${score}%`,
  lessonCompletion: (solved, total) => `已完成 ${solved} / ${total}`,
  settings: "设置",
  hideFromLeaderboards: "不在排行榜上显示我",
  save: "保存",
  saved: "已保存。",
  errors: {
    required: "请填写此项。",
    invalidEmail: "请输入邮箱地址，例如 ada@example.org。",
    invalidDisplayName: "请使用 1 到 60 个字符。",
    passwordTooShort: (min) => `至少需要 ${min} 个字符。`,
    passwordTooLong: "最多 128 个字符。",
    wrongCredentials: "邮箱和密码不匹配。请检查后重试。",
    emailTaken: "该邮箱已注册，请直接登录。",
    wrongCurrentPassword: "当前密码不正确。",
    accountLocked: (seconds) => `该账号密码错误次数过多，请在 ${zhMinutesOf(seconds)}后重试。`,
    tooManyRequests: (seconds) => `尝试次数过多，请在 ${zhMinutesOf(seconds)}后重试。`,
    forbidden: "此表单必须从 PodLab 网站本身提交。请刷新页面后重试。",
    server: "服务器出了点问题，请稍后重试。",
    offline: "无法连接服务器，请检查网络后重试。",
  },
};

function zhMinutesOf(seconds: number): string {
  return seconds < 90 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`;
}

/** The account pages' labels in `language`. Pure. */
export function accountText(language: Language): AccountText {
  return language === "zh" ? zh : en;
}

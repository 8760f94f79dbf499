// The admins' user list in both languages. Pure, shared by the server page and its client part.
import { byLanguage } from "@/app/_components/language/language.ts";
import type { Role } from "@/lib/lessons/visible-curriculum.ts";

const en = {
  title: "Users",
  lead: "Give accounts the instructor or admin role. Instructors see drafts and run reference answers; admins also manage users and the queues. Someone who forgot their password gets a reset link from here.",
  searchLabel: "Search by email",
  search: "Search",
  count: (total: number) => (total === 1 ? "1 account" : `${total} accounts`),
  noMatch: "No account matches this search.",
  email: "Email",
  displayName: "Display name",
  role: "Role",
  roleOf: (email: string) => `Role of ${email}`,
  roles: { student: "student", instructor: "instructor", admin: "admin" } satisfies Record<Role, string>,
  save: "Save",
  saving: "Saving…",
  saved: (email: string, role: string) => `${email} is now ${role}.`,
  you: "you",
  pages: "Pages",
  previous: "Previous page",
  next: "Next page",
  pageOf: (page: number, count: number) => `Page ${page} of ${count}`,
  offline: "The site could not be reached. Check the connection and try again.",
  resetLink: "Reset link",
  resetLinkMade: (email: string, until: string) => `A reset link for ${email} is below. Give it to them only: it sets a new password once, until ${until}.`,
  resetLinkFor: (email: string, until: string) => `Reset link for ${email} (works once, until ${until})`,
  copy: "Copy",
  copied: "Link copied.",
  copyFailed: "Could not copy; select the link and copy it yourself.",
  forbiddenTitle: "Not allowed",
  forbiddenLead: "Your account does not have access to this page.",
  backToCourse: "Back to the course",
};

/** The user-list labels of one language (same keys in both). */
export type UsersText = typeof en;

const zh: UsersText = {
  title: "用户",
  lead: "为账号授予讲师或管理员角色。讲师可以看到草稿并运行参考答案；管理员还可以管理用户和队列。忘记密码的人可以在这里拿到重置链接。",
  searchLabel: "按邮箱搜索",
  search: "搜索",
  count: (total: number) => `${total} 个账号`,
  noMatch: "没有与搜索匹配的账号。",
  email: "邮箱",
  displayName: "显示名称",
  role: "角色",
  roleOf: (email: string) => `${email} 的角色`,
  roles: { student: "学生", instructor: "讲师", admin: "管理员" },
  save: "保存",
  saving: "正在保存…",
  saved: (email: string, role: string) => `${email} 现在是${role}。`,
  you: "你",
  pages: "分页",
  previous: "上一页",
  next: "下一页",
  pageOf: (page: number, count: number) => `第 ${page} 页，共 ${count} 页`,
  offline: "无法连接到网站。请检查网络后重试。",
  resetLink: "重置链接",
  resetLinkMade: (email: string, until: string) => `${email} 的重置链接在下方。请只交给本人：它可以设置一次新密码，有效期到 ${until}。`,
  resetLinkFor: (email: string, until: string) => `${email} 的重置链接（仅能使用一次，有效期到 ${until}）`,
  copy: "复制",
  copied: "链接已复制。",
  copyFailed: "无法复制；请选中链接后自行复制。",
  forbiddenTitle: "无权访问",
  forbiddenLead: "你的账号无权访问此页面。",
  backToCourse: "返回课程",
};

/** The user-list text in a language. */
export const usersText = byLanguage({ en, zh });

import type { PrismaClient } from "../db/client.ts";
import type { Role } from "../lessons/visible-curriculum.ts";

/** One account as the admins' user list shows it. */
export interface UserRow {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  createdAt: Date;
}

/** One page of the user list, with what the pager needs. */
export interface UserPage {
  users: UserRow[];
  /** The query as applied (trimmed, lower-case). */
  search: string;
  page: number;
  pageCount: number;
  total: number;
}

/** Rows on one page of the admins' user list. */
export const usersPerPage = 25;

/**
 * Accounts whose email contains `search` (emails are stored in lower case), oldest first, one
 * page of `usersPerPage`; a page past the end gives the last page.
 */
export async function listUsers(db: PrismaClient, { search, page }: { search: string; page: number }): Promise<UserPage> {
  const query = search.trim().toLowerCase();
  const where = query === "" ? {} : { email: { contains: query } };
  const total = await db.user.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / usersPerPage));
  const current = Math.min(Math.max(1, page), pageCount);
  const users = await db.user.findMany({
    where,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip: (current - 1) * usersPerPage,
    take: usersPerPage,
    select: { id: true, email: true, displayName: true, role: true, createdAt: true },
  });
  return { users, search: query, page: current, pageCount, total };
}

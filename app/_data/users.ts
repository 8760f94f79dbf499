import "server-only";
import { getDb } from "@/lib/db/client.ts";
import { AppError } from "@/lib/errors/app-error.ts";
import type { Role } from "@/lib/lessons/visible-curriculum.ts";
import { changeUserRole } from "@/lib/users/change-user-role.ts";
import { listUsers, type UserPage } from "@/lib/users/list-users.ts";
import type { Viewer } from "./viewer.ts";

/** Whether `viewer` manages accounts (admins only). */
export function isAdmin(viewer: Pick<Viewer, "role"> | null): boolean {
  return viewer?.role === "admin";
}

/** Throws forbidden (403) unless `viewer` is an admin. */
export function assertAdmin(viewer: Viewer): void {
  if (!isAdmin(viewer)) throw new AppError("forbidden", `${viewer.role} asked to manage accounts`, "Only admins may manage accounts.");
}

/** One page of accounts whose email contains `search`: admins only (forbidden otherwise). */
export async function listUsersAs(viewer: Viewer, query: { search: string; page: number }): Promise<UserPage> {
  assertAdmin(viewer);
  return listUsers(getDb(), query);
}

/** Sets the role of account `userId`: admins only; never leaves the site without an admin (conflict). */
export async function changeRoleAs(viewer: Viewer, userId: string, role: Role): Promise<{ id: string; role: Role }> {
  assertAdmin(viewer);
  return changeUserRole(getDb(), userId, role);
}

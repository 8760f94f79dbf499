import "server-only";
import { createPasswordResetLink } from "@/lib/auth/create-password-reset-link.ts";
import { getAuth } from "@/lib/auth/get-auth.ts";
import { getDb } from "@/lib/db/client.ts";
import { AppError } from "@/lib/errors/app-error.ts";
import type { Role } from "@/lib/lessons/visible-curriculum.ts";
import { changeUserRole } from "@/lib/users/change-user-role.ts";
import { listUsers, type UserPage } from "@/lib/users/list-users.ts";
import { getLogger } from "@/lib/log/logger.ts";
import type { Viewer } from "./viewer.ts";

const log = getLogger("web");

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

/**
 * A one-time link that sets a new password for account `userId`, for the admin to hand over
 * (PodLab sends no mail): admins only; not_found for no such account. Withdraws its older links.
 */
export async function createResetLinkAs(viewer: Viewer, userId: string): Promise<{ url: string; expiresAt: string }> {
  assertAdmin(viewer);
  const link = await createPasswordResetLink(getAuth(), getDb(), userId);
  if (!link) throw new AppError("not_found", `no account ${userId}`, "There is no such account.");
  // Who made a link for whom is worth keeping: the link opens the account to whoever holds it.
  log.info({ adminId: viewer.id, userId }, "password reset link created");
  return { url: link.url, expiresAt: link.expiresAt.toISOString() };
}

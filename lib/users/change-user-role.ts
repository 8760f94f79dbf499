import type { PrismaClient } from "../db/client.ts";
import { AppError } from "../errors/app-error.ts";
import type { Role } from "../lessons/visible-curriculum.ts";

/**
 * Gives account `userId` the role `role` (done by an admin; the caller checks that). Refuses
 * with `conflict` to take the admin role from the last admin, so that someone can always manage
 * roles; with `not_found` for no such account. Count and update run in one serializable
 * transaction, so two admins demoting each other at once cannot both succeed.
 */
export async function changeUserRole(db: PrismaClient, userId: string, role: Role): Promise<{ id: string; role: Role }> {
  return db.$transaction(
    async (tx) => {
      const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
      if (!user) throw new AppError("not_found", `no user ${userId}`, "There is no such account.");
      if (user.role === "admin" && role !== "admin") {
        const admins = await tx.user.count({ where: { role: "admin" } });
        if (admins <= 1) {
          throw new AppError("conflict", "last admin demoted", "This is the only admin account. Make another account an admin first, then change this one.");
        }
      }
      return tx.user.update({ where: { id: userId }, data: { role }, select: { id: true, role: true } });
    },
    { isolationLevel: "Serializable" },
  );
}

import type { Auth } from "./auth.ts";

/**
 * Creates an account with a password and a role, from server code (the CLI, the demo seed):
 * the same user, account row and hash that signing up makes, with the role set from the start.
 */
export async function createAccount(auth: Auth, account: { email: string; name: string; role: "student" | "instructor" | "admin" }, password: string): Promise<{ id: string }> {
  const context = await auth.$context;
  const user = await context.internalAdapter.createUser({ ...account, emailVerified: false }, { method: "admin" });
  await context.internalAdapter.linkAccount({ userId: user.id, providerId: "credential", accountId: user.id, password: await context.password.hash(password) });
  return { id: user.id };
}

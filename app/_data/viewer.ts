import "server-only";
import { headers } from "next/headers";
import { getAuth } from "@/lib/auth/get-auth.ts";
import { AppError } from "@/lib/errors/app-error.ts";

/** The signed-in person as pages and route handlers see them. */
export interface Viewer {
  id: string;
  email: string;
  displayName: string;
  role: "student" | "instructor" | "admin";
  isHiddenFromLeaderboard: boolean;
}

const roles = new Set<string>(["student", "instructor", "admin"]);

/**
 * The person whose session cookie this request carries, or null (no cookie, expired or signed
 * out). Reads the session row each time, so revocation takes effect at once.
 */
export async function getViewer(requestHeaders?: Headers): Promise<Viewer | null> {
  const session = await getAuth().api.getSession({ headers: requestHeaders ?? (await headers()) });
  if (!session) return null;
  const { user } = session;
  const role = roles.has(user.role as string) ? (user.role as Viewer["role"]) : "student";
  return { id: user.id, email: user.email, displayName: user.name, role, isHiddenFromLeaderboard: user.hiddenFromLeaderboard === true };
}

/** The viewer of a route handler's request; throws unauthorized (401, `userMessage`) without one. */
export async function requireViewer(requestHeaders: Headers, userMessage: string): Promise<Viewer> {
  const viewer = await getViewer(requestHeaders);
  if (!viewer) throw new AppError("unauthorized", "no session", userMessage);
  return viewer;
}

import "server-only";
import { headers } from "next/headers";
import { getAuth, getSessionSettings } from "@/lib/auth/get-auth.ts";
import { readSession, type SessionUser } from "@/lib/auth/read-session.ts";
import { getDb } from "@/lib/db/client.ts";
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
 * out). Reads the session row each time, so revocation takes effect at once: PodLab's own read
 * for a current session (read-session.ts), better-auth's getSession when it has to write.
 */
export async function getViewer(requestHeaders?: Headers): Promise<Viewer | null> {
  const headersIn = requestHeaders ?? (await headers());
  const read = await readSession(getDb(), headersIn.get("cookie"), await getSessionSettings());
  if (read.kind === "signed-out") return null;
  const user = read.kind === "signed-in" ? read.user : await userFromBetterAuth(headersIn);
  if (!user) return null;
  const role = roles.has(user.role) ? (user.role as Viewer["role"]) : "student";
  return { id: user.id, email: user.email, displayName: user.displayName, role, isHiddenFromLeaderboard: user.hiddenFromLeaderboard };
}

/** The session's user by better-auth's own getSession, which deletes an expired session and refreshes an ageing one. */
async function userFromBetterAuth(requestHeaders: Headers): Promise<SessionUser | null> {
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const { user } = session;
  return { id: user.id, email: user.email, displayName: user.name, role: String(user.role), hiddenFromLeaderboard: user.hiddenFromLeaderboard === true };
}

/** The viewer of a route handler's request; throws unauthorized (401, `userMessage`) without one. */
export async function requireViewer(requestHeaders: Headers, userMessage: string): Promise<Viewer> {
  const viewer = await getViewer(requestHeaders);
  if (!viewer) throw new AppError("unauthorized", "no session", userMessage);
  return viewer;
}

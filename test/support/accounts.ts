// Accounts for tests: sign up or sign in through PodLab's auth API (in-process through
// `auth.handler`, or over HTTP against a running site) and keep the session cookie.
import type { PrismaClient } from "../../lib/db/client.ts";

/** Sends one request: `fetch` for a running site, `auth.handler` in-process. */
export type Send = (request: Request) => Promise<Response>;

export const testPassword = "correct horse battery";

/** The `name=value` pairs of every Set-Cookie in `response`, for a Cookie header. */
export function cookieHeader(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0]!)
    .filter((pair) => !pair.endsWith("="))
    .join("; ");
}

/** A JSON POST to `path` under `baseUrl`, as the site's own pages send it (Origin = the site). */
export function authRequest(baseUrl: string, path: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${baseUrl}/api/auth${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl, ...headers },
    body: JSON.stringify(body),
  });
}

/** Signs up `email` and returns the session cookie; fails the test when that is refused. */
export async function signUp(send: Send, baseUrl: string, email: string, headers: Record<string, string> = {}): Promise<string> {
  const response = await send(authRequest(baseUrl, "/sign-up/email", { email, password: testPassword, name: email.split("@")[0] }, headers));
  if (response.status !== 200) throw new Error(`sign-up of ${email} answered ${response.status}: ${await response.text()}`);
  return cookieHeader(response);
}

/** Signs a new account up on a running site over HTTP; returns its session cookie. */
export function signUpOverHttp(baseUrl: string, email: string): Promise<string> {
  return signUp((request) => fetch(request), baseUrl, email);
}

let learnerCount = 0;

/** A learner row straight in the database, for tests about grading rather than signing in. */
export async function createLearner(db: PrismaClient): Promise<{ id: string }> {
  learnerCount++;
  const email = `learner-${process.pid}-${learnerCount}@example.org`;
  return db.user.create({ data: { email, displayName: `Learner ${learnerCount}` }, select: { id: true } });
}

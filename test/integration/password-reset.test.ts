// Reset links over a real database, through better-auth's own router in-process: a link made by
// server code opens the reset page and sets a password once, ends every session of the account
// and lifts a sign-in lock; a used, expired, withdrawn or made-up link is refused; nobody can ask
// for a link over HTTP; and the database holds only a hash of the token.
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Auth, createAuth } from "../../lib/auth/auth.ts";
import { createPasswordResetLink, isResetTokenLive } from "../../lib/auth/create-password-reset-link.ts";
import { recordLoginFailure, throttleKey } from "../../lib/auth/login-throttle.ts";
import { databaseKind } from "../../lib/db/database-kind.ts";
import { authRequest, type Send, signUp, testPassword } from "../support/accounts.ts";
import { createTestEnv, type TestEnv } from "../support/test-env.ts";

const site = "http://localhost:3000";
const newPassword = "a brand new password";

let t: TestEnv;
let auth: Auth;
let send: Send;
let nextIp = 1;
const freshIp = () => ({ "x-forwarded-for": `10.1.${Math.floor(nextIp / 250)}.${nextIp++ % 250}` });

beforeAll(async () => {
  t = await createTestEnv();
  auth = createAuth(t.db, { secret: "test-secret-test-secret-test-secret-0123", publicUrl: undefined, port: 3000, database: databaseKind(t.databaseUrl), log: pino({ level: "silent" }) });
  send = (request) => auth.handler(request);
});
afterAll(async () => {
  await t.cleanup();
});

const signIn = (email: string, password: string) => send(authRequest(site, "/sign-in/email", { email, password }, freshIp()));
const resetPassword = (token: string, password = newPassword) => send(authRequest(site, "/reset-password", { token, newPassword: password }, freshIp()));

/** Signs `email` up and in once more: two sessions. */
async function accountWithTwoSessions(email: string): Promise<string> {
  await signUp(send, site, email, freshIp());
  expect((await signIn(email, testPassword)).status).toBe(200);
  return (await t.db.user.findUniqueOrThrow({ where: { email } })).id;
}

async function linkFor(userId: string): Promise<{ url: string; token: string; expiresAt: Date }> {
  const link = await createPasswordResetLink(auth, t.db, userId);
  if (!link) throw new Error("no link");
  const token = new URL(link.url).pathname.split("/").at(-1)!;
  return { ...link, token };
}

/** Where opening `url` leads: the path and query of better-auth's redirect. */
async function open(url: string): Promise<string> {
  const response = await send(new Request(url));
  expect(response.status).toBe(302);
  const location = new URL(response.headers.get("location")!);
  return `${location.pathname}${location.search}`;
}

describe("password reset links", () => {
  it("opens the reset page, sets the password once and ends every session", async () => {
    const userId = await accountWithTwoSessions("forgot@example.org");
    expect(await t.db.session.count({ where: { userId } })).toBe(2);
    const before = Date.now();
    const link = await linkFor(userId);
    expect(link.url).toMatch(/^http:\/\/localhost:3000\/api\/auth\/reset-password\/[A-Za-z0-9]{24}\?callbackURL=%2Faccount%2Freset-password$/);
    expect(link.expiresAt.getTime() - before).toBeGreaterThan(59 * 60_000);
    expect(link.expiresAt.getTime() - before).toBeLessThanOrEqual(60 * 60_000 + 1000);
    expect(await open(link.url)).toBe(`/account/reset-password?token=${link.token}`);
    expect(await isResetTokenLive(auth, link.token)).toBe(true);

    expect((await resetPassword(link.token)).status).toBe(200);
    expect(await t.db.session.count({ where: { userId } })).toBe(0);
    expect((await signIn("forgot@example.org", testPassword)).status).toBe(401);
    expect((await signIn("forgot@example.org", newPassword)).status).toBe(200);

    const again = await resetPassword(link.token, "yet another password");
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ code: "INVALID_TOKEN" });
    expect(await isResetTokenLive(auth, link.token)).toBe(false);
    expect(await open(link.url)).toBe("/account/reset-password?error=INVALID_TOKEN");
  });

  it("refuses an expired link, and keeps the old password", async () => {
    const userId = await accountWithTwoSessions("late@example.org");
    const link = await linkFor(userId);
    await t.db.verification.updateMany({ where: { value: userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await open(link.url)).toBe("/account/reset-password?error=INVALID_TOKEN");
    expect(await isResetTokenLive(auth, link.token)).toBe(false);
    const response = await resetPassword(link.token);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "INVALID_TOKEN" });
    expect((await signIn("late@example.org", testPassword)).status).toBe(200);
    expect(await t.db.session.count({ where: { userId } })).toBe(3);
  });

  it("withdraws an account's older link when a new one is made", async () => {
    const userId = await accountWithTwoSessions("twice@example.org");
    const first = await linkFor(userId);
    const second = await linkFor(userId);
    expect((await resetPassword(first.token)).status).toBe(400);
    expect((await resetPassword(second.token)).status).toBe(200);
  });

  it("refuses a made-up token and a password of the wrong length, changing nothing", async () => {
    const userId = await accountWithTwoSessions("short@example.org");
    const link = await linkFor(userId);
    expect(await (await resetPassword("A".repeat(24))).json()).toMatchObject({ code: "INVALID_TOKEN" });
    expect(await (await resetPassword(link.token, "short")).json()).toMatchObject({ code: "PASSWORD_TOO_SHORT" });
    expect(await (await resetPassword(link.token, "x".repeat(129))).json()).toMatchObject({ code: "PASSWORD_TOO_LONG" });
    expect(await isResetTokenLive(auth, link.token)).toBe(true);
    expect(await isResetTokenLive(auth, "not a token!")).toBe(false);
  });

  it("lifts a sign-in lock: the new password works at once", async () => {
    const userId = await accountWithTwoSessions("locked@example.org");
    for (let failures = 0; failures < 5; failures++) await recordLoginFailure(t.db, "locked@example.org");
    expect((await signIn("locked@example.org", testPassword)).status).toBe(429);
    expect((await resetPassword((await linkFor(userId)).token)).status).toBe(200);
    expect(await t.db.loginThrottle.count({ where: { key: throttleKey("locked@example.org") } })).toBe(0);
    expect((await signIn("locked@example.org", newPassword)).status).toBe(200);
  });

  it("stores only a hash of the token", async () => {
    const userId = await accountWithTwoSessions("hashed@example.org");
    const link = await linkFor(userId);
    const rows = await t.db.verification.findMany({ where: { value: userId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.identifier).toMatch(/^reset-password:[\w-]{43}$/);
    expect(rows[0]!.identifier).not.toContain(link.token);
  });

  it("answers no link for an unknown account, and nobody may ask for one over HTTP", async () => {
    expect(await createPasswordResetLink(auth, t.db, "no-such-account")).toBeNull();
    const asked = await send(authRequest(site, "/request-password-reset", { email: "forgot@example.org", redirectTo: "/account/reset-password" }, freshIp()));
    expect(asked.status).toBe(404);
  });
});

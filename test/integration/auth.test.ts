// Accounts through better-auth's own router, in-process over a real database: sign-up, wrong
// passwords, both sign-in throttles, session expiry and sign-out, and CSRF refusals.
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addressLimits, type Auth, createAuth } from "../../lib/auth/auth.ts";
import { databaseKind } from "../../lib/db/database-kind.ts";
import { throttleKey } from "../../lib/auth/login-throttle.ts";
import { authRequest, cookieHeader, type Send, signUp, testPassword } from "../support/accounts.ts";
import { createTestEnv, type TestEnv } from "../support/test-env.ts";

const site = "http://localhost:3000";
const secret = "test-secret-test-secret-test-secret-0123";
const log = pino({ level: "silent" });

let t: TestEnv;
let auth: Auth;
let send: Send;
let nextIp = 1;
/** A fresh client address, so the per-IP limit does not mix into tests about something else. */
const freshIp = () => ({ "x-forwarded-for": `10.0.${Math.floor(nextIp / 250)}.${nextIp++ % 250}` });

beforeAll(async () => {
  t = await createTestEnv();
  auth = createAuth(t.db, { secret, publicUrl: undefined, port: 3000, database: databaseKind(t.databaseUrl), log });
  send = (request) => auth.handler(request);
});
afterAll(async () => {
  await t.cleanup();
});

const signIn = (email: string, password: string, headers = freshIp()) => send(authRequest(site, "/sign-in/email", { email, password }, headers));
const getSession = (cookie: string) => send(new Request(`${site}/api/auth/get-session`, { headers: { cookie } }));

describe("sign-up and sign-in", () => {
  it("signs a student up with an argon2id hash and an httpOnly, SameSite=Lax session cookie", async () => {
    const response = await send(authRequest(site, "/sign-up/email", { email: "Ada@Example.org", password: testPassword, name: "Ada" }, freshIp()));
    expect(response.status).toBe(200);
    const setCookie = response.headers.getSetCookie().find((cookie) => cookie.startsWith("podlab.session_token="));
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i);
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "ada@example.org" }, include: { accounts: true, sessions: true } });
    expect(user).toMatchObject({ role: "student", displayName: "Ada", hiddenFromLeaderboard: false });
    expect(user.accounts[0]!.password).toMatch(/^\$argon2id\$/);
    expect(user.sessions).toHaveLength(1);
    const session = await (await getSession(cookieHeader(response))).json();
    expect(session.user).toMatchObject({ email: "ada@example.org", role: "student" });
  });

  it("refuses a second account with the same email", async () => {
    const response = await send(authRequest(site, "/sign-up/email", { email: "ada@example.org", password: testPassword, name: "Other" }, freshIp()));
    expect(response.status).toBe(422);
  });

  it("gives no role asked for at sign-up", async () => {
    const body = { email: "mallory@example.org", password: testPassword, name: "M", role: "admin" };
    const response = await send(authRequest(site, "/sign-up/email", body, freshIp()));
    expect(response.status === 200 || response.status === 400).toBe(true);
    const user = await t.db.user.findUnique({ where: { email: "mallory@example.org" } });
    expect(user === null || user.role === "student").toBe(true);
  });

  const badNames = [
    { name: "an empty display name", value: "  " },
    { name: "a display name over 60 characters", value: "x".repeat(61) },
    { name: "a display name with a control character", value: "Ada\u0007" },
  ];
  it.each(badNames)("refuses $name", async ({ value }) => {
    const response = await send(authRequest(site, "/sign-up/email", { email: "named@example.org", password: testPassword, name: value }, freshIp()));
    expect(response.status).toBe(400);
    expect((await response.json()).code).toBe("INVALID_DISPLAY_NAME");
  });

  /** A well-formed address whose last domain label has `n` characters: 254 in all with 55. */
  const longAddress = (n: number) => `${"x".repeat(64)}@${["a".repeat(60), "b".repeat(60), "c".repeat(n)].join(".")}.example.org`;
  const longEmails = [
    { name: "255 characters", email: longAddress(56), isRefused: true },
    { name: "254 characters", email: longAddress(55), isRefused: false },
  ];
  it.each(longEmails)("takes an email address of at most 254 characters: $name", async ({ email, isRefused }) => {
    const response = await send(authRequest(site, "/sign-up/email", { email, password: testPassword, name: "Long" }, freshIp()));
    expect(response.status).toBe(isRefused ? 400 : 200);
    if (isRefused) expect((await response.json()).code).toBe("INVALID_EMAIL");
  });

  it("lets a user change their display name and leaderboard choice, but not their role", async () => {
    const cookie = await signUp(send, site, "eve@example.org", freshIp());
    const settings = await send(authRequest(site, "/update-user", { name: "Eve B", hiddenFromLeaderboard: true }, { cookie, ...freshIp() }));
    expect(settings.status).toBe(200);
    const promote = await send(authRequest(site, "/update-user", { role: "admin" }, { cookie, ...freshIp() }));
    expect(promote.status).toBe(400);
    const tooLong = await send(authRequest(site, "/update-user", { name: "x".repeat(61) }, { cookie, ...freshIp() }));
    expect(tooLong.status).toBe(400);
    expect(await t.db.user.findUniqueOrThrow({ where: { email: "eve@example.org" } })).toMatchObject({
      role: "student",
      displayName: "Eve B",
      hiddenFromLeaderboard: true,
    });
  });

  it("offers no endpoint for features PodLab does not have (password reset mail, social sign-in)", async () => {
    for (const path of ["/request-password-reset", "/sign-in/social", "/change-email", "/delete-user"]) {
      expect((await send(authRequest(site, path, { email: "ada@example.org", provider: "github" }, freshIp()))).status, path).toBe(404);
    }
  });

  it("answers a wrong password and an unknown email alike, with 401 and no cookie", async () => {
    for (const response of [await signIn("ada@example.org", "not the password"), await signIn("nobody@example.org", "not the password")]) {
      expect(response.status).toBe(401);
      expect((await response.json()).code).toBe("INVALID_EMAIL_OR_PASSWORD");
      expect(cookieHeader(response)).toBe("");
    }
  });

  it("signs in with the right password", async () => {
    const response = await signIn("ada@example.org", testPassword);
    expect(response.status).toBe(200);
    expect(cookieHeader(response)).toMatch(/podlab\.session_token=/);
  });
});

describe("sign-in throttling", () => {
  it("locks an account after 5 wrong passwords from different addresses, telling when to retry", async () => {
    await signUp(send, site, "grace@example.org", freshIp());
    for (let attempt = 0; attempt < 5; attempt++) expect((await signIn("grace@example.org", "wrong password")).status).toBe(401);
    const locked = await signIn("grace@example.org", testPassword);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(800);
    expect(await locked.json()).toMatchObject({ code: "ACCOUNT_LOCKED" });
    // Other accounts are not affected.
    expect((await signIn("ada@example.org", testPassword)).status).toBe(200);
    // Once the lock is over, the right password works and clears the count.
    await t.db.loginThrottle.update({ where: { key: throttleKey("grace@example.org") }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect((await signIn("grace@example.org", testPassword)).status).toBe(200);
    expect(await t.db.loginThrottle.count({ where: { key: throttleKey("grace@example.org") } })).toBe(0);
  });

  it("forgets failures that no longer count when it records a new one", async () => {
    const stale = { failures: 2, firstFailedAt: new Date(Date.now() - 16 * 60_000), lockedUntil: null };
    const expiredLock = { failures: 5, firstFailedAt: new Date(Date.now() - 40 * 60_000), lockedUntil: new Date(Date.now() - 60_000) };
    await t.db.loginThrottle.create({ data: { key: "stale", ...stale } });
    await t.db.loginThrottle.create({ data: { key: "expired-lock", ...expiredLock } });
    expect((await signIn("someone-new@example.org", "wrong password")).status).toBe(401);
    expect(await t.db.loginThrottle.count({ where: { key: { in: ["stale", "expired-lock"] } } })).toBe(0);
    expect(await t.db.loginThrottle.count({ where: { key: throttleKey("someone-new@example.org") } })).toBe(1);
  });

  it("limits sign-in attempts per address, whatever the account", async () => {
    const ip = freshIp();
    const { max } = addressLimits.signIn;
    const statuses: number[] = [];
    for (let attempt = 0; attempt <= max; attempt++) statuses.push((await signIn(`someone${attempt}@example.org`, "wrong password", ip)).status);
    expect(statuses.slice(0, max)).toEqual(Array(max).fill(401));
    expect(statuses[max]).toBe(429);
    const limited = await signIn("ada@example.org", testPassword, ip);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("x-retry-after"))).toBeGreaterThan(0);
  });
});

describe("sessions", () => {
  it("ends the session on sign-out: the old cookie no longer works", async () => {
    const cookie = await signUp(send, site, "linus@example.org", freshIp());
    expect((await (await getSession(cookie)).json())?.user.email).toBe("linus@example.org");
    const out = await send(authRequest(site, "/sign-out", {}, { cookie, ...freshIp() }));
    expect(out.status).toBe(200);
    expect(await (await getSession(cookie)).json()).toBeNull();
    expect(await t.db.session.count({ where: { user: { email: "linus@example.org" } } })).toBe(0);
  });

  it("does not honour an expired session", async () => {
    const cookie = await signUp(send, site, "barbara@example.org", freshIp());
    await t.db.session.updateMany({ where: { user: { email: "barbara@example.org" } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await (await getSession(cookie)).json()).toBeNull();
  });

  it("changes the password, revoking the other sessions", async () => {
    const first = await signUp(send, site, "edsger@example.org", freshIp());
    const second = cookieHeader(await signIn("edsger@example.org", testPassword));
    const wrong = await send(authRequest(site, "/change-password", { currentPassword: "not it at all", newPassword: "a new long password" }, { cookie: first, ...freshIp() }));
    expect(wrong.status).toBe(400);
    const changed = await send(
      authRequest(site, "/change-password", { currentPassword: testPassword, newPassword: "a new long password", revokeOtherSessions: true }, { cookie: first, ...freshIp() }),
    );
    expect(changed.status).toBe(200);
    expect(await (await getSession(second)).json()).toBeNull();
    expect((await signIn("edsger@example.org", testPassword)).status).toBe(401);
    expect((await signIn("edsger@example.org", "a new long password")).status).toBe(200);
  });
});

describe("CSRF", () => {
  const evil = { origin: "https://evil.example" };

  it("refuses a state change with the session cookie from a foreign origin", async () => {
    const cookie = await signUp(send, site, "alan@example.org", freshIp());
    const signOut = await send(authRequest(site, "/sign-out", {}, { cookie, ...evil, ...freshIp() }));
    expect(signOut.status).toBe(403);
    const change = await send(authRequest(site, "/change-password", { currentPassword: testPassword, newPassword: "attacker chosen pw" }, { cookie, ...evil, ...freshIp() }));
    expect(change.status).toBe(403);
    expect(await (await getSession(cookie)).json()).not.toBeNull();
  });

  it("refuses a sign-in posted from a foreign origin (login CSRF)", async () => {
    const response = await send(authRequest(site, "/sign-in/email", { email: "ada@example.org", password: testPassword }, { ...evil, ...freshIp() }));
    expect(response.status).toBe(403);
    expect(cookieHeader(response)).toBe("");
  });

  it("accepts the other loopback name of a local site", async () => {
    const response = await send(authRequest(site, "/sign-in/email", { email: "ada@example.org", password: testPassword }, { origin: "http://127.0.0.1:3000", ...freshIp() }));
    expect(response.status).toBe(200);
  });
});

describe("cookies over https", () => {
  it("marks the session cookie Secure when the site is served over https", async () => {
    const httpsAuth = createAuth(t.db, { secret, publicUrl: "https://podlab.example.org", port: 3000, database: databaseKind(t.databaseUrl), log });
    const response = await httpsAuth.handler(authRequest("https://podlab.example.org", "/sign-in/email", { email: "ada@example.org", password: testPassword }, freshIp()));
    expect(response.status).toBe(200);
    const setCookie = response.headers.getSetCookie().find((cookie) => cookie.includes("session_token="));
    expect(setCookie).toMatch(/^__Secure-podlab\.session_token=.*; Secure/i);
  });
});

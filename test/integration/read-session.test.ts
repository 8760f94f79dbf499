// PodLab's own read of a session cookie (lib/auth/read-session.ts) against sessions better-auth
// made, over a real database (SQLite and PostgreSQL): it must agree with better-auth's getSession
// on every current session and refuse whatever better-auth would refuse.
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Auth, createAuth } from "../../lib/auth/auth.ts";
import { readSession, type SessionSettings } from "../../lib/auth/read-session.ts";
import { databaseKind } from "../../lib/db/database-kind.ts";
import { authRequest, type Send, signUp } from "../support/accounts.ts";
import { createTestEnv, type TestEnv } from "../support/test-env.ts";

const site = "http://localhost:3000";
const secret = "test-secret-test-secret-test-secret-0123";

let t: TestEnv;
let auth: Auth;
let send: Send;
let settings: SessionSettings;
let accounts = 0;

beforeAll(async () => {
  t = await createTestEnv();
  auth = createAuth(t.db, { secret, publicUrl: undefined, port: 3000, database: databaseKind(t.databaseUrl), log: pino({ level: "silent" }) });
  send = (request) => auth.handler(request);
  const context = await auth.$context;
  settings = { cookieName: context.authCookies.sessionToken.name, secret: context.secret, expiresInSeconds: context.sessionConfig.expiresIn, updateAgeSeconds: context.sessionConfig.updateAge };
});
afterAll(async () => {
  await t.cleanup();
});

/** A new account's session cookie, each from an address of its own (better-auth limits sign-ups per address). */
const newAccount = () => signUp(send, site, `reader-${++accounts}@example.org`, { "x-forwarded-for": `10.9.0.${accounts}` });
const tokenOf = (cookie: string) => decodeURIComponent(/podlab\.session_token=([^;]+)/.exec(cookie)![1]!).split(".")[0]!;

describe("readSession", () => {
  it("reads a current session as better-auth's getSession does", async () => {
    const cookie = await newAccount();
    const read = await readSession(t.db, cookie, settings);
    const theirs = await auth.api.getSession({ headers: new Headers({ cookie }) });
    expect(read).toEqual({
      kind: "signed-in",
      user: { id: theirs!.user.id, email: theirs!.user.email, displayName: theirs!.user.name, role: "student", hiddenFromLeaderboard: false },
    });
  });

  it("reads the role and the leaderboard choice as they are now", async () => {
    const cookie = await newAccount();
    await t.db.user.update({ where: { email: `reader-${accounts}@example.org` }, data: { role: "instructor", hiddenFromLeaderboard: true } });
    expect(await readSession(t.db, cookie, settings)).toMatchObject({ kind: "signed-in", user: { role: "instructor", hiddenFromLeaderboard: true } });
  });

  it("is signed out without a cookie, with another site's cookies, and after signing out", async () => {
    expect(await readSession(t.db, null, settings)).toEqual({ kind: "signed-out" });
    expect(await readSession(t.db, "theme=dark; other=1", settings)).toEqual({ kind: "signed-out" });
    const cookie = await newAccount();
    const signOut = await send(authRequest(site, "/sign-out", {}, { cookie }));
    expect(signOut.status).toBe(200);
    expect(await readSession(t.db, cookie, settings)).toEqual({ kind: "signed-out" });
  });

  it("refuses a token whose signature does not match, or signed with another secret", async () => {
    const cookie = await newAccount();
    const token = tokenOf(cookie);
    const forged = (signature: string) => `podlab.session_token=${encodeURIComponent(`${token}.${signature}`)}`;
    expect(await readSession(t.db, forged("A".repeat(43) + "="), settings)).toEqual({ kind: "signed-out" });
    expect(await readSession(t.db, forged(""), settings)).toEqual({ kind: "signed-out" });
    expect(await readSession(t.db, `podlab.session_token=${token}`, settings)).toEqual({ kind: "signed-out" });
    expect(await readSession(t.db, cookie, { ...settings, secret: "another-secret-another-secret-another-00" })).toEqual({ kind: "signed-out" });
  });

  it("leaves an expired session, or one due for its refresh, to better-auth", async () => {
    const expired = await newAccount();
    await t.db.session.update({ where: { token: tokenOf(expired) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await readSession(t.db, expired, settings)).toEqual({ kind: "ask-better-auth" });

    const ageing = await newAccount();
    const session = await t.db.session.findUniqueOrThrow({ where: { token: tokenOf(ageing) } });
    // A day (updateAge) into a 30-day session, better-auth extends it on the next read.
    const now = session.expiresAt.getTime() - settings.expiresInSeconds * 1000 + settings.updateAgeSeconds * 1000;
    expect(await readSession(t.db, ageing, settings, now - 1)).toMatchObject({ kind: "signed-in" });
    expect(await readSession(t.db, ageing, settings, now)).toEqual({ kind: "ask-better-auth" });
  });
});

// `podlab user create` over a real database: the account it makes signs in like a signed-up one,
// with the role asked for, and the password never comes from argv. `podlab user reset-password`
// prints a link that sets a new password.
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Auth, createAuth } from "../../lib/auth/auth.ts";
import { databaseKind } from "../../lib/db/database-kind.ts";
import { userCommand, type UserCommandIo } from "../../worker/cli/user-command.ts";
import { authRequest } from "../support/accounts.ts";
import { createTestEnv, type TestEnv } from "../support/test-env.ts";

const site = "http://localhost:3000";
let t: TestEnv;
let auth: Auth;

beforeAll(async () => {
  t = await createTestEnv();
  auth = createAuth(t.db, { secret: "test-secret-test-secret-test-secret-0123", publicUrl: undefined, port: 3000, database: databaseKind(t.databaseUrl), log: pino({ level: "silent" }) });
});
afterAll(async () => {
  await t.cleanup();
});

function fakeIo(stdin: string, prompts: string[] | undefined = undefined) {
  let out = "";
  let err = "";
  const io: UserCommandIo = {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    readStdin: async () => stdin,
    promptHidden: prompts ? async () => prompts.shift() ?? "" : undefined,
  };
  return { io, out: () => out, err: () => err };
}

describe("podlab user create", () => {
  it("creates an admin from a password on stdin, who can then sign in", async () => {
    const io = fakeIo("an admin password\n");
    expect(await userCommand(auth, t.db, ["create", "--email", "Root@Example.org", "--role", "admin", "--password-stdin"], io.io)).toBe(0);
    expect(io.out()).toContain("created admin root@example.org");
    expect(await t.db.user.findUnique({ where: { email: "root@example.org" } })).toMatchObject({ role: "admin", displayName: "root" });
    const signIn = await auth.handler(authRequest(site, "/sign-in/email", { email: "root@example.org", password: "an admin password" }, { "x-forwarded-for": "10.9.0.1" }));
    expect(signIn.status).toBe(200);
  });

  it("asks twice at a hidden prompt and refuses two different answers", async () => {
    const io = fakeIo("", ["first password!", "second password"]);
    expect(await userCommand(auth, t.db, ["create", "--email", "ins@example.org", "--role", "instructor"], io.io)).toBe(2);
    expect(io.err()).toContain("differ");
    const ok = fakeIo("", ["same password!", "same password!"]);
    expect(await userCommand(auth, t.db, ["create", "--email", "ins@example.org", "--role", "instructor"], ok.io)).toBe(0);
  });

  it("gives up cleanly when the prompt is cancelled (Ctrl+C)", async () => {
    const io = fakeIo("");
    io.io.promptHidden = async () => {
      throw new Error("cancelled");
    };
    expect(await userCommand(auth, t.db, ["create", "--email", "quit@example.org"], io.io)).toBe(2);
    expect(io.err()).toContain("no password given");
  });

  const refusals = [
    { name: "no terminal and no --password-stdin", argv: ["create", "--email", "a@example.org"], stdin: "", code: 2, says: "--password-stdin" },
    { name: "an unknown role", argv: ["create", "--email", "a@example.org", "--role", "root", "--password-stdin"], stdin: "long enough pw", code: 2, says: "--role" },
    { name: "a short password", argv: ["create", "--email", "a@example.org", "--password-stdin"], stdin: "short", code: 2, says: "characters" },
    { name: "an existing account", argv: ["create", "--email", "root@example.org", "--password-stdin"], stdin: "long enough pw", code: 1, says: "already exists" },
    { name: "a password as an argument", argv: ["create", "--email", "a@example.org", "--password", "x"], stdin: "", code: 2, says: "Unknown option" },
  ];
  it.each(refusals)("refuses $name", async ({ argv, stdin, code, says }) => {
    const io = fakeIo(stdin);
    expect(await userCommand(auth, t.db, argv, io.io)).toBe(code);
    expect(io.err()).toContain(says);
  });
});

describe("podlab user reset-password", () => {
  it("prints a link that sets a new password, and says how long it works", async () => {
    const io = fakeIo("");
    expect(await userCommand(auth, t.db, ["reset-password", "--email", "ROOT@example.org"], io.io)).toBe(0);
    const url = io.out().trim();
    expect(url).toMatch(/^http:\/\/localhost:3000\/api\/auth\/reset-password\/[A-Za-z0-9]{24}\?callbackURL=/);
    expect(io.err()).toMatch(/Give this link to root@example\.org only\. It works once, until \d{4}-/);
    const token = new URL(url).pathname.split("/").at(-1)!;
    const reset = await auth.handler(authRequest(site, "/reset-password", { token, newPassword: "a new admin password" }, { "x-forwarded-for": "10.9.0.2" }));
    expect(reset.status).toBe(200);
    const signIn = await auth.handler(authRequest(site, "/sign-in/email", { email: "root@example.org", password: "a new admin password" }, { "x-forwarded-for": "10.9.0.3" }));
    expect(signIn.status).toBe(200);
  });

  it.each([
    { name: "an unknown email", argv: ["reset-password", "--email", "nobody@example.org"], code: 1, says: "no account" },
    { name: "no email", argv: ["reset-password"], code: 2, says: "--email" },
    { name: "an unknown option", argv: ["reset-password", "--email", "root@example.org", "--role", "admin"], code: 2, says: "Unknown option" },
    { name: "an unknown subcommand", argv: ["delete", "--email", "root@example.org"], code: 2, says: "Usage" },
  ])("refuses $name", async ({ argv, code, says }) => {
    const io = fakeIo("");
    expect(await userCommand(auth, t.db, argv, io.io)).toBe(code);
    expect(io.err()).toContain(says);
    expect(io.out()).toBe("");
  });
});

// The web server while the database is locked by another process (SQLite, past its busy
// timeout): a submission is answered 503 with a clear message and Retry-After, nothing is
// stored, and once the lock is gone the same submission goes through.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { validPod } from "../fixtures/pods.ts";
import { signUpOverHttp } from "../support/accounts.ts";
import { createTestEnv, type TestEnv } from "../support/test-env.ts";
import { startWebApp, type WebApp } from "../support/web-app.ts";

let t: TestEnv;
let app: WebApp;
let cookie: string;

beforeAll(async () => {
  t = await createTestEnv();
  app = await startWebApp(t, { withWorker: false });
  cookie = await signUpOverHttp(app.baseUrl, "locked@example.org");
});

afterAll(async () => {
  await app?.stop();
  await t?.cleanup();
});

const submit = () =>
  fetch(`${app.baseUrl}/api/submissions`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: app.baseUrl, cookie },
    body: JSON.stringify({ exerciseId: "first-pod", yaml: validPod }),
  });

describe.runIf(inject("databaseKind") === "sqlite")("the database locked", () => {
  it("answers 503 with Retry-After and stores nothing, then works again", async () => {
    const lock = new Database(t.databaseUrl.replace(/^file:/, ""));
    lock.exec("BEGIN EXCLUSIVE");
    let response: Response;
    try {
      response = await submit();
    } finally {
      lock.exec("ROLLBACK");
      lock.close();
    }
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toEqual({
      error: { code: "unavailable", message: "The database is not answering right now, so nothing was saved. Please try again in a moment.", retryAfterSeconds: 5 },
    });
    expect(await t.db.submission.count()).toBe(0);
    expect((await submit()).status).toBe(202);
    expect(await t.db.submission.count()).toBe(1);
  }, 60_000);
});

// With Redis unreachable the site says so on /api/health, and a submission is still stored (the
// worker's sweep queues it once Redis is back): nothing a learner sends is lost.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validPod } from "../fixtures/pods.ts";
import { createTestEnv, freePort, type TestEnv } from "../support/test-env.ts";
import { startWebApp, type WebApp } from "../support/web-app.ts";
import { signUpOverHttp } from "../support/accounts.ts";

let t: TestEnv;
let app: WebApp;

beforeAll(async () => {
  t = await createTestEnv();
  const deadRedis = `redis://127.0.0.1:${await freePort()}`;
  app = await startWebApp({ ...t, env: (extra = {}) => t.env({ REDIS_URL: deadRedis, ...extra }) });
});

afterAll(async () => {
  await app?.stop();
  await t?.cleanup();
});

describe("Redis unreachable", () => {
  it("reports 503 with Redis not ok and the database ok", async () => {
    const response = await fetch(`${app.baseUrl}/api/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "unavailable", database: { ok: true }, redis: { ok: false } });
  });

  it("still stores a submission as queued", async () => {
    const cookie = await signUpOverHttp(app.baseUrl, "learner@example.org");
    const response = await fetch(`${app.baseUrl}/api/submissions`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ exerciseId: "first-pod", yaml: validPod }),
    });
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    expect(await t.db.submission.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "queued" });
  });
});

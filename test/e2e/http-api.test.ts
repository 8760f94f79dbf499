// The HTTP layer's own answers, against the built site: health, limits, sign-in, and bad requests
// each get a clear status and message, and the server keeps serving.
import { Agent, get } from "node:http";
import type { Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validPod } from "../fixtures/pods.ts";
import { createTestEnv, eventually, type TestEnv } from "../support/test-env.ts";
import { startWebApp, type WebApp } from "../support/web-app.ts";
import { signUpOverHttp } from "../support/accounts.ts";

let t: TestEnv;
let app: WebApp;
/** The session cookie of the learner who submits. */
let cookie: string;

beforeAll(async () => {
  t = await createTestEnv();
  app = await startWebApp(t);
  cookie = await signUpOverHttp(app.baseUrl, "learner@example.org");
});

afterAll(async () => {
  await app?.stop();
  await t?.cleanup();
});

const post = (body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }) =>
  fetch(`${app.baseUrl}/api/submissions`, { method: "POST", body, headers: { cookie, ...headers } });

describe("HTTP API", () => {
  it("reports database, Redis and queue health", async () => {
    const response = await fetch(`${app.baseUrl}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: "ok",
      database: { ok: true },
      redis: { ok: true },
      queue: { waiting: expect.any(Number), active: expect.any(Number) },
    });
  });

  it("keeps an idle kept-alive connection open past Node's default 5 s", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const sockets: Socket[] = [];
    const status = (): Promise<number> =>
      new Promise((done, fail) => {
        get(`${app.baseUrl}/api/health`, { agent }, (response) => {
          response.resume();
          response.on("end", () => done(response.statusCode!));
        })
          .on("socket", (socket) => sockets.push(socket))
          .on("error", fail);
      });
    const first = await status();
    await new Promise((done) => setTimeout(done, 6000));
    const second = await status();
    agent.destroy();
    expect([first, second]).toEqual([200, 200]);
    // Both on one connection: the server had not closed it.
    expect(sockets).toHaveLength(2);
    expect(sockets[1]).toBe(sockets[0]);
  });

  it("accepts a signed-in learner's submission and serves the verdict only to them", async () => {
    // As a browser sends it: the small answer still comes back uncompressed (not worth the CPU).
    const response = await post(JSON.stringify({ exerciseId: "first-pod", yaml: validPod }), { "content-type": "application/json", "accept-encoding": "gzip, deflate, br" });
    expect(response.status).toBe(202);
    expect(response.headers.get("content-encoding")).toBeNull();
    const { id } = (await response.json()) as { id: string };
    expect(response.headers.get("set-cookie")).toBeNull();
    const mine = () => fetch(`${app.baseUrl}/api/submissions/${id}`, { headers: { cookie } });
    const view = await eventually(
      async () => (await (await mine()).json()) as { status: string; score: number },
      (body) => body.status === "graded",
    );
    expect(view.score).toBe(100);
    const someoneElse = await signUpOverHttp(app.baseUrl, "other@example.org");
    expect((await fetch(`${app.baseUrl}/api/submissions/${id}`, { headers: { cookie: someoneElse } })).status).toBe(404);
    expect((await fetch(`${app.baseUrl}/api/submissions/${id}/events`, { headers: { cookie: someoneElse } })).status).toBe(404);
  });

  it("answers 401 with a JSON error to a submission, a view or a stream without an account", async () => {
    const anonymous = await fetch(`${app.baseUrl}/api/submissions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ exerciseId: "first-pod", yaml: validPod }),
    });
    expect(anonymous.status).toBe(401);
    const body = (await anonymous.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("unauthorized");
    expect(body.error.message).toMatch(/Sign in/);
    const id = (await t.db.submission.findFirstOrThrow()).id;
    expect((await fetch(`${app.baseUrl}/api/submissions/${id}`)).status).toBe(401);
    expect((await fetch(`${app.baseUrl}/api/submissions/${id}/events`)).status).toBe(401);
  });

  const badRequests = [
    { name: "an empty body", body: "", status: 400, code: "bad_request" },
    { name: "a body that is not JSON", body: "apiVersion: v1", status: 400, code: "bad_request" },
    { name: "JSON without the YAML", body: JSON.stringify({ exerciseId: "first-pod" }), status: 400, code: "bad_request" },
    { name: "an unknown exercise", body: JSON.stringify({ exerciseId: "no-such-thing", yaml: validPod }), status: 404, code: "not_found" },
    { name: "a path in the exercise id", body: JSON.stringify({ exerciseId: "../../etc/passwd", yaml: validPod }), status: 400, code: "bad_request" },
    { name: "2 MB of YAML", body: JSON.stringify({ exerciseId: "first-pod", yaml: "a".repeat(2 * 1024 * 1024) }), status: 413, code: "payload_too_large" },
    { name: "YAML just over the limit", body: JSON.stringify({ exerciseId: "first-pod", yaml: "a".repeat(128 * 1024 + 1) }), status: 413, code: "payload_too_large" },
  ];
  it.each(badRequests)("answers $name with $status", async ({ body, status, code }) => {
    const response = await post(body);
    expect(response.status).toBe(status);
    const answer = (await response.json()) as { error: { code: string; message: string } };
    expect(answer.error.code).toBe(code);
    expect(answer.error.message.length).toBeGreaterThan(10);
  });

  it("refuses a form post (not JSON) with 415", async () => {
    const response = await post("yaml=x", { "content-type": "application/x-www-form-urlencoded" });
    expect(response.status).toBe(415);
  });

  const crossSite: { name: string; headers: Record<string, string> }[] = [
    { name: "a foreign Origin", headers: { origin: "https://evil.example" } },
    { name: "Sec-Fetch-Site cross-site", headers: { "sec-fetch-site": "cross-site" } },
  ];
  it.each(crossSite)("refuses a post carrying the session cookie with $name (CSRF), 403", async ({ headers }) => {
    const response = await post(JSON.stringify({ exerciseId: "first-pod", yaml: validPod }), { "content-type": "application/json", ...headers });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("forbidden");
  });

  it("refuses signing out from a foreign origin, 403", async () => {
    const response = await fetch(`${app.baseUrl}/api/auth/sign-out`, {
      method: "POST",
      headers: { cookie, origin: "https://evil.example", "content-type": "application/json" },
      body: "{}",
    });
    expect(response.status).toBe(403);
  });

  it("exposes Prometheus metrics summed over the workers", async () => {
    const text = await eventually(
      async () => (await fetch(`${app.baseUrl}/api/metrics`)).text(),
      (body) => body.includes('podlab_grading_jobs_total{outcome="passed"} 1'),
    );
    expect(text).toContain('podlab_queue_jobs{state="waiting"} 0');
    expect(text).toContain('podlab_submissions{status="graded"} 1');
    expect(text).toMatch(/podlab_submission_latency_seconds_count 1/);
  });

  it("stores nothing for refused requests and keeps serving", async () => {
    expect(await t.db.submission.count()).toBe(1);
    expect((await fetch(`${app.baseUrl}/api/health`)).status).toBe(200);
  });
});

// The HTTP layer's own answers, against the built site: health, limits, and bad requests each
// get a clear status and message, and the server keeps serving.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validPod } from "../fixtures/pods.ts";
import { createTestEnv, eventually, type TestEnv } from "../support/test-env.ts";
import { startWebApp, type WebApp } from "../support/web-app.ts";

let t: TestEnv;
let app: WebApp;

beforeAll(async () => {
  t = await createTestEnv();
  app = await startWebApp(t);
});

afterAll(async () => {
  await app?.stop();
  await t?.cleanup();
});

const post = (body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }) =>
  fetch(`${app.baseUrl}/api/submissions`, { method: "POST", body, headers });

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

  it("accepts a submission, gives the guest a cookie, and serves the verdict only to them", async () => {
    const response = await post(JSON.stringify({ exerciseId: "first-pod", yaml: validPod }));
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    const cookie = response.headers.get("set-cookie")!;
    expect(cookie).toMatch(/podlab_guest=.+HttpOnly/i);
    expect(cookie).toMatch(/SameSite=lax/i);
    const mine = () => fetch(`${app.baseUrl}/api/submissions/${id}`, { headers: { cookie: cookie.split(";")[0]! } });
    const view = await eventually(
      async () => (await (await mine()).json()) as { status: string; score: number },
      (body) => body.status === "graded",
    );
    expect(view.score).toBe(100);
    expect((await fetch(`${app.baseUrl}/api/submissions/${id}`)).status).toBe(404);
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

  it("refuses a cross-site post with 403", async () => {
    const response = await post(JSON.stringify({ exerciseId: "first-pod", yaml: validPod }), {
      "content-type": "application/json",
      origin: "https://evil.example",
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

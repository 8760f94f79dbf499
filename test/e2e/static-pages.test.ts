// Issue 9, the web server in front of Next (worker/cli/web-server.ts), against the real build:
// lesson pages answered from memory are the bytes and headers Next itself sends for them, in
// every coding, with 304s; RSC requests still reach Next; and a client's X-Forwarded-For is
// replaced by its real address unless TRUST_PROXY=1, so it cannot dodge a per-address limit.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addressLimits } from "../../lib/auth/auth.ts";
import { send } from "../support/raw-http.ts";
import { createTestEnv, projectRoot, type TestEnv } from "../support/test-env.ts";
import { startWebApp, type WebApp } from "../support/web-app.ts";

let t: TestEnv;
let app: WebApp;
let behindProxy: WebApp;

beforeAll(async () => {
  t = await createTestEnv();
  app = await startWebApp(t, { withWorker: false });
  behindProxy = await startWebApp(t, { withWorker: false, env: { TRUST_PROXY: "1" } });
});

afterAll(async () => {
  await app?.stop();
  await behindProxy?.stop();
  await t?.cleanup();
});

/** The page Next prerendered at build time for `path`. */
const builtHtml = (path: string) => readFileSync(join(projectRoot, ".next", "server", "app", `${path}.html`));

/** Headers that differ between any two answers, or by how the body is framed. */
const perAnswerHeaders = new Set(["date", "connection", "keep-alive", "etag", "content-length", "transfer-encoding"]);

/** Headers as a comparable record; Next repeats x-nextjs-prerender, which says nothing more. */
function comparableHeaders(headers: Record<string, string>): Record<string, string> {
  const kept = Object.entries(headers).filter(([name]) => !perAnswerHeaders.has(name));
  return Object.fromEntries(kept.map(([name, value]) => [name, [...new Set(value.split(", "))].join(", ")]).sort());
}

describe.each(["/lessons/probes", "/lessons/podpreset/zh"])("%s", (path) => {
  it("is the build's HTML, with the headers Next sends for it", async () => {
    const cached = await send(app.baseUrl, path);
    // A query string sends the same request to Next, which answers it from the same build.
    const fromNext = await send(app.baseUrl, `${path}?via=next`);
    expect(cached.status).toBe(200);
    expect(cached.body.equals(builtHtml(path))).toBe(true);
    expect(cached.body.equals(fromNext.body)).toBe(true);
    expect(comparableHeaders(cached.headers)).toEqual(comparableHeaders(fromNext.headers));
    expect(cached.headers.etag).toMatch(/^"[\w-]+"$/);
  });

  it.each([
    { coding: "gzip", decode: gunzipSync },
    { coding: "br", decode: brotliDecompressSync },
  ])("decodes from $coding to the same bytes", async ({ coding, decode }) => {
    const answer = await send(app.baseUrl, path, { headers: { "accept-encoding": `${coding}, deflate` } });
    expect(answer.headers["content-encoding"]).toBe(coding);
    expect(answer.headers.vary).toContain("Accept-Encoding");
    expect(decode(answer.body).equals(builtHtml(path))).toBe(true);
  });

  it("answers 304 to a client that has the page", async () => {
    const { headers } = await send(app.baseUrl, path);
    const again = await send(app.baseUrl, path, { headers: { "if-none-match": headers.etag! } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(headers.etag);
  });

  it("leaves RSC requests to Next, which answers them with the RSC payload", async () => {
    // Next 16 first redirects an RSC request to its cache-busting ?_rsc URL.
    const first = await fetch(`${app.baseUrl}${path}`, { headers: { rsc: "1" }, redirect: "manual" });
    expect(first.status).toBe(307);
    const payload = await fetch(`${app.baseUrl}${path}`, { headers: { rsc: "1" } });
    expect(payload.status).toBe(200);
    expect(payload.headers.get("content-type")).toBe("text/x-component");
    expect(await payload.text()).not.toMatch(/^<!DOCTYPE/i);
  });
});

describe("the client's address", () => {
  const limit = addressLimits.changePassword.max;

  /** Posts to a per-address-limited endpoint; no session, so only the rate limit is of interest. */
  const changePassword = (site: WebApp, address: string) =>
    send(site.baseUrl, "/api/auth/change-password", {
      method: "POST",
      headers: { "content-type": "application/json", origin: site.baseUrl, "x-forwarded-for": address },
      body: JSON.stringify({ currentPassword: "x".repeat(12), newPassword: "y".repeat(12) }),
    });

  /** The statuses of `limit + 1` requests, the nth from `addressOf(n)`. */
  async function statuses(site: WebApp, addressOf: (n: number) => string): Promise<number[]> {
    const seen: number[] = [];
    for (let n = 0; n <= limit; n++) seen.push((await changePassword(site, addressOf(n))).status);
    return seen;
  }

  it("is the connection's, whatever X-Forwarded-For says: the per-address limit holds", async () => {
    const seen = await statuses(app, (n) => `10.20.0.${n + 1}`);
    expect(seen.slice(0, limit)).not.toContain(429);
    expect(seen[limit]).toBe(429);
  });

  it("is X-Forwarded-For's with TRUST_PROXY=1, as a proxy in front sets it", async () => {
    const fromManyAddresses = await statuses(behindProxy, (n) => `10.30.0.${n + 1}`);
    expect(fromManyAddresses).not.toContain(429);
    const fromOneAddress = await statuses(behindProxy, () => "10.30.1.1");
    expect(fromOneAddress[limit]).toBe(429);
  });
});

// Issue 9, the web server in front of Next (worker/cli/web-server.ts), against the real build:
// lesson pages answered from memory are the bytes and headers Next itself sends for them, in
// every coding, with 304s; RSC requests still reach Next.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { send } from "../support/raw-http.ts";
import { createTestEnv, projectRoot, type TestEnv } from "../support/test-env.ts";
import { startWebApp, type WebApp } from "../support/web-app.ts";

let t: TestEnv;
let app: WebApp;

beforeAll(async () => {
  t = await createTestEnv();
  app = await startWebApp(t, { withWorker: false });
});

afterAll(async () => {
  await app?.stop();
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

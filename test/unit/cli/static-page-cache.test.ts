import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  answerFromStaticPage,
  cachedLessonPaths,
  chooseContentCoding,
  isPlainDocumentRequest,
  matchesIfNoneMatch,
  type NextPrerenderManifest,
  staticPage,
} from "../../../worker/cli/static-page-cache.ts";

describe("cachedLessonPaths", () => {
  it("keeps the prerendered lesson pages that never revalidate, and nothing else", () => {
    const manifest: NextPrerenderManifest = {
      routes: {
        "/lessons/probes": { initialRevalidateSeconds: false },
        "/lessons/probes/zh": { initialRevalidateSeconds: false },
        "/lessons/pod-status": { initialRevalidateSeconds: 60 },
        "/lessons/no-revalidate-field": {},
        "/lessons": { initialRevalidateSeconds: false },
        "/": { initialRevalidateSeconds: false },
        "/exercises/first-pod": { initialRevalidateSeconds: false },
        "/lessons-archive/old": { initialRevalidateSeconds: false },
      },
    };
    expect(cachedLessonPaths(manifest)).toEqual(["/lessons/probes", "/lessons/probes/zh"]);
  });
});

describe("isPlainDocumentRequest", () => {
  it.each([
    { name: "a GET with no router headers", method: "GET", headers: { accept: "text/html" }, want: true },
    { name: "a HEAD", method: "HEAD", headers: {}, want: true },
    { name: "a POST (a server action)", method: "POST", headers: {}, want: false },
    { name: "an RSC request", method: "GET", headers: { rsc: "1" }, want: false },
    { name: "a router state tree", method: "GET", headers: { "next-router-state-tree": "%5B%5D" }, want: false },
    { name: "a prefetch", method: "GET", headers: { "next-router-prefetch": "1" }, want: false },
    { name: "a segment prefetch", method: "GET", headers: { "next-router-segment-prefetch": "/_tree" }, want: false },
    { name: "a server action id", method: "GET", headers: { "next-action": "abc" }, want: false },
    { name: "no method", method: undefined, headers: {}, want: false },
  ])("$name → $want", ({ method, headers, want }) => {
    expect(isPlainDocumentRequest(method, headers)).toBe(want);
  });
});

describe("chooseContentCoding", () => {
  it.each([
    { name: "no header", header: undefined, want: "identity" },
    { name: "empty", header: "", want: "identity" },
    { name: "a browser's list", header: "gzip, deflate, br, zstd", want: "br" },
    { name: "gzip only", header: "gzip", want: "gzip" },
    { name: "upper case, with spaces", header: " GZIP ,DEFLATE", want: "gzip" },
    { name: "br refused with q=0", header: "br;q=0, gzip", want: "gzip" },
    { name: "br refused with q=0.000", header: "br; q=0.000, gzip;q=0.5", want: "gzip" },
    { name: "both refused", header: "br;q=0, gzip;q=0", want: "identity" },
    { name: "br with a low but non-zero q", header: "br;q=0.1", want: "br" },
    { name: "only codings we do not keep", header: "deflate, zstd", want: "identity" },
  ])("$name → $want", ({ header, want }) => {
    expect(chooseContentCoding(header)).toBe(want);
  });
});

describe("matchesIfNoneMatch", () => {
  const etag = '"abc"';
  it.each([
    { name: "no header", header: undefined, want: false },
    { name: "the same tag", header: '"abc"', want: true },
    { name: "the same tag, weak", header: 'W/"abc"', want: true },
    { name: "in a list", header: '"x", "abc"', want: true },
    { name: "any", header: "*", want: true },
    { name: "another tag", header: '"abd"', want: false },
    { name: "unquoted", header: "abc", want: false },
  ])("$name → $want", ({ header, want }) => {
    expect(matchesIfNoneMatch(header, etag)).toBe(want);
  });
});

describe("answerFromStaticPage", () => {
  const html = Buffer.from(`<!DOCTYPE html><html><body>${"<p>probes</p>".repeat(500)}</body></html>`);
  const page = staticPage(html, { "x-nextjs-stale-time": "300", "x-nextjs-prerender": "1", "x-next-cache-tags": "_N_T_/layout" });

  it("keeps Next's page headers and the .meta ones, but not Next's internal cache tags", () => {
    expect(page.headers).toMatchObject({
      "content-type": "text/html; charset=utf-8",
      "cache-control": "s-maxage=31536000",
      vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
      "x-nextjs-cache": "HIT",
      "x-nextjs-stale-time": "300",
      "x-nextjs-prerender": "1",
    });
    expect(page.headers).not.toHaveProperty("x-next-cache-tags");
    expect(page.etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
  });

  it("gives the same strong ETag to the same HTML and another to other HTML", () => {
    expect(staticPage(Buffer.from(html), {}).etag).toBe(page.etag);
    expect(staticPage(Buffer.from("<p>other</p>"), {}).etag).not.toBe(page.etag);
  });

  it.each([
    { name: "no Accept-Encoding", headers: {}, coding: undefined, decode: (body: Buffer) => body },
    { name: "gzip", headers: { "accept-encoding": "gzip" }, coding: "gzip", decode: gunzipSync },
    { name: "br", headers: { "accept-encoding": "gzip, deflate, br" }, coding: "br", decode: brotliDecompressSync },
  ])("sends $name bodies that decode to the HTML, with their length", ({ headers, coding, decode }) => {
    const answer = answerFromStaticPage(page, "GET", headers);
    expect(answer.status).toBe(200);
    expect(answer.headers["content-encoding"]).toBe(coding);
    expect(answer.headers.etag).toBe(page.etag);
    expect(Number(answer.headers["content-length"])).toBe(answer.body!.length);
    expect(decode(answer.body!).equals(html)).toBe(true);
  });

  it("answers HEAD with the headers of GET and no body", () => {
    const answer = answerFromStaticPage(page, "HEAD", { "accept-encoding": "gzip" });
    expect(answer).toEqual({ ...answerFromStaticPage(page, "GET", { "accept-encoding": "gzip" }), body: null });
  });

  it("answers 304 with the validators and caching headers, no body, to a client that has the page", () => {
    const answer = answerFromStaticPage(page, "GET", { "if-none-match": page.etag, "accept-encoding": "br" });
    expect(answer.status).toBe(304);
    expect(answer.body).toBeNull();
    expect(answer.headers).toMatchObject({ etag: page.etag, "cache-control": "s-maxage=31536000", vary: page.headers.vary });
    expect(answer.headers).not.toHaveProperty("content-length");
    expect(answer.headers).not.toHaveProperty("content-encoding");
  });

  it("answers 200 to a client holding an older version", () => {
    expect(answerFromStaticPage(page, "GET", { "if-none-match": '"old"' }).status).toBe(200);
  });
});

// Lesson pages answered from memory by the web server (worker/cli/web-server.ts), in front of
// Next.js. A page qualifies when the build prerendered it and never revalidates it: its HTML in
// .next/server/app/<path>.html is then exactly what Next would send, so it is read, hashed and
// compressed once at start instead of on every request (issue 9: Next hashes the whole body for
// its ETag and gzips it again on each request, ~250 requests/s for the 340 KB probes page).
//
// Only plain document requests are answered here. A client-side navigation or prefetch asks for
// the RSC payload of the same URL through the headers in `rscRequestHeaders` (Next 16,
// next/dist/client/components/app-router-headers.js) and goes to Next, as does anything with a
// query string or a method other than GET and HEAD.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { IncomingHttpHeaders } from "node:http";
import { join } from "node:path";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import { z } from "zod";

/** The content codings a page is kept in, best first. */
export type ContentCoding = "br" | "gzip" | "identity";

/** A cached page: one ETag for all its codings, the headers every answer carries, and its bodies. */
export interface StaticPage {
  etag: string;
  headers: Record<string, string>;
  bodies: Record<ContentCoding, Buffer>;
}

/** What to send for a request answered from the cache. */
export interface StaticAnswer {
  status: 200 | 304;
  headers: Record<string, string>;
  /** null for HEAD and 304. */
  body: Buffer | null;
}

/** The part of .next/prerender-manifest.json read here; Next writes `false` for "never revalidate". */
const nextPrerenderManifestSchema = z.object({
  routes: z.record(z.string(), z.object({ initialRevalidateSeconds: z.union([z.number(), z.literal(false)]).optional() })),
});
export type NextPrerenderManifest = z.infer<typeof nextPrerenderManifestSchema>;

/** The Prerender metadata file (.meta) beside each page's .html: the headers Next adds to it. */
const nextPrerenderMetaSchema = z.object({ headers: z.record(z.string(), z.string()).default({}) });

/** Request headers by which Next's client asks for a page's RSC payload instead of its HTML. */
export const rscRequestHeaders = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];

/**
 * Headers `next start` (Next 16.4) sends with a page prerendered with `revalidate: false`, beside
 * those in its .meta file. test/e2e/static-pages.test.ts compares them with Next's own answer.
 */
const pageHeaders = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": "s-maxage=31536000",
  vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
  "x-nextjs-cache": "HIT",
};

/** Meta headers Next keeps to itself outside its minimal (platform) mode. */
const internalMetaHeaders = new Set(["x-next-cache-tags"]);

/** Paths under /lessons/ that the build prerendered and never revalidates, sorted. Pure. */
export function cachedLessonPaths(manifest: NextPrerenderManifest): string[] {
  return Object.entries(manifest.routes)
    .filter(([path, route]) => path.startsWith("/lessons/") && route.initialRevalidateSeconds === false)
    .map(([path]) => path)
    .sort();
}

/** Whether a request asks for a page's HTML: GET or HEAD, with none of the RSC headers. Pure. */
export function isPlainDocumentRequest(method: string | undefined, headers: IncomingHttpHeaders): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  return rscRequestHeaders.every((name) => headers[name] === undefined);
}

/** The coding to send for an Accept-Encoding header: br, else gzip, else none. Pure. */
export function chooseContentCoding(acceptEncoding: string | undefined): ContentCoding {
  const accepted = new Set<string>();
  for (const item of (acceptEncoding ?? "").split(",")) {
    const [coding = "", ...params] = item.split(";").map((part) => part.trim().toLowerCase());
    const isRefused = params.some((param) => /^q=0(\.0*)?$/.test(param));
    if (coding !== "" && !isRefused) accepted.add(coding);
  }
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip")) return "gzip";
  return "identity";
}

/** Whether an If-None-Match header matches `etag` (weak comparison, RFC 9110 §13.1.2). Pure. */
export function matchesIfNoneMatch(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const trimmed = tag.trim();
    return trimmed === "*" || trimmed.replace(/^W\//, "") === etag;
  });
}

/**
 * Builds a page from its HTML and the headers of its .meta file: a strong ETag over the HTML and
 * the gzip and brotli bodies. Brotli runs at quality 9, not 11: 11 takes ~1.5 s per 2 MB of
 * pages here, and every start (each e2e test's too) pays it, for bodies only ~10 % smaller.
 */
export function staticPage(html: Buffer, metaHeaders: Record<string, string>): StaticPage {
  const etag = `"${createHash("sha256").update(html).digest("base64url")}"`;
  const fromMeta = Object.entries(metaHeaders).filter(([name]) => !internalMetaHeaders.has(name.toLowerCase()));
  return {
    etag,
    headers: { ...pageHeaders, ...Object.fromEntries(fromMeta), etag },
    bodies: {
      identity: html,
      gzip: gzipSync(html, { level: 9 }),
      br: brotliCompressSync(html, {
        params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT, [zlib.BROTLI_PARAM_SIZE_HINT]: html.length },
      }),
    },
  };
}

/** The answer to a plain document request for `page`: 304 when the client has it, else 200. Pure. */
export function answerFromStaticPage(page: StaticPage, method: string, headers: IncomingHttpHeaders): StaticAnswer {
  if (matchesIfNoneMatch(headers["if-none-match"], page.etag)) {
    // RFC 9110 §15.4.5: a 304 carries the validators and caching headers a 200 would, no body.
    const { "content-type": _contentType, ...notModified } = page.headers;
    return { status: 304, headers: notModified, body: null };
  }
  const coding = chooseContentCoding(headers["accept-encoding"]);
  const body = page.bodies[coding];
  const encoded: Record<string, string> = coding === "identity" ? {} : { "content-encoding": coding };
  return {
    status: 200,
    headers: { ...page.headers, ...encoded, "content-length": String(body.length) },
    body: method === "HEAD" ? null : body,
  };
}

/** Reads every cached lesson page of the build in `distDir` (.next), keyed by path. */
export function loadStaticPages(distDir: string): Map<string, StaticPage> {
  const manifest = nextPrerenderManifestSchema.parse(JSON.parse(readFileSync(join(distDir, "prerender-manifest.json"), "utf8")));
  const pages = new Map<string, StaticPage>();
  for (const path of cachedLessonPaths(manifest)) {
    const file = join(distDir, "server", "app", path);
    const meta = nextPrerenderMetaSchema.parse(JSON.parse(readFileSync(`${file}.meta`, "utf8")));
    pages.set(path, staticPage(readFileSync(`${file}.html`), meta.headers));
  }
  return pages;
}

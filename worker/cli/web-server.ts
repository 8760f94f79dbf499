// The web server process `podlab start` runs (and the tests and benchmarks): the built Next.js
// site through Next's custom-server API, on PORT and HOST, with two things in front of it:
// - prerendered lesson pages answered from memory (./static-page-cache.ts);
// - X-Forwarded-For set to the connection's address unless TRUST_PROXY=1. Next only fills it in
//   when absent, so a client reaching PodLab directly could otherwise pick the address that
//   better-auth's per-address sign-in and sign-up limits count (lib/auth/auth.ts).
// Prints "Ready on URL" once it listens, as `next start` prints "Ready", and on SIGTERM or SIGINT
// stops taking connections, finishes the requests under way and exits.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { resolve } from "node:path";
import { getConfig } from "../../lib/config/config.ts";
import { getLogger } from "../../lib/log/logger.ts";
import { answerFromStaticPage, isPlainDocumentRequest, loadStaticPages, type StaticPage } from "./static-page-cache.ts";

const root = resolve(import.meta.dirname, "../..");

/** Longest a shutdown waits for requests under way before exiting anyway. */
const shutdownGraceMs = 10_000;

/**
 * How long an idle kept-alive connection stays open: longer than the proxies and load balancers
 * in front usually keep theirs (nginx and AWS's both 60 s). Whichever side closes first races a
 * request the other is just sending on the connection, which then fails with a reset; Node's
 * default of 5 s lost a few submissions' requests that way in every load test.
 */
const keepAliveTimeoutMs = 65_000;

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** The cached page a request is for, if it is a plain document request for one. */
function cachedPageFor(req: IncomingMessage, pages: Map<string, StaticPage>): StaticPage | undefined {
  if (req.url === undefined || !isPlainDocumentRequest(req.method, req.headers)) return undefined;
  return pages.get(req.url);
}

/** What `next start` does when its handler throws, which would otherwise end the process. */
function failed(req: IncomingMessage, res: ServerResponse, error: unknown): void {
  getLogger("web").error({ err: error, url: req.url }, "request failed");
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.statusCode = 500;
  res.end("Internal Server Error");
}

function serve(pages: Map<string, StaticPage>, nextHandler: Handler, isProxyTrusted: boolean): Handler {
  return async (req, res) => {
    if (!isProxyTrusted) {
      const address = req.socket.remoteAddress;
      if (address === undefined) delete req.headers["x-forwarded-for"];
      else req.headers["x-forwarded-for"] = address;
    }
    const page = cachedPageFor(req, pages);
    if (!page) return nextHandler(req, res).catch((error: unknown) => failed(req, res, error));
    const answer = answerFromStaticPage(page, req.method!, req.headers);
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body ?? undefined);
  };
}

async function main(): Promise<void> {
  const config = getConfig();
  // As `next start` does; React and Next choose their production builds by it when first imported.
  // (Next's types make NODE_ENV read-only.)
  Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? "production" });
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: root, hostname: config.HOST, port: config.PORT });
  await app.prepare();
  const pages = loadStaticPages(resolve(root, ".next"));
  const server = createServer({ keepAliveTimeout: keepAliveTimeoutMs }, serve(pages, app.getRequestHandler(), config.TRUST_PROXY));
  server.listen(config.PORT, config.HOST, () => {
    process.stdout.write(`Ready on http://${config.HOST}:${config.PORT} (${pages.size} lesson pages from memory)\n`);
  });

  let isStopping = false;
  const stop = (code: number): void => {
    if (isStopping) return;
    isStopping = true;
    setTimeout(() => process.exit(code), shutdownGraceMs).unref();
    // close() ends idle keep-alive connections and waits for those with a request under way.
    server.close(() => {
      app.close().finally(() => process.exit(code));
    });
  };
  // 128 + the signal's number, as `next start` exits.
  process.on("SIGTERM", () => stop(143));
  process.on("SIGINT", () => stop(130));
}

await main();

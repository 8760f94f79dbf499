// The built site and a worker, running as separate processes against a test's own database and
// queue prefix, and Debian's Chromium to drive it.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium } from "playwright-core";
import { buildIfStale } from "../../worker/cli/build-if-stale.ts";
import { signUpOverHttp } from "./accounts.ts";
import { freePort, projectRoot, type RunningProcess, startWebServer, startWorker, type TestEnv } from "./test-env.ts";

/** The session secret of test sites (a real site generates its own in data/auth-secret). */
const testAuthSecret = "e2e-test-secret-e2e-test-secret-e2e-test";

export interface WebApp {
  baseUrl: string;
  /** Stops the web server and starts it again on the same port (a deploy, or a crash and restart). */
  restartWeb: (signal?: NodeJS.Signals) => Promise<void>;
  /** Starts a grading worker; with `withWorker: false`, the grader is down until this is called. */
  startWorker: () => Promise<void>;
  /** Whether the web server and every worker started here are still running (none crashed). */
  isRunning: () => boolean;
  stop: () => Promise<void>;
}

/**
 * Builds the site if its sources changed, then starts the web server and (unless told not to) one
 * worker; `env` is added to both processes' environment (PODLAB_LESSONS_DIR, say).
 */
export async function startWebApp(t: TestEnv, { withWorker = true, env: extraEnv = {} }: { withWorker?: boolean; env?: Record<string, string> } = {}): Promise<WebApp> {
  buildIfStale(projectRoot);
  const port = await freePort();
  const startWeb = async () => {
    const env = t.env({ PUBLIC_URL: `http://127.0.0.1:${port}`, AUTH_SECRET: testAuthSecret, ...extraEnv });
    const started = startWebServer(port, env);
    await started.waitForOutput("Ready");
    return started;
  };
  let web: RunningProcess = await startWeb();
  const workers: RunningProcess[] = [];
  const addWorker = async () => {
    workers.push(await startWorker(t.env(extraEnv)));
  };
  if (withWorker) await addWorker();
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    restartWeb: async (signal) => {
      await web.stop(signal);
      web = await startWeb();
    },
    startWorker: addWorker,
    isRunning: () => [web, ...workers].every(({ child }) => child.exitCode === null && child.signalCode === null),
    stop: async () => {
      await Promise.all([web.stop(), ...workers.map((worker) => worker.stop())]);
    },
  };
}

/** Headless Debian Chromium with the flags this closed network needs (shared/toolchain.md §3). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Where screenshots go: kept as test artifacts for a person to look at. */
export function screenshotPath(name: string): string {
  const dir = join(projectRoot, "test-results", "screenshots");
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}.png`);
}

/** A browser context signed in as a new account `email` (signed up over HTTP first). */
export async function signedInContext(browser: Browser, baseUrl: string, email: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const cookie = await signUpOverHttp(baseUrl, email);
  const context = await browser.newContext(options);
  await context.addCookies(
    cookie.split("; ").map((pair) => {
      const at = pair.indexOf("=");
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url: baseUrl };
    }),
  );
  return context;
}

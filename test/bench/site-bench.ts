/**
 * Benchmark of the built site as `npm start` runs it (worker/cli/web-server.ts and a grading worker, here
 * against a temporary database and queue prefix), seen from outside:
 * - a lesson page's server response time over 200 requests (target: median < 50 ms);
 * - an exercise page's time to interactive: from navigation start until the Monaco editor has
 *   taken typed input, in Chromium with an empty cache (target < 2 s); and, as a breakdown of
 *   it, when the editor first drew its lines (the rest is the click and keystroke round trips);
 * - submit to verdict for liveness-exec's first reference solution: from Ctrl+Enter until the
 *   verdict shows (target < 1 s).
 * Prints one JSON object on stdout (build and server output go to stderr). Builds the site if
 * stale, so run it under the e2e lock: `flock /tmp/podlab-e2e.lock npm run bench:site`, with
 * `"bench:site": "node --import tsx test/bench/site-bench.ts"`. Not in run-all.ts: it needs a
 * build, two servers and Chromium, and takes a minute or two.
 */
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { loadCurriculum } from "../../lib/lessons/load-curriculum.ts";
import { freePort, projectRoot, startWebServer, startWorker } from "../support/test-env.ts";
import { signUpOverHttp } from "../support/accounts.ts";
import { buildSiteIfStale, startBenchStack } from "./bench-stack.ts";
import { launchChromium } from "../support/web-app.ts";

const lessonPath = "/lessons/probes";
const exerciseId = "liveness-exec";

const round = (ms: number) => Number(ms.toFixed(1));

/** The value below which `fraction` of `samples` fall (nearest rank). */
function percentile(samples: number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

/** Median and p95 of `samples`, and whether the median is under `targetMs`. */
function summary(samples: number[], targetMs: number) {
  const medianMs = percentile(samples, 0.5);
  return {
    runs: samples.length,
    medianMs: round(medianMs),
    p95Ms: round(percentile(samples, 0.95)),
    targetMs,
    meetsTarget: medianMs < targetMs,
  };
}

/** Time to the last byte of the lesson page, request after request (after a warm-up). */
async function lessonResponseTimes(baseUrl: string, requests = 200): Promise<number[]> {
  const fetchOnce = async () => {
    const started = performance.now();
    const response = await fetch(`${baseUrl}${lessonPath}`);
    await response.text();
    if (!response.ok) throw new Error(`${lessonPath} answered ${response.status}`);
    return performance.now() - started;
  };
  for (let i = 0; i < 20; i++) await fetchOnce();
  const samples: number[] = [];
  for (let i = 0; i < requests; i++) samples.push(await fetchOnce());
  return samples;
}

// Runs in the page before its own scripts: notes when Monaco first draws a line. A string, so
// that no helper the TypeScript loader adds to a function body ends up in the page.
const noteEditorShown = `new MutationObserver((_, observer) => {
  if (!document.querySelector(".exercise-editor .view-lines .view-line")) return;
  window.__editorShownMs = performance.now();
  observer.disconnect();
}).observe(document, { childList: true, subtree: true });`;

/**
 * One cold visit to the exercise page, signed in with `sessionCookie`: ms from navigation start
 * until the editor first drew its lines and until a character typed into it shows; then, on the
 * same page, ms from Ctrl+Enter with the reference solution until each verdict shows.
 */
async function exerciseVisit(browser: Browser, baseUrl: string, sessionCookie: string, solution: string, submits: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
  await context.addCookies(
    sessionCookie.split("; ").map((pair) => ({ name: pair.slice(0, pair.indexOf("=")), value: pair.slice(pair.indexOf("=") + 1), url: baseUrl })),
  );
  const page = await context.newPage();
  await page.addInitScript(noteEditorShown);
  const editor = page.locator(".exercise-editor .monaco-editor").first();
  const editorText = async () => (await editor.locator(".view-lines").innerText()).replace(/\u00a0/g, " ");

  await page.goto(`${baseUrl}/exercises/${exerciseId}`, { waitUntil: "commit" });
  await editor.locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+Home");
  await page.keyboard.type("#");
  await page.waitForFunction(() => document.querySelector(".exercise-editor .view-lines")?.textContent?.startsWith("#"));
  const interactiveMs = await page.evaluate(() => performance.now());
  const editorShownMs = await page.evaluate(() => (window as unknown as { __editorShownMs: number }).__editorShownMs);

  await page.evaluate((value) => navigator.clipboard.writeText(value), solution);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("ControlOrMeta+V");
  while ((await editorText()) !== solution.replace(/\n$/, "")) await page.waitForTimeout(20);
  const verdictMs: number[] = [];
  // Grading can be quicker than a frame, so wait for the new graded row rather than a queued state.
  const rows = () => page.evaluate(() => document.querySelectorAll(".history tbody tr").length);
  for (let i = 0; i < submits; i++) {
    const before = await rows();
    const started = performance.now();
    await page.keyboard.press("Control+Enter");
    await page.waitForFunction(
      (count) =>
        document.querySelectorAll(".history tbody tr").length === count + 1 &&
        document.querySelector(".history tbody tr")?.getAttribute("data-status") === "graded" &&
        /Passed · 100%/.test(document.querySelector('.exercise-verdict .verdict[data-status="graded"] h2')?.textContent ?? ""),
      before,
      { polling: "raf" },
    );
    verdictMs.push(performance.now() - started);
    await editor.locator(".view-lines").click();
  }
  await context.close();
  return { interactiveMs, editorShownMs, verdictMs };
}

async function main() {
  const curriculum = loadCurriculum(join(projectRoot, "lessons"));
  const stack = await startBenchStack("bench", curriculum);
  const { databaseUrl, redisUrl, queuePrefix } = stack;
  const solution = curriculum.flatMap((lesson) => lesson.exercises).find((exercise) => exercise.id === exerciseId)?.solutions[0];
  if (!solution) throw new Error(`no reference solution for ${exerciseId}`);

  buildSiteIfStale();
  const env = { ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, QUEUE_PREFIX: queuePrefix, LOG_LEVEL: "warn", NEXT_TELEMETRY_DISABLED: "1" };
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const web = startWebServer(port, env);
  let browser: Browser | null = null;
  let worker: Awaited<ReturnType<typeof startWorker>> | null = null;
  try {
    await web.waitForOutput("Ready");
    worker = await startWorker({ ...env, LOG_LEVEL: "info" });
    const lessonMs = await lessonResponseTimes(baseUrl);
    browser = await launchChromium();
    const interactive: number[] = [];
    const editorShown: number[] = [];
    const verdict: number[] = [];
    for (let visit = 0; visit < 5; visit++) {
      // Submitting needs an account: a new learner each visit, signed up before the clock starts
      // (one account for all 13 submissions would meet the per-minute submission limit).
      const sessionCookie = await signUpOverHttp(baseUrl, `bench-${process.pid}-${visit}@example.org`);
      const result = await exerciseVisit(browser, baseUrl, sessionCookie, solution, visit === 0 ? 1 : 3);
      interactive.push(result.interactiveMs);
      editorShown.push(result.editorShownMs);
      if (visit > 0) verdict.push(...result.verdictMs); // the first visit warms the worker's threads
    }
    process.stdout.write(
      `${JSON.stringify({
        lessonPage: { path: lessonPath, ...summary(lessonMs, 50) },
        exerciseInteractive: {
          path: `/exercises/${exerciseId}`,
          ...summary(interactive, 2000),
          samplesMs: interactive.map(round),
          editorShownMedianMs: round(percentile(editorShown, 0.5)),
          editorShownSamplesMs: editorShown.map(round),
        },
        submitToVerdict: { exercise: exerciseId, ...summary(verdict, 1000), samplesMs: verdict.map(round) },
      })}\n`,
    );
  } finally {
    await browser?.close();
    await Promise.all([web.stop(), worker?.stop()]);
    await stack.cleanup();
  }
}

await main();

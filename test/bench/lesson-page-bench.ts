/**
 * Lesson pages under load (issue 9: 1,000 requests/s): the built site under PodLab's web server
 * (worker/cli/web-server.ts), or with `--server next` under plain `next start` to compare, on a
 * scratch stack, driven over loopback by autocannon. For each page it reports requests/s,
 * latency and the bytes sent, once as curl does (no Accept-Encoding) and once as a browser does
 * (`Accept-Encoding: gzip, deflate, br`), since both servers compress responses themselves.
 * Prints one JSON object on stdout. Builds the site if stale, so run it under the e2e lock:
 * `flock /tmp/podlab-e2e.lock node --import tsx test/bench/lesson-page-bench.ts [--seconds 10]
 * [--connections 100] [--paths /lessons/probes,/lessons/probes/zh] [--server podlab|next]`.
 */
import { createRequire } from "node:module";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { loadCurriculum } from "../../lib/lessons/load-curriculum.ts";
import { buildSiteIfStale, startBenchStack } from "./bench-stack.ts";
import { freePort, projectRoot, startProcess, startWebServer } from "../support/test-env.ts";

const require = createRequire(import.meta.url);
const { values: args } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "100" },
    paths: { type: "string", default: "/lessons/probes,/lessons/probes/zh" },
    server: { type: "string", default: "podlab" },
  },
});
if (args.server !== "podlab" && args.server !== "next") throw new Error(`--server is podlab or next, not ${args.server}`);
const browserHeaders = { "accept-encoding": "gzip, deflate, br", accept: "text/html" };

async function measure(url: string, headers: Record<string, string>, seconds = Number(args.seconds)) {
  const result = await autocannon({ url, headers, connections: Number(args.connections), duration: seconds });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    bytesPerRequest: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
    latencyMs: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99 },
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

buildSiteIfStale();
const stack = await startBenchStack("lesson-pages", loadCurriculum(join(projectRoot, "lessons")));
const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: stack.databaseUrl,
  REDIS_URL: stack.redisUrl,
  QUEUE_PREFIX: stack.queuePrefix,
  PORT: String(port),
  LOG_LEVEL: "warn",
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
};
const web =
  args.server === "next"
    ? startProcess([require.resolve("next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], env)
    : startWebServer(port, env);
try {
  await web.waitForOutput("Ready");
  const pages = [];
  for (const path of args.paths.split(",")) {
    await measure(`${baseUrl}${path}`, browserHeaders, 2); // warm-up: first read, JIT
    pages.push({ path, plain: await measure(`${baseUrl}${path}`, {}), browser: await measure(`${baseUrl}${path}`, browserHeaders) });
  }
  process.stdout.write(`${JSON.stringify({ server: args.server, machineCores: cpus().length, loadAverage: loadavg().map((value) => Number(value.toFixed(2))), pages })}\n`);
} finally {
  await web.stop();
  await stack.cleanup();
}

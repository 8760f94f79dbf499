/**
 * Load test (issue 9): PodLab as `npm start` runs it — the built site under its web server (worker/cli/web-server.ts) and
 * WORKERS grading worker processes, on a temporary database and queue prefix — driven over
 * loopback by simulated students who sign up and sign in over HTTP, read lessons, and submit a
 * mix of right and wrong answers at a steady arrival rate.
 *
 * Reports, as one JSON object on stdout, for each worker count (default 1 then 2):
 * - submissions: offered rate, accepted, errors, lost (accepted but never graded), throughput of
 *   verdicts, and submit→verdict latency p50/p95/p99 — from the moment the HTTP request was sent
 *   until the worker stored the verdict (the verdict's `finishedAt`; the site's live stream shows it
 *   within one more round trip);
 * - lesson pages: requests/s and latency under autocannon (100 connections, 10 s).
 * Targets on a 2-core machine: 200 submissions/s for 60 s with p95 < 250 ms and none lost; lesson
 * pages at 1,000 requests/s.
 *
 * Usage: `flock /tmp/podlab-e2e.lock npm run loadtest -- [--rate 200] [--seconds 60] [--workers 1,2]`
 * (it builds the site if stale). Students submit faster than people do, so the run lifts the
 * per-learner limit (SUBMISSIONS_PER_MINUTE); each student signs in from an address of its own
 * (X-Forwarded-For, as behind a proxy) so the per-address sign-in limit applies per student, and
 * submits over kept-alive connections of its own, at most six at once, as a browser does.
 * BENCH_DATABASE=postgres runs it on a scratch database on the tests' PostgreSQL server
 * (PODLAB_TEST_POSTGRES_URL) instead of a SQLite file.
 */
import { readFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { Redis } from "ioredis";
import type { PrismaClient } from "../../lib/db/client.ts";
import { loadCurriculum } from "../../lib/lessons/load-curriculum.ts";
import { cookieHeader } from "../support/accounts.ts";
import { buildSiteIfStale, startBenchStack } from "./bench-stack.ts";
import { freePort, projectRoot, type RunningProcess, startWebServer, startWorker } from "../support/test-env.ts";

const { values: args } = parseArgs({
  options: {
    rate: { type: "string", default: "200" },
    seconds: { type: "string", default: "60" },
    workers: { type: "string", default: "1,2" },
    students: { type: "string", default: "100" },
    "lesson-seconds": { type: "string", default: "10" },
  },
});
const rate = Number(args.rate);
const seconds = Number(args.seconds);
const studentCount = Number(args.students);
const lessonSeconds = Number(args["lesson-seconds"]);
const workerCounts = args.workers.split(",").map(Number);
const lessonPath = "/lessons/probes";
const password = "load test password 1";

const curriculum = loadCurriculum(join(projectRoot, "lessons"));
/** Exercises with a right and a wrong answer each; students pick among them at random. */
const answers = curriculum
  .flatMap((lesson) => lesson.exercises)
  .filter((exercise) => exercise.wrongAnswers.length > 0)
  .slice(0, 8)
  .map((exercise) => ({ exerciseId: exercise.id, right: exercise.solutions[0]!, wrong: exercise.wrongAnswers[0]!.yaml }));

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
/** Milliseconds of CPU per submission between two readings in seconds. */
const cpuMsPer = (before: number, after: number, submissions: number) => Number(((1000 * (after - before)) / Math.max(1, submissions)).toFixed(2));

/** CPU seconds (user + system, every thread) each process has used so far, from /proc (Linux). */
function cpuSeconds(processes: RunningProcess[]): number[] {
  const ticksPerSecond = 100; // USER_HZ on Linux
  return processes.map((running) => {
    const stat = readFileSync(`/proc/${running.child.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  });
}

/** CPU seconds the Redis server has used so far (INFO cpu: its main thread and the rest). */
async function redisCpuSeconds(redis: Redis): Promise<number> {
  const info = await redis.info("cpu");
  const field = (name: string) => Number(new RegExp(`^${name}:([\\d.]+)`, "m").exec(info)?.[1] ?? 0);
  return field("used_cpu_user") + field("used_cpu_sys");
}

/** CPU seconds this process (the load generator) has used so far. */
const ownCpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

const quantile = (sorted: number[], q: number) => (sorted.length === 0 ? null : Number(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1)));
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** A deterministic stream of choices, so runs offer the same mix. */
function* choices(seed: number): Generator<number> {
  let state = seed;
  for (;;) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    yield state / 2 ** 31;
  }
}

interface Student {
  cookie: string;
  address: string;
  /** Like a browser: kept-alive connections of its own, at most six at once. */
  connections: Agent;
}

/** POSTs `body` over one of `connections`; resolves with the status and body text. */
function post(connections: Agent, url: string, headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
  return new Promise((done, fail) => {
    const outgoing = request(url, { method: "POST", agent: connections, headers: { ...headers, "content-length": String(Buffer.byteLength(body)) } }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
      incoming.on("error", fail);
      incoming.on("end", () => done({ status: incoming.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
    });
    outgoing.on("error", fail);
    outgoing.end(body);
  });
}

async function signUpStudent(baseUrl: string, index: number): Promise<Student> {
  const address = `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;
  const headers = { "content-type": "application/json", origin: baseUrl, "x-forwarded-for": address };
  const email = `student-${index}@load.test`;
  const signUp = await fetch(`${baseUrl}/api/auth/sign-up/email`, { method: "POST", headers, body: JSON.stringify({ email, password, name: `Student ${index}` }) });
  if (signUp.status !== 200) throw new Error(`sign-up answered ${signUp.status}: ${await signUp.text()}`);
  const signIn = await fetch(`${baseUrl}/api/auth/sign-in/email`, { method: "POST", headers, body: JSON.stringify({ email, password }) });
  if (signIn.status !== 200) throw new Error(`sign-in answered ${signIn.status}: ${await signIn.text()}`);
  return { cookie: cookieHeader(signIn), address, connections: new Agent({ keepAlive: true, maxSockets: 6 }) };
}

interface Sent {
  id: string;
  sentAt: number;
  /** When the 202 came back. */
  acceptedAt: number;
}

/** Offers `rate` submissions per second for `seconds`, open loop: a slow answer does not slow the offer. */
async function offerSubmissions(baseUrl: string, students: Student[], rate: number, seconds: number) {
  const random = choices(7);
  const sent: Sent[] = [];
  const errors: Record<string, number> = {};
  const pending: Promise<void>[] = [];
  const total = rate * seconds;
  const started = performance.now();
  const startedAt = Date.now();
  /** For each request that failed without an answer: the second of the run it was sent in. */
  const failedAtSecond: number[] = [];
  for (let index = 0; index < total; index++) {
    const due = started + (index * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const student = students[Math.floor(random.next().value! * students.length)]!;
    const answer = answers[Math.floor(random.next().value! * answers.length)]!;
    const yaml = random.next().value! < 0.5 ? answer.right : answer.wrong;
    const sentAt = Date.now();
    pending.push(
      post(student.connections, `${baseUrl}/api/submissions`, { "content-type": "application/json", "accept-encoding": "gzip, deflate, br", origin: baseUrl, cookie: student.cookie, "x-forwarded-for": student.address }, JSON.stringify({ exerciseId: answer.exerciseId, yaml })).then(
        ({ status, text }) => {
          if (status === 202) sent.push({ id: (JSON.parse(text) as { id: string }).id, sentAt, acceptedAt: Date.now() });
          else errors[String(status)] = (errors[String(status)] ?? 0) + 1;
        },
        (error: NodeJS.ErrnoException) => {
          const key = error.code ?? error.message;
          errors[key] = (errors[key] ?? 0) + 1;
          failedAtSecond.push(Math.floor((sentAt - startedAt) / 1000));
        },
      ),
    );
  }
  await Promise.all(pending);
  return { sent, errors, failedAtSecond, offeredSeconds: (performance.now() - started) / 1000 };
}

async function lessonPageLoad(baseUrl: string) {
  if (lessonSeconds === 0) return null;
  const result = await autocannon({ url: `${baseUrl}${lessonPath}`, connections: 100, duration: lessonSeconds });
  return {
    path: lessonPath,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99 },
    non2xx: result.non2xx,
    errors: result.errors,
    targetRequestsPerSecond: 1000,
  };
}

async function runWith(workerCount: number) {
  const stack = await startBenchStack("load", curriculum);
  const { databaseUrl, redisUrl, queuePrefix, db } = stack;

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: queuePrefix,
    PORT: String(port),
    LOG_LEVEL: "warn",
    NODE_ENV: "production",
    SUBMISSIONS_PER_MINUTE: "1000",
    // Each student sends an address of its own in X-Forwarded-For, as a proxy in front would.
    TRUST_PROXY: "1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const web = startWebServer(port, env);
  const workers: RunningProcess[] = [];
  try {
    await web.waitForOutput("Ready");
    for (let index = 0; index < workerCount; index++) workers.push(await startWorker({ ...env, LOG_LEVEL: "info" }));
    const students: Student[] = [];
    for (let index = 0; index < studentCount; index++) students.push(await signUpStudent(baseUrl, index + 1));
    await offerWarmUp(baseUrl, students, db);

    const lessons = await lessonPageLoad(baseUrl);
    // The lesson phase drives the web server flat out; the submissions are measured once it has
    // answered what autocannon left in flight (they showed a 2 s stall in their first 5 s otherwise).
    if (lessons) await sleep(5000);
    const redis = new Redis(redisUrl, { lazyConnect: true });
    await redis.connect();
    const cpuBefore = [...cpuSeconds([web, ...workers]), await redisCpuSeconds(redis), ownCpuSeconds()];
    const offer = await offerSubmissions(baseUrl, students, rate, seconds);
    const ids = offer.sent.map((entry) => entry.id);
    const deadline = Date.now() + 120_000;
    let rows = await db.submission.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, finishedAt: true } });
    while (rows.some((row) => row.status === "queued" || row.status === "running") && Date.now() < deadline) {
      await sleep(500);
      rows = await db.submission.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, finishedAt: true } });
    }
    const cpuAfter = [...cpuSeconds([web, ...workers]), await redisCpuSeconds(redis), ownCpuSeconds()];
    redis.disconnect();
    const sentAt = new Map(offer.sent.map((entry) => [entry.id, entry.sentAt]));
    const graded = rows.filter((row) => row.status === "graded" && row.finishedAt);
    const latencies = graded.map((row) => row.finishedAt!.getTime() - sentAt.get(row.id)!).sort((a, b) => a - b);
    const finishedTimes = graded.map((row) => row.finishedAt!.getTime());
    const firstSent = Math.min(...offer.sent.map((entry) => entry.sentAt));
    const lastFinished = Math.max(...finishedTimes);
    return {
      workers: workerCount,
      submissions: {
        offeredPerSecond: rate,
        seconds,
        offered: rate * seconds,
        accepted: offer.sent.length,
        errors: offer.errors,
        unansweredAtSecond: offer.failedAtSecond,
        graded: graded.length,
        failed: rows.filter((row) => row.status === "failed").length,
        lost: offer.sent.length - graded.length - rows.filter((row) => row.status === "failed").length,
        verdictsPerSecond: Math.round(graded.length / ((lastFinished - firstSent) / 1000)),
        submitToVerdictMs: { p50: quantile(latencies, 0.5), p95: quantile(latencies, 0.95), p99: quantile(latencies, 0.99), max: latencies.at(-1) ?? null },
        // p95 by when the submission was sent, in 5-second slices: a backlog rises steadily, a stall jumps.
        p95MsBySentSlice: p95BySlice(graded.map((row) => ({ sentAt: sentAt.get(row.id)!, latencyMs: row.finishedAt!.getTime() - sentAt.get(row.id)! })), firstSent),
        // The same for the web server's part alone: from sending the request until its 202 arrived.
        acceptP95MsBySentSlice: p95BySlice(offer.sent.map((entry) => ({ sentAt: entry.sentAt, latencyMs: entry.acceptedAt - entry.sentAt })), firstSent),
        target: { perSecond: 200, p95Ms: 250, lost: 0 },
        // CPU per accepted submission, in ms, from the submissions until every verdict: a figure
        // that other work on the machine changes far less than latency.
        // Redis and the load generator (this process, which also polls for the verdicts at the
        // end) share the same cores.
        cpuMsPerSubmission: {
          web: cpuMsPer(cpuBefore[0]!, cpuAfter[0]!, offer.sent.length),
          workers: cpuMsPer(sum(cpuBefore.slice(1, -2)), sum(cpuAfter.slice(1, -2)), offer.sent.length),
          redis: cpuMsPer(cpuBefore.at(-2)!, cpuAfter.at(-2)!, offer.sent.length),
          loadGenerator: cpuMsPer(cpuBefore.at(-1)!, cpuAfter.at(-1)!, offer.sent.length),
        },
      },
      loadAverage: loadavg().map((value) => Number(value.toFixed(2))),
      lessonPages: lessons,
    };
  } finally {
    await Promise.all([web.stop(), ...workers.map((worker) => worker.stop())]);
    await stack.cleanup();
  }
}

function p95BySlice(samples: { sentAt: number; latencyMs: number }[], firstSent: number, sliceMs = 5000): (number | null)[] {
  const slices: number[][] = [];
  for (const { sentAt, latencyMs } of samples) (slices[Math.floor((sentAt - firstSent) / sliceMs)] ??= []).push(latencyMs);
  return Array.from(slices, (slice) => quantile((slice ?? []).sort((a, b) => a - b), 0.95));
}

/** A few submissions before measuring, so worker threads have loaded the course. */
/**
 * Warms the site up as a running site is: each worker thread loads the course, then half the
 * measured rate for 10 s, until every warm-up submission is graded. Measured cold, the first
 * seconds at 100/s queued requests for up to 4 s before the web server read them (V8 and Prisma
 * still warming), which says nothing about a site that has been up for a while.
 */
async function offerWarmUp(baseUrl: string, students: Student[], db: PrismaClient): Promise<void> {
  for (const answer of answers) {
    await fetch(`${baseUrl}/api/submissions`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: baseUrl, cookie: students[0]!.cookie, "x-forwarded-for": students[0]!.address },
      body: JSON.stringify({ exerciseId: answer.exerciseId, yaml: answer.right }),
    }).then((response) => response.body?.cancel());
  }
  await offerSubmissions(baseUrl, students, Math.max(1, Math.floor(rate / 2)), 10);
  while ((await db.submission.count({ where: { status: { in: ["queued", "running"] } } })) > 0) await sleep(500);
  await sleep(2000);
}

buildSiteIfStale();
const runs = [];
for (const count of workerCounts) runs.push(await runWith(count));
process.stdout.write(`${JSON.stringify({ machineCores: (await import("node:os")).cpus().length, runs })}\n`);

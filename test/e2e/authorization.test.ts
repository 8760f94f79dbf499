// Who may read and change what, over plain HTTP against the built site (issue 8's authorization
// matrix): every page and route handler, for each kind of person, one test per cell. The people:
// "student" owns the submission and is in the cohort "instructor" runs; "other student" and
// "instructor of another cohort" (who runs a cohort of their own) are signed in but have no
// business with either. The course has a draft exercise (two-containers).
//
// What the answers mean. Pages answer a signed-out visitor with a redirect to sign in, route
// handlers with 401. Something that exists only for its owners answers 404 to everyone else, so
// its existence is not given away: drafts (to students), a cohort's page and data (to everyone
// but its instructor and admins), a submission (to everyone but the learner who made it: its
// routes serve the learner's own exercise page; instructors follow their students on the cohort
// page, which shows scores, never a learner's YAML); paging back through one's submissions to an
// exercise answers everyone signed in, each with their own. Pages and routes for a role answer
// 403 to the other roles (admin pages; running reference answers is for instructors and admins).
// Health and metrics are open: load balancers and Prometheus scrape them without a session, and
// they hold only counts and latencies. The one server action (the playground's) is open like
// its page; it is called here the way its page calls it, by its id from the build's manifest.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpOverHttp } from "../support/accounts.ts";
import { courseWithDrafts } from "../support/course-with-drafts.ts";
import { createTestEnv, projectRoot, type TestEnv } from "../support/test-env.ts";
import { startWebApp, type WebApp } from "../support/web-app.ts";

type Who = "anonymous" | "student" | "other student" | "instructor of another cohort" | "instructor" | "admin";
const everyone: Who[] = ["anonymous", "student", "other student", "instructor of another cohort", "instructor", "admin"];

let t: TestEnv;
let app: WebApp;
const cookies = new Map<Who, string>();
/** The cohort "instructor" runs, with "student" in it; another one's, to join; and the ids below. */
const ids = { cohort: "", openCohort: "", submission: "", target: "" };

beforeAll(async () => {
  t = await createTestEnv();
  app = await startWebApp(t, { env: { PODLAB_LESSONS_DIR: courseWithDrafts() } });
  const userIds = new Map<Who, string>();
  for (const who of everyone.slice(1)) {
    const email = `${who.replaceAll(" ", "-")}@authz.test`;
    cookies.set(who, await signUpOverHttp(app.baseUrl, email));
    const role = who === "admin" ? "admin" : who.startsWith("instructor") ? "instructor" : "student";
    userIds.set(who, (await t.db.user.update({ where: { email }, data: { role }, select: { id: true } })).id);
  }
  await signUpOverHttp(app.baseUrl, "target@authz.test");
  ids.target = (await t.db.user.findUniqueOrThrow({ where: { email: "target@authz.test" } })).id;
  const cohort = await t.db.cohort.create({
    data: { name: "Authz", joinCode: "AUTHZ234", instructorId: userIds.get("instructor")!, members: { create: { userId: userIds.get("student")! } } },
  });
  const open = await t.db.cohort.create({ data: { name: "Open", joinCode: "JQNP2345", instructorId: userIds.get("instructor of another cohort")! } });
  // Graded for good (failed), so its event stream sends one event and ends.
  const submission = await t.db.submission.create({
    data: { userId: userIds.get("student")!, exerciseId: "first-pod", yaml: "apiVersion: v1\n", status: "failed", failure: "test", finishedAt: new Date() },
  });
  Object.assign(ids, { cohort: cohort.id, openCohort: open.id, submission: submission.id });
});

afterAll(async () => {
  await app?.stop();
  await t?.cleanup();
});

type Method = "GET" | "POST" | "PUT";

/** A request as `who` would send it from the site's own pages. */
function send(who: Who, method: Method, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { origin: app.baseUrl };
  const cookie = cookies.get(who);
  if (cookie) headers.cookie = cookie;
  if (body !== undefined) headers["content-type"] = "application/json";
  return fetch(`${app.baseUrl}${path}`, { method, headers, redirect: "manual", body: body === undefined ? undefined : JSON.stringify(body) });
}

/** A status, or "→ PATH" for a redirect (the sign-in page, or home for someone already signed in). */
async function outcome(response: Response): Promise<number | string> {
  // Not read: an event stream stays open, and no cell is about the body.
  await response.body?.cancel();
  const location = response.headers.get("location");
  if (response.status >= 300 && response.status < 400 && location) return `→ ${new URL(location, app.baseUrl).pathname}`;
  return response.status;
}

/** Calls the playground's server action as its page does (React's encoding of the arguments). */
function simulatePlayground(who: Who): Promise<Response> {
  const manifest = JSON.parse(readFileSync(join(projectRoot, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName: string }>;
  };
  const id = Object.keys(manifest.node).find((key) => manifest.node[key]!.exportedName === "simulatePlayground")!;
  const cookie = cookies.get(who);
  return fetch(`${app.baseUrl}/playground`, {
    method: "POST",
    redirect: "manual",
    headers: { origin: app.baseUrl, "next-action": id, "content-type": "text/plain;charset=UTF-8", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify([{ pod: "" }]),
  });
}

type Row = { action: string; run: (who: Who) => Promise<Response>; expected: (number | string)[] };

const get = (path: string) => (who: Who) => send(who, "GET", path);
const signIn = "→ /sign-in";
/** Open to everyone. */
const all = (status: number) => Array<number>(6).fill(status);
/** Signed-out visitors are sent to sign in; everyone signed in gets `status`. */
const signedIn = (status: number) => [signIn, ...Array<number>(5).fill(status)];
/** For instructors and admins only; students get `refusal`. */
const authors = (anonymous: number | string, refusal: number, status: number) => [anonymous, refusal, refusal, status, status, status];
/** For admins only. */
const admins = (anonymous: number | string, status: number) => [anonymous, 403, 403, 403, 403, status];
/** For the cohort's instructor and admins; 404 for anyone else signed in. */
const cohortOwners = (anonymous: number | string, status: number) => [anonymous, 404, 404, 404, status, status];

const pages: Row[] = [
  { action: "read the course home", run: get("/"), expected: all(200) },
  { action: "read a lesson", run: get("/lessons/pods-as-process-groups"), expected: all(200) },
  { action: "read a lesson in Chinese", run: get("/lessons/pods-as-process-groups/zh"), expected: all(200) },
  { action: "open an exercise", run: get("/exercises/first-pod"), expected: all(200) },
  { action: "open a draft exercise", run: get("/exercises/two-containers"), expected: authors(404, 404, 200) },
  { action: "preview a lesson", run: get("/preview/pods-as-process-groups"), expected: authors(404, 404, 200) },
  { action: "open the playground", run: get("/playground"), expected: all(200) },
  { action: "read the leaderboard", run: get("/leaderboard"), expected: signedIn(200) },
  { action: "read this week's leaderboard", run: get("/leaderboard/week"), expected: signedIn(200) },
  { action: "read the profile", run: get("/profile"), expected: signedIn(200) },
  { action: "open the password change page", run: get("/account/password"), expected: signedIn(200) },
  { action: "open the reset page without a link", run: get("/account/reset-password"), expected: all(200) },
  { action: "open the sign-in page", run: get("/sign-in"), expected: [200, "→ /", "→ /", "→ /", "→ /", "→ /"] },
  { action: "open the sign-up page", run: get("/sign-up"), expected: [200, "→ /", "→ /", "→ /", "→ /", "→ /"] },
  { action: "read the cohorts page", run: get("/cohorts"), expected: signedIn(200) },
  { action: "read the join page", run: get("/cohorts/join"), expected: signedIn(200) },
  { action: "read the cohort page", run: (who) => send(who, "GET", `/cohorts/${ids.cohort}`), expected: cohortOwners(signIn, 200) },
  { action: "read the cohort's leaderboard", run: (who) => send(who, "GET", `/leaderboard?cohort=${ids.cohort}`), expected: [signIn, 200, 404, 404, 200, 200] },
  { action: "read the user list", run: get("/admin/users"), expected: admins(signIn, 200) },
  { action: "read the queue dashboard", run: get("/admin/queues"), expected: admins(signIn, 200) },
];

const routes: Row[] = [
  { action: "submit an answer", run: (who) => send(who, "POST", "/api/submissions", { exerciseId: "first-pod", yaml: "apiVersion: v1\n" }), expected: [401, 202, 202, 202, 202, 202] },
  {
    action: "submit to a draft exercise",
    run: (who) => send(who, "POST", "/api/submissions", { exerciseId: "two-containers", yaml: "apiVersion: v1\n" }),
    expected: authors(401, 404, 202),
  },
  { action: "read the student's submission", run: (who) => send(who, "GET", `/api/submissions/${ids.submission}`), expected: [401, 200, 404, 404, 404, 404] },
  { action: "follow the student's submission (events)", run: (who) => send(who, "GET", `/api/submissions/${ids.submission}/events`), expected: [401, 200, 404, 404, 404, 404] },
  { action: "page back through one's own submissions", run: get("/api/exercises/first-pod/submissions"), expected: [401, 200, 200, 200, 200, 200] },
  { action: "page back through one's submissions to a draft", run: get("/api/exercises/two-containers/submissions"), expected: authors(401, 404, 200) },
  { action: "run an exercise's reference answers", run: (who) => send(who, "POST", "/api/exercises/first-pod/reference-answers"), expected: authors(401, 403, 200) },
  { action: "change an account's role", run: (who) => send(who, "PUT", `/api/admin/users/${ids.target}/role`, { role: "student" }), expected: admins(401, 200) },
  { action: "make a password reset link", run: (who) => send(who, "POST", `/api/admin/users/${ids.target}/password-reset-link`), expected: admins(401, 201) },
  { action: "create a cohort", run: (who) => send(who, "POST", "/api/cohorts", { name: `Made by ${who}` }), expected: authors(401, 403, 201) },
  { action: "join a cohort with its code", run: (who) => send(who, "POST", "/api/cohorts/join", { code: "JQNP2345" }), expected: [401, 200, 200, 200, 200, 200] },
  { action: "change the cohort's join code", run: (who) => send(who, "POST", `/api/cohorts/${ids.cohort}/join-code`), expected: cohortOwners(401, 200) },
  { action: "download the cohort's CSV", run: (who) => send(who, "GET", `/api/cohorts/${ids.cohort}/matrix.csv`), expected: cohortOwners(401, 200) },
  { action: "read the queue dashboard's data", run: get("/admin/queues/api/queues"), expected: admins(signIn, 200) },
  { action: "clean the queue's completed jobs", run: (who) => send(who, "PUT", "/admin/queues/api/queues/grading/clean/completed"), expected: admins(401, 200) },
  { action: "run the playground (server action)", run: simulatePlayground, expected: all(200) },
  { action: "read health", run: get("/api/health"), expected: all(200) },
  { action: "read metrics", run: get("/api/metrics"), expected: all(200) },
];

const cells = [...pages, ...routes].flatMap(({ action, run, expected }) => everyone.map((who, index) => ({ action, who, run, expected: expected[index]! })));

describe("authorization", () => {
  it.each(cells)("$who: $action → $expected", async ({ who, run, expected }) => {
    expect(await outcome(await run(who))).toBe(expected);
  });

  it("refuses a change sent from another site, even by the cohort's instructor or an admin", async () => {
    const evil = (cookie: string, method: string, path: string) => fetch(`${app.baseUrl}${path}`, { method, headers: { origin: "https://evil.example", cookie } });
    expect((await evil(cookies.get("instructor")!, "POST", `/api/cohorts/${ids.cohort}/join-code`)).status).toBe(403);
    expect((await evil(cookies.get("admin")!, "POST", `/api/admin/users/${ids.target}/password-reset-link`)).status).toBe(403);
  });

  it("answers a cohort id that is not an id with 400, and an unknown one with 404", async () => {
    expect((await send("admin", "GET", "/api/cohorts/%00/matrix.csv")).status).toBe(400);
    expect((await send("admin", "GET", "/api/cohorts/no-such-cohort/matrix.csv")).status).toBe(404);
    expect((await send("admin", "GET", "/cohorts/no-such-cohort")).status).toBe(404);
  });

  it("answers 400 to a cohort name holding a NUL, and 404 to a join code holding one", async () => {
    expect((await send("instructor", "POST", "/api/cohorts", { name: "Pods\u0000" })).status).toBe(400);
    expect((await send("student", "POST", "/api/cohorts/join", { code: "\u0000AUTHZ23" })).status).toBe(404);
  });

  it("pages back through the caller's own submissions only", async () => {
    const idsSeenBy = async (who: Who) => {
      const page = (await (await send(who, "GET", "/api/exercises/first-pod/submissions")).json()) as { submissions: { id: string }[] };
      return page.submissions.map((submission) => submission.id);
    };
    expect(await idsSeenBy("student")).toContain(ids.submission);
    for (const who of ["other student", "instructor", "admin"] as const) expect(await idsSeenBy(who)).not.toContain(ids.submission);
  });

  it("answers a history cursor that is not one with 400, and an unknown exercise with 404", async () => {
    for (const cursor of ["", "yesterday", "1712345678901.a'--", "%00", "1".repeat(5000)]) {
      const response = await send("student", "GET", `/api/exercises/first-pod/submissions?before=${cursor}`);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("bad_request");
    }
    expect((await send("student", "GET", "/api/exercises/no-such-exercise/submissions")).status).toBe(404);
  });

  it("answers a reset link for an unknown account with 404, and a malformed id with 400", async () => {
    expect((await send("admin", "POST", "/api/admin/users/no-such-account/password-reset-link")).status).toBe(404);
    expect((await send("admin", "POST", "/api/admin/users/bad%00id/password-reset-link")).status).toBe(400);
  });
});

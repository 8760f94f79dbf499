// Who may read and change what of a cohort, over HTTP against the built site: every cohort route
// and page, for each kind of person (issue 8's authorization matrix), one test per cell. Pages
// answer a signed-out visitor with a redirect to sign in; route handlers with 401. A cohort's own
// pages answer 404 to everyone but its instructor and admins, so its existence is not given away.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpOverHttp } from "../support/accounts.ts";
import { createTestEnv, type TestEnv } from "../support/test-env.ts";
import { startWebApp, type WebApp } from "../support/web-app.ts";

type Who = "anonymous" | "student" | "other student" | "instructor of another cohort" | "instructor" | "admin";

let t: TestEnv;
let app: WebApp;
const cookies = new Map<Who, string>();
/** The cohort the matrix is about (run by "instructor", with "student" in it), and one to join. */
let cohortId: string;
let openCohortId: string;

beforeAll(async () => {
  t = await createTestEnv();
  app = await startWebApp(t, { withWorker: false });
  const people: [Exclude<Who, "anonymous">, "student" | "instructor" | "admin"][] = [
    ["student", "student"],
    ["other student", "student"],
    ["instructor of another cohort", "instructor"],
    ["instructor", "instructor"],
    ["admin", "admin"],
  ];
  const ids = new Map<Who, string>();
  for (const [who, role] of people) {
    const email = `${who.replaceAll(" ", "-")}@authz.test`;
    cookies.set(who, await signUpOverHttp(app.baseUrl, email));
    const user = await t.db.user.update({ where: { email }, data: { role }, select: { id: true } });
    ids.set(who, user.id);
  }
  const cohort = await t.db.cohort.create({
    data: { name: "Authz", joinCode: "AUTHZ234", instructorId: ids.get("instructor")!, members: { create: { userId: ids.get("student")! } } },
  });
  const open = await t.db.cohort.create({ data: { name: "Open", joinCode: "JQNP2345", instructorId: ids.get("instructor of another cohort")! } });
  cohortId = cohort.id;
  openCohortId = open.id;
});

afterAll(async () => {
  await app?.stop();
  await t?.cleanup();
});

/** A request as `who` would send it from the site's own pages. */
function send(who: Who, method: "GET" | "POST", path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { origin: app.baseUrl };
  const cookie = cookies.get(who);
  if (cookie) headers.cookie = cookie;
  if (body !== undefined) headers["content-type"] = "application/json";
  return fetch(`${app.baseUrl}${path}`, { method, headers, redirect: "manual", body: body === undefined ? undefined : JSON.stringify(body) });
}

/** A status, or "sign-in" for a redirect to the sign-in page. */
function outcome(response: Response): number | "sign-in" {
  const location = response.headers.get("location");
  if (response.status >= 300 && response.status < 400 && location && new URL(location, app.baseUrl).pathname === "/sign-in") return "sign-in";
  return response.status;
}

type Action = { name: string; run: (who: Who) => Promise<Response> };

const actions: Record<string, Action> = {
  cohortPage: { name: "read the cohort page", run: (who) => send(who, "GET", `/cohorts/${cohortId}`) },
  csv: { name: "download the cohort's CSV", run: (who) => send(who, "GET", `/api/cohorts/${cohortId}/matrix.csv`) },
  board: { name: "read the cohort's leaderboard", run: (who) => send(who, "GET", `/leaderboard?cohort=${cohortId}`) },
  regenerate: { name: "change the cohort's join code", run: (who) => send(who, "POST", `/api/cohorts/${cohortId}/join-code`) },
  create: { name: "create a cohort", run: (who) => send(who, "POST", "/api/cohorts", { name: `Made by ${who}` }) },
  cohortsPage: { name: "read the cohorts page", run: (who) => send(who, "GET", "/cohorts") },
  joinPage: { name: "read the join page", run: (who) => send(who, "GET", "/cohorts/join") },
  join: {
    name: "join a cohort with its code",
    run: async (who) => send(who, "POST", "/api/cohorts/join", { code: (await t.db.cohort.findUniqueOrThrow({ where: { id: openCohortId } })).joinCode }),
  },
};

const everyone: Who[] = ["anonymous", "student", "other student", "instructor of another cohort", "instructor", "admin"];

/** Expected outcomes, in the order of `everyone`. */
const matrix: [Action, (number | "sign-in")[]][] = [
  [actions.cohortPage!, ["sign-in", 404, 404, 404, 200, 200]],
  [actions.csv!, [401, 404, 404, 404, 200, 200]],
  [actions.board!, ["sign-in", 200, 404, 404, 200, 200]],
  [actions.regenerate!, [401, 404, 404, 404, 200, 200]],
  [actions.create!, [401, 403, 403, 201, 201, 201]],
  [actions.cohortsPage!, ["sign-in", 200, 200, 200, 200, 200]],
  [actions.joinPage!, ["sign-in", 200, 200, 200, 200, 200]],
  [actions.join!, [401, 200, 200, 200, 200, 200]],
];

const cells = matrix.flatMap(([action, expected]) => everyone.map((who, index) => ({ action: action.name, who, run: action.run, expected: expected[index]! })));

describe("cohort authorization", () => {
  it.each(cells)("$who: $action → $expected", async ({ who, run, expected }) => {
    expect(outcome(await run(who))).toBe(expected);
  });

  it("refuses a change sent from another site, even by the cohort's instructor", async () => {
    const response = await fetch(`${app.baseUrl}/api/cohorts/${cohortId}/join-code`, {
      method: "POST",
      headers: { origin: "https://evil.example", cookie: cookies.get("instructor")! },
    });
    expect(response.status).toBe(403);
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
});

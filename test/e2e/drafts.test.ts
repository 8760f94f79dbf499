// Drafts over HTTP (issue 8): a site serving a course with a draft lesson and a draft exercise
// (PODLAB_LESSONS_DIR) hides both from visitors and students everywhere, and shows them to
// instructors, marked as drafts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpOverHttp } from "../support/accounts.ts";
import { courseWithDrafts } from "../support/course-with-drafts.ts";
import { buildIfStale } from "../../worker/cli/build-if-stale.ts";
import { createTestEnv, freePort, projectRoot, type RunningProcess, startWebServer, type TestEnv } from "../support/test-env.ts";

let t: TestEnv;
let web: RunningProcess;
let baseUrl: string;
const cookies = { student: "", instructor: "" };

beforeAll(async () => {
  t = await createTestEnv();
  buildIfStale(projectRoot);
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  const env = t.env({ PUBLIC_URL: baseUrl, AUTH_SECRET: "e2e-test-secret-e2e-test-secret-e2e-test", PODLAB_LESSONS_DIR: courseWithDrafts() });
  web = startWebServer(port, env);
  await web.waitForOutput("Ready");
  for (const role of ["student", "instructor"] as const) {
    cookies[role] = await signUpOverHttp(baseUrl, `${role}@drafts.test`);
    await t.db.user.update({ where: { email: `${role}@drafts.test` }, data: { role } });
  }
});

afterAll(async () => {
  await web?.stop();
  await t?.cleanup();
});

const get = (path: string, cookie: string | null) => fetch(`${baseUrl}${path}`, { redirect: "manual", headers: cookie ? { cookie } : {} });

describe("drafts", () => {
  it.each([
    { who: "a visitor", cookie: () => null },
    { who: "a student", cookie: () => cookies.student },
  ])("are hidden from $who: home, exercise pages and previews", async ({ cookie }) => {
    const home = await (await get("/", cookie())).text();
    expect(home).toContain("/exercises/first-pod");
    expect(home).not.toContain("/exercises/two-containers");
    expect(home).not.toContain("/exercises/port-clash");
    expect(home).not.toContain("/preview/");
    expect((await get("/exercises/two-containers", cookie())).status).toBe(404);
    expect((await get("/exercises/port-clash", cookie())).status).toBe(404);
    expect((await get("/preview/infra-container-and-network", cookie())).status).toBe(404);
  });

  it("refuses a student's submission to a draft as if it did not exist", async () => {
    const response = await fetch(`${baseUrl}/api/submissions`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: baseUrl, cookie: cookies.student },
      body: JSON.stringify({ exerciseId: "two-containers", yaml: "apiVersion: v1\n" }),
    });
    expect(response.status).toBe(404);
  });

  it("are shown to an instructor, marked as drafts", async () => {
    const home = await (await get("/", cookies.instructor)).text();
    expect(home).toContain("/exercises/two-containers");
    expect(home).toContain("/preview/infra-container-and-network");
    expect(home).toContain("Draft");
    const exercise = await get("/exercises/two-containers", cookies.instructor);
    expect(exercise.status).toBe(200);
    expect(await exercise.text()).toContain("badge-draft");
    expect((await get("/exercises/port-clash", cookies.instructor)).status).toBe(200);
    expect((await get("/preview/infra-container-and-network", cookies.instructor)).status).toBe(200);
  });
});

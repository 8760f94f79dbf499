// Issue 9, hostile input: a corpus of bad requests against one built site and a real worker.
// Every row must get a clear 4xx (a JSON error a person can read, where the route is ours) or a
// verdict; nothing a learner sends is echoed back as live markup or read from disk; and after
// each group the site still answers its health check and neither process has died.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SubmissionView } from "../../app/_data/submissions.ts";
import { validPod } from "../fixtures/pods.ts";
import { signUpOverHttp } from "../support/accounts.ts";
import { type Answer, send, sendRaw } from "../support/raw-http.ts";
import { createTestEnv, eventually, projectRoot, type TestEnv } from "../support/test-env.ts";
import { startWebApp, type WebApp } from "../support/web-app.ts";

let t: TestEnv;
let app: WebApp;
/** The session cookie of the learner who sends most of the corpus. */
let cookie: string;
let accounts = 0;

beforeAll(async () => {
  t = await createTestEnv();
  app = await startWebApp(t);
  cookie = await newLearner();
});

afterAll(async () => {
  await app?.stop();
  await t?.cleanup();
});

/** A new signed-up learner's cookie: each has its own submission rate budget (10 a minute). */
function newLearner(name?: string): Promise<string> {
  accounts++;
  return name === undefined ? signUpOverHttp(app.baseUrl, `hostile-${accounts}@example.org`) : signUpWithName(name);
}

async function signUpWithName(name: string): Promise<string> {
  const answer = await send(app.baseUrl, "/api/auth/sign-up/email", {
    method: "POST",
    headers: { "content-type": "application/json", origin: app.baseUrl },
    body: JSON.stringify({ email: `named-${accounts}@example.org`, password: "correct horse battery", name }),
  });
  expect(answer.status).toBe(200);
  return answer.headers["set-cookie"]!.split(", ").map((pair) => pair.split(";")[0]).join("; ");
}

const json = { "content-type": "application/json" };

/** POST /api/submissions as the learner, with the body and headers exactly as given. */
const submit = (body: string | Buffer, headers: Record<string, string> = json, as = cookie) =>
  send(app.baseUrl, "/api/submissions", { method: "POST", headers: { cookie: as, ...headers }, body });

const submission = (yaml: string, exerciseId = "first-pod") => JSON.stringify({ exerciseId, yaml });

/** Internals that must never reach a person: stack frames, SQL, Prisma, file paths, env names. */
const leaks = /\n\s+at |prisma|SELECT |sqlite|\/work\/|node_modules|DATABASE_URL|root:x:0:0/i;

/** A JSON error answer: the status, the code, one readable sentence and no internals. */
function expectJsonError(answer: Answer, status: number, code: string): void {
  expect(answer.status, answer.text.slice(0, 300)).toBe(status);
  expect(answer.headers["content-type"]).toMatch(/^application\/json/);
  const { error } = JSON.parse(answer.text) as { error: { code: string; message: string } };
  expect(error.code).toBe(code);
  expect(error.message).toMatch(/^[A-Z].{10,300}$/s);
  expect(answer.text).not.toMatch(leaks);
}

/** Health 200 and both processes alive: registered as the last test of each group. */
function itKeepsServing(): void {
  it("keeps serving: health 200, web server and worker alive", async () => {
    const health = await send(app.baseUrl, "/api/health");
    expect(health.status).toBe(200);
    expect(JSON.parse(health.text)).toMatchObject({ status: "ok" });
    expect(app.isRunning()).toBe(true);
  });
}

/** Submits `yaml` as a new learner and waits for its verdict. */
async function gradedView(yaml: string): Promise<SubmissionView> {
  const as = await newLearner();
  const accepted = await submit(submission(yaml), json, as);
  expect(accepted.status, accepted.text).toBe(202);
  const { id } = JSON.parse(accepted.text) as { id: string };
  return eventually(
    async () => JSON.parse((await send(app.baseUrl, `/api/submissions/${id}`, { headers: { cookie: as } })).text) as SubmissionView,
    (view) => view.status === "graded" || view.status === "failed",
  );
}

const nested = (depth: number, open: string, close: string, inner = "") => open.repeat(depth) + inner + close.repeat(depth);

const billionLaughs = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
  "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
  "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
  "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
  "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]",
  "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]",
].join("\n");

/** A Pod that passes first-pod, with extra text under metadata. */
const podWith = (metadataExtra: string) => validPod.replace("  name: web\n", `  name: web\n${metadataExtra}`);

describe("oversized and lying bodies", () => {
  const fiveMb = 5 * 1024 * 1024;
  const rows: { name: string; body: () => string; status: number; code: string }[] = [
    { name: "a 5 MB YAML document", body: () => submission(`${validPod}# ${"x".repeat(fiveMb)}\n`), status: 413, code: "payload_too_large" },
    { name: "a 1 MB exercise id", body: () => submission(validPod, "a".repeat(1024 * 1024)), status: 413, code: "payload_too_large" },
    { name: "a 100 KB exercise id", body: () => submission(validPod, "a".repeat(100 * 1024)), status: 400, code: "bad_request" },
    { name: "10,000-deep JSON as the YAML", body: () => `{"exerciseId":"first-pod","yaml":${nested(10_000, "[", "]")}}`, status: 400, code: "bad_request" },
    { name: "10,000-deep JSON as the body", body: () => nested(10_000, "[", "]"), status: 400, code: "bad_request" },
    { name: "10,000-deep JSON in an extra field", body: () => `{"exerciseId":"first-pod","yaml":"x","x":${nested(10_000, '{"a":', "}", "1")}}`, status: 400, code: "bad_request" },
    { name: "100,000-deep JSON", body: () => nested(100_000, "[", "]"), status: 400, code: "bad_request" },
  ];
  it.each(rows)("answers $name with $status", async ({ body, status, code }) => {
    const answer = await submit(body());
    expectJsonError(answer, status, code);
    expect(answer.text.length).toBeLessThan(2000);
  });

  const head = (contentLength: number | string) =>
    `POST /api/submissions HTTP/1.1\nhost: ${new URL(app.baseUrl).host}\ncookie: ${cookie}\ncontent-type: application/json\ncontent-length: ${contentLength}\nconnection: close`;
  const small = Buffer.from(submission(validPod));

  const bigSignUps = [
    { name: "a 5 MB display name", body: () => ({ email: "big-name@example.org", password: "correct horse battery", name: "x".repeat(fiveMb) }) },
    { name: "a 1 MB password", body: () => ({ email: "big-password@example.org", password: "x".repeat(1024 * 1024), name: "x" }) },
    { name: "a 1 MB email", body: () => ({ email: `${"x".repeat(1024 * 1024)}@example.org`, password: "correct horse battery", name: "x" }) },
  ];
  it.each(bigSignUps)("refuses a sign-up with $name with a 4xx and creates no account", async ({ body }) => {
    const fields = body();
    const answer = await send(app.baseUrl, "/api/auth/sign-up/email", { method: "POST", headers: { ...json, origin: app.baseUrl }, body: JSON.stringify(fields) });
    expect(answer.status, answer.text.slice(0, 300)).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(await t.db.user.count({ where: { email: fields.email } })).toBe(0);
  });

  it("answers a 5 MB raw body with 413 without reading it all", async () => {
    const answer = await sendRaw(app.baseUrl, head(fiveMb), Buffer.alloc(fiveMb, "a"));
    expect(answer.status).toBe(413);
    expect(answer.text).toContain('"payload_too_large"');
  });

  it("answers a 5 MB chunked body (no Content-Length) with 413", async () => {
    const chunked = head(0).replace("content-length: 0", "transfer-encoding: chunked");
    const chunk = Buffer.alloc(64 * 1024, "a");
    const frames = Array.from({ length: fiveMb / chunk.length }, () => Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from("\r\n")]));
    const answer = await sendRaw(app.baseUrl, chunked, Buffer.concat([...frames, Buffer.from("0\r\n\r\n")]));
    expect(answer.status).toBe(413);
    expect(answer.text).toContain('"payload_too_large"');
  });

  it("answers a Content-Length of 5 MB over a small body with 413 at once", async () => {
    const answer = await sendRaw(app.baseUrl, head(fiveMb), small);
    expect(answer.status).toBe(413);
  });

  it("answers a Content-Length shorter than the body with 400 and stores nothing", async () => {
    const answer = await sendRaw(app.baseUrl, head(12), small);
    expect(answer.status).toBe(400);
    expect(await t.db.submission.count()).toBe(0);
  });

  const unparsable = ["-1", "abc", "1e3", "12, 13"];
  it.each(unparsable)("answers Content-Length %s with 400 from the HTTP parser", async (length) => {
    const answer = await sendRaw(app.baseUrl, head(length), small);
    expect(answer.status).toBe(400);
  });

  it("survives a client that promises more body than it sends and hangs up", async () => {
    const answer = await sendRaw(app.baseUrl, head(small.length + 100), small, { hangUp: true });
    expect(answer.error).not.toBe("hung");
    expect([0, 400]).toContain(answer.status);
  });

  // The HTTP parser refuses these after its 16 KiB header limit and closes with the rest unread,
  // so a reset may follow the answer: what is checked is that the answer came first.
  it("answers a 100 KB header with 431", async () => {
    const answer = await sendRaw(app.baseUrl, `GET /api/health HTTP/1.1\nhost: x\nx-padding: ${"a".repeat(100 * 1024)}\nconnection: close`);
    expect(answer.status, answer.error).toBe(431);
  });

  it("answers a 1 MB page path with 431 or 414", async () => {
    const answer = await sendRaw(app.baseUrl, `GET /exercises/${"a".repeat(1024 * 1024)} HTTP/1.1\nhost: x\nconnection: close`);
    expect([414, 431], answer.error).toContain(answer.status);
  });

  itKeepsServing();
});

describe("malformed requests", () => {
  const rows: { name: string; body: string | Buffer; headers?: Record<string, string>; status: number; code: string }[] = [
    { name: "text/plain", body: submission(validPod), headers: { "content-type": "text/plain" }, status: 415, code: "unsupported_media_type" },
    { name: "multipart/form-data", body: "--x\r\n\r\nyaml\r\n--x--", headers: { "content-type": "multipart/form-data; boundary=x" }, status: 415, code: "unsupported_media_type" },
    { name: "no content type", body: submission(validPod), headers: {}, status: 415, code: "unsupported_media_type" },
    { name: "an unclosed object", body: '{"exerciseId":"first-pod","yaml":', status: 400, code: "bad_request" },
    { name: "a trailing comma", body: '{"exerciseId":"first-pod","yaml":"x",}', status: 400, code: "bad_request" },
    { name: "JSON null", body: "null", status: 400, code: "bad_request" },
    { name: "a JSON string", body: '"first-pod"', status: 400, code: "bad_request" },
    { name: "an array of the fields", body: `[${submission(validPod)}]`, status: 400, code: "bad_request" },
    { name: "a number as the YAML", body: '{"exerciseId":"first-pod","yaml":7}', status: 400, code: "bad_request" },
    { name: "no exercise id", body: JSON.stringify({ yaml: validPod }), status: 400, code: "bad_request" },
    { name: "an extra userId (strict schema)", body: JSON.stringify({ exerciseId: "first-pod", yaml: validPod, userId: "someone-else" }), status: 400, code: "bad_request" },
    { name: "an extra score and status", body: JSON.stringify({ exerciseId: "first-pod", yaml: validPod, status: "graded", score: 100 }), status: 400, code: "bad_request" },
    { name: "an upper-case exercise id", body: submission(validPod, "First-Pod"), status: 400, code: "bad_request" },
    { name: "a path as the exercise id", body: submission(validPod, "%2e%2e%2fetc%2fpasswd"), status: 400, code: "bad_request" },
    { name: "NUL in the YAML", body: submission(`${validPod}\u0000`), status: 400, code: "bad_request" },
    { name: "NUL in the exercise id", body: submission(validPod, "first-pod\u0000"), status: 400, code: "bad_request" },
    { name: "a control character in the exercise id", body: submission(validPod, "first\u001b[31m-pod"), status: 400, code: "bad_request" },
    { name: "a lone surrogate escape in the YAML", body: submission(`${validPod}# \ud800\n`), status: 400, code: "bad_request" },
    { name: "a UTF-16 body", body: Buffer.from(`\ufeff${submission(validPod)}`, "utf16le"), status: 400, code: "bad_request" },
  ];
  it.each(rows)("answers $name with $status", async ({ body, headers, status, code }) => {
    expectJsonError(await submit(body, headers), status, code);
  });

  it("says a NUL in the YAML is binary data", async () => {
    const answer = await submit(submission(`${validPod}\u0000`));
    expect(answer.text).toContain("binary data");
  });

  it("stored nothing for any of them", async () => {
    expect(await t.db.submission.count()).toBe(0);
  });

  itKeepsServing();
});

describe("prototype keys in the JSON body", () => {
  const rows: { name: string; body: string }[] = [
    { name: "__proto__ carrying the fields", body: `{"__proto__":${submission(validPod)}}` },
    { name: "__proto__ beside the fields", body: `{"exerciseId":"first-pod","yaml":${JSON.stringify(validPod)},"__proto__":{"polluted":1,"yaml":"x"}}` },
    { name: "constructor.prototype carrying the fields", body: `{"constructor":{"prototype":${submission(validPod)}}}` },
    { name: "constructor beside the fields", body: `{"exerciseId":"first-pod","yaml":"x","constructor":{"prototype":{"polluted":1}}}` },
    { name: "prototype beside the fields", body: `{"exerciseId":"first-pod","yaml":"x","prototype":{"polluted":1}}` },
  ];
  it.each(rows)("refuses $name with 400", async ({ body }) => {
    expectJsonError(await submit(body), 400, "bad_request");
  });

  it("left Object.prototype alone: a body without the YAML is still refused, a good one still accepted", async () => {
    // Had any row set Object.prototype.yaml, the schema would read it through the prototype chain.
    expectJsonError(await submit('{"exerciseId":"first-pod"}'), 400, "bad_request");
    const accepted = await submit(submission(validPod));
    expect(accepted.status).toBe(202);
    expect(Object.keys(JSON.parse(accepted.text) as object).sort()).toEqual(["id", "status"]);
    expect(JSON.parse((await send(app.baseUrl, "/api/health")).text)).not.toHaveProperty("polluted");
  });

  itKeepsServing();
});

describe("YAML the grader must survive", () => {
  const fails = (type: string) => (view: SubmissionView) => {
    expect(view.verdict?.admitted).toBe(false);
    expect(view.verdict?.errors.map((error) => error.type)).toContain(type);
  };
  /** `field` named as an unknown field: an error under strict validation, a warning under Warn. */
  const unknownField = (field: string) => (view: SubmissionView) => {
    const problems = [...(view.verdict?.errors ?? []), ...(view.verdict?.warnings ?? [])];
    expect(problems.filter((problem) => problem.type === "UnknownField").map((problem) => problem.field)).toContain(field);
  };
  const rows: { name: string; yaml: string; check: (view: SubmissionView) => void }[] = [
    { name: "a billion-laughs alias bomb", yaml: billionLaughs, check: fails("TooLarge") },
    { name: "an alias bomb inside a real Pod", yaml: podWith(`  annotations: {x: "${"y".repeat(10)}"}\nbomb:\n${billionLaughs.replace(/^/gm, "  ")}\n`), check: fails("TooLarge") },
    { name: "10,000-deep flow sequences", yaml: `a: ${nested(10_000, "[", "]")}\n`, check: fails("TooLarge") },
    { name: "10,000-deep flow mappings", yaml: `a: ${nested(10_000, "{a: ", "}", "1")}\n`, check: fails("TooLarge") },
    { name: "10,000-deep block sequences", yaml: `${"- ".repeat(10_000)}x\n`, check: (view) => expect(view.verdict?.admitted).toBe(false) },
    { name: "a __proto__ key at the top", yaml: `${validPod}__proto__: {polluted: 1}\n`, check: unknownField("__proto__") },
    {
      name: "constructor and prototype keys in metadata",
      yaml: podWith("  constructor: {prototype: {polluted: 1}}\n  prototype: 1\n"),
      check: (view) => {
        unknownField("metadata.constructor")(view);
        unknownField("metadata.prototype")(view);
      },
    },
    {
      // Had the decoder read fields through the prototype chain, this container would have an image.
      name: "a container whose image hides under __proto__",
      yaml: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: nginx\n    __proto__: {image: nginx}\n",
      check: (view) => {
        unknownField("spec.containers[0].__proto__")(view);
        expect(view.verdict?.admitted).toBe(false);
      },
    },
    { name: "a bell character", yaml: podWith("  annotations: {x: \"ring\u0007\"}\n"), check: fails("NotText") },
    { name: "an ANSI escape sequence", yaml: podWith("  annotations: {x: \"\u001b[31mred\u001b[0m\"}\n"), check: fails("NotText") },
    { name: "DEL and a bidi override in the name", yaml: validPod.replace("name: web", "name: we\u007fb\u202e"), check: (view) => expect(view.verdict?.admitted).toBe(false) },
    { name: "a 100 KB string", yaml: podWith(`  annotations: {x: "${"y".repeat(100 * 1024)}"}\n`), check: (view) => expect(view.verdict?.exerciseId).toBe("first-pod") },
  ];
  it.each(rows)("grades $name", async ({ yaml, check }) => {
    const view = await gradedView(yaml);
    expect(view.status).toBe("graded");
    check(view);
  });

  it("grades invalid UTF-8 bytes (decoded as U+FFFD) as not text", async () => {
    const as = await newLearner();
    const [before, after] = submission(podWith('  annotations: {x: "@@"}\n')).split("@@");
    const bytes = Buffer.concat([Buffer.from(before!), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80]), Buffer.from(after!)]);
    const accepted = await submit(bytes, json, as);
    expect(accepted.status, accepted.text).toBe(202);
    const { id } = JSON.parse(accepted.text) as { id: string };
    const view = await eventually(
      async () => JSON.parse((await send(app.baseUrl, `/api/submissions/${id}`, { headers: { cookie: as } })).text) as SubmissionView,
      (current) => current.status === "graded",
    );
    fails("NotText")(view);
  });

  it("grades the reference Pod at 100 afterwards: no prototype was polluted in the worker", async () => {
    const view = await gradedView(validPod);
    expect(view.verdict?.errors).toEqual([]);
    expect(view.verdict?.warnings).toEqual([]);
    expect(view.score).toBe(100);
  });

  itKeepsServing();
});

describe("ids and paths", () => {
  /** Text that only a file outside the routes would contain. */
  const fileContents = /root:x:0:0|"devDependencies"|DATABASE_URL=/;
  /**
   * Ids as an attacker writes them, and what each is in a path: `..` segments are resolved by
   * the URL rules before routing (so they can only reach another route of the site), while
   * escaped slashes and NUL stay inside one segment and must find nothing.
   */
  const ids = [
    { name: "dot-dot segments", id: "../../etc/passwd", resolved: true },
    { name: "an escaped dot-dot (%2e%2e)", id: "%2e%2e", resolved: true },
    { name: "escaped slashes", id: "..%2f..%2fetc%2fpasswd", resolved: false },
    { name: "escaped dots and slashes", id: "%2e%2e%2f%2e%2e%2fetc%2fpasswd", resolved: false },
    { name: "a path to the project's package.json", id: "..%2f..%2fpackage.json", resolved: false },
    { name: "an escaped NUL", id: "%00", resolved: false },
    { name: "a real id and an escaped NUL", id: "first-pod%00", resolved: false },
    { name: "a 2,000-character id", id: "a".repeat(2000), resolved: false },
  ];
  const routes = [
    { route: "GET /api/submissions/[id]", path: (id: string) => `/api/submissions/${id}`, isApi: true },
    { route: "GET /api/submissions/[id]/events", path: (id: string) => `/api/submissions/${id}/events`, isApi: true },
    { route: "/exercises/[id]", path: (id: string) => `/exercises/${id}`, isApi: false },
    { route: "/lessons/[id]", path: (id: string) => `/lessons/${id}`, isApi: false },
    { route: "/lessons/[id]/zh", path: (id: string) => `/lessons/${id}/zh`, isApi: false },
    { route: "/preview/[id] (authors only)", path: (id: string) => `/preview/${id}`, isApi: false },
  ];
  const rows = routes.flatMap((route) => ids.map((id) => ({ ...route, ...id })));
  it.each(rows)("answers $route with $name: 404 (or another page of the site), never a file", async ({ path, id, isApi, resolved }) => {
    const answer = await send(app.baseUrl, path(id), { headers: { cookie } });
    expect(answer.text).not.toMatch(fileContents);
    expect(answer.text).not.toMatch(leaks);
    if (resolved) {
      expect([200, 308, 404], answer.text.slice(0, 300)).toContain(answer.status);
      return;
    }
    if (isApi) expectJsonError(answer, 404, "not_found");
    else expect(answer.status, answer.text.slice(0, 300)).toBe(404);
  });

  // Next.js 16 itself answers 500 when a dynamic segment's %-escapes do not decode (its route
  // module throws a URIError before our code runs); only a root proxy.ts could answer 400, and the
  // top level is fixed (STYLE.md §1). What must hold regardless: no file, no internals, no crash.
  const brokenEscapes = ["/api/submissions/%E0%A4%A", "/exercises/%E0%A4%A", "/lessons/%E0%A4%A", "/exercises/%ED%A0%80"];
  it.each(brokenEscapes)("answers %s with no page, no file and no internals", async (path) => {
    const answer = await send(app.baseUrl, path, { headers: { cookie } });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.text).not.toMatch(fileContents);
    expect(answer.text).not.toMatch(leaks);
  });

  const statics = [
    { name: "escaped slashes", path: "/_next/static/..%2f..%2f..%2fpackage.json" },
    { name: "escaped dots", path: "/_next/static/%2e%2e/%2e%2e/%2e%2e/package.json" },
    { name: "a file URL for the image optimiser", path: "/_next/image?url=file%3A%2F%2F%2Fetc%2Fpasswd&w=64&q=75" },
    { name: "a dot-dot path for the image optimiser", path: "/_next/image?url=%2F..%2F..%2Fpackage.json&w=64&q=75" },
  ];
  it.each(statics)("serves no file outside the build for $name", async ({ path }) => {
    const answer = await send(app.baseUrl, path);
    expect([400, 404]).toContain(answer.status);
    expect(answer.text).not.toMatch(fileContents);
  });

  itKeepsServing();
});

describe("someone else's submission", () => {
  const marker = "owner-only-marker-7f3a";
  let id: string;
  let stranger: string;

  beforeAll(async () => {
    const owner = await newLearner();
    const accepted = await submit(submission(podWith(`  annotations: {note: ${marker}}\n`)), json, owner);
    id = (JSON.parse(accepted.text) as { id: string }).id;
    stranger = await newLearner();
  });

  const rows = [
    { name: "the submission", path: () => `/api/submissions/${id}` },
    { name: "its event stream", path: () => `/api/submissions/${id}/events` },
  ];
  it.each(rows)("answers a stranger asking for $name with 404 and none of its data", async ({ path }) => {
    const answer = await send(app.baseUrl, path(), { headers: { cookie: stranger } });
    expectJsonError(answer, 404, "not_found");
    expect(answer.text).not.toContain(marker);
  });

  it("shows the stranger none of it on the exercise page", async () => {
    const page = await send(app.baseUrl, "/exercises/first-pod", { headers: { cookie: stranger } });
    expect(page.status).toBe(200);
    expect(page.text).not.toContain(marker);
    expect(page.text).not.toContain(id);
  });

  const badCookies = [
    { name: "a forged session token", cookie: "podlab.session_token=forged.signature" },
    { name: "a 4 KB session token", cookie: `podlab.session_token=${"A".repeat(4096)}` },
    { name: "broken percent-encoding", cookie: "podlab.session_token=%E0%A4%A" },
  ];
  it.each(badCookies)("answers $name with 401", async ({ cookie: forged }) => {
    expectJsonError(await send(app.baseUrl, `/api/submissions/${id}`, { headers: { cookie: forged } }), 401, "unauthorized");
  });

  itKeepsServing();
});

describe("markup in names and YAML", () => {
  const tag = "<script>alert(1)</script>";
  const img = '"><img src=x onerror=alert(1)>';
  /** Whether `html` holds `text` escaped, as HTML text or inside the page's inline JSON. */
  const holdsEscaped = (html: string, text: string) =>
    html.includes(text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")) || html.includes(text.replace(/</g, "\\u003c").replace(/>/g, "\\u003e"));

  const names = [tag, img];
  const namePages = ["/profile", "/leaderboard", "/leaderboard/week"];
  it.each(names)("renders the display name %s escaped on the profile and the leaderboards", async (name) => {
    const as = await newLearner(name);
    // A solved exercise puts the name on the boards.
    const accepted = await submit(submission(validPod), json, as);
    const { id } = JSON.parse(accepted.text) as { id: string };
    await eventually(
      () => send(app.baseUrl, `/api/submissions/${id}`, { headers: { cookie: as } }),
      (answer) => (JSON.parse(answer.text) as SubmissionView).status === "graded",
    );
    const markup = name.slice(name.indexOf("<"));
    for (const path of namePages) {
      const page = await send(app.baseUrl, path, { headers: { cookie: as } });
      expect(page.status, path).toBe(200);
      expect(page.text, path).not.toContain(markup);
      expect(holdsEscaped(page.text, markup), path).toBe(true);
    }
  });

  const boardParams = ["?page=-1", "?page=0", "?page=abc", "?page=1e309", "?page=99999999999999999999", "?page=1&page=2", "?cohort=..%2f..%2fetc%2fpasswd", "?cohort=%00", `?cohort=${"a".repeat(5000)}`];
  it.each(boardParams)("answers /leaderboard%s without a 5xx or internals", async (query) => {
    const answer = await send(app.baseUrl, `/leaderboard${query}`, { headers: { cookie } });
    expect([200, 404], answer.text.slice(0, 300)).toContain(answer.status);
    expect(answer.text).not.toMatch(leaks);
  });

  it("renders markup from YAML escaped on the exercise page, and serves it as JSON from the API", async () => {
    const as = await newLearner();
    // The admitted one last: its timeline, with `kubectl describe` listing the annotation, is drawn on the server.
    const yamls = [
      validPod.replace("name: web", `name: "${img.replace(/"/g, '\\"')}"`),
      podWith(`  annotations: {note: "${tag}"}\n`).replace("image: nginx", `image: nginx\n    command: ["sh", "-c", "echo '${img}'"]`),
    ];
    for (const yaml of yamls) {
      const accepted = await submit(submission(yaml), json, as);
      expect(accepted.status).toBe(202);
      const { id } = JSON.parse(accepted.text) as { id: string };
      const view = await eventually(
        () => send(app.baseUrl, `/api/submissions/${id}`, { headers: { cookie: as } }),
        (answer) => (JSON.parse(answer.text) as SubmissionView).status === "graded",
      );
      expect(view.headers["content-type"]).toMatch(/^application\/json/);
    }
    const page = await send(app.baseUrl, "/exercises/first-pod", { headers: { cookie: as } });
    expect(page.status).toBe(200);
    expect(page.text).not.toContain(tag);
    expect(page.text).not.toContain("<img src=x");
    expect(holdsEscaped(page.text, tag)).toBe(true);
  });

  const badNames = [
    { name: "a NUL", displayName: "Ada\u0000Lovelace" },
    { name: "a lone surrogate", displayName: "Ada \ud800" },
    { name: "10,000 characters", displayName: "A".repeat(10_000) },
  ];
  it.each(badNames)("answers a display name with $name with a 4xx or an account, never a 500", async ({ displayName }) => {
    const answer = await send(app.baseUrl, "/api/auth/sign-up/email", {
      method: "POST",
      headers: { ...json, origin: app.baseUrl },
      body: JSON.stringify({ email: `odd-name-${displayName.length}-${displayName.charCodeAt(4)}@example.org`, password: "correct horse battery", name: displayName }),
    });
    expect(answer.status, answer.text.slice(0, 300)).toBeLessThan(500);
  });

  const reflected = [
    { name: "a 404 page", path: `/exercises/${encodeURIComponent(tag)}` },
    { name: "a lesson 404", path: `/lessons/${encodeURIComponent(tag)}` },
    { name: "the sign-in return path", path: `/sign-in?next=${encodeURIComponent(`/${tag}`)}` },
    { name: "a query string", path: `/exercises/first-pod?x=${encodeURIComponent(tag)}` },
  ];
  it.each(reflected)("does not reflect a tag in $name", async ({ path }) => {
    const answer = await send(app.baseUrl, path);
    expect(answer.status).toBeLessThan(500);
    expect(answer.text).not.toContain(tag);
  });

  const returnPaths = ["/\t/evil.example", "/\n/evil.example", "/\r/evil.example", "//evil.example", "/\\evil.example", "https://evil.example"];
  it.each(returnPaths)("keeps a signed-in redirect to %j on this site", async (next) => {
    const answer = await send(app.baseUrl, `/sign-in?next=${encodeURIComponent(next)}`, { headers: { cookie } });
    expect(answer.status).toBeGreaterThanOrEqual(300);
    expect(answer.status).toBeLessThan(400);
    expect(new URL(answer.headers.location!, app.baseUrl).host).toBe(new URL(app.baseUrl).host);
  });

  itKeepsServing();
});

describe("methods and origins", () => {
  const wrongMethods = [
    { method: "GET", path: "/api/submissions" },
    { method: "PUT", path: "/api/submissions" },
    { method: "DELETE", path: "/api/submissions" },
    { method: "PATCH", path: "/api/submissions" },
    { method: "POST", path: "/api/submissions/some-id" },
    { method: "DELETE", path: "/api/submissions/some-id" },
    { method: "POST", path: "/api/submissions/some-id/events" },
    { method: "POST", path: "/api/health" },
    { method: "DELETE", path: "/api/metrics" },
  ];
  it.each(wrongMethods)("answers $method $path with 405", async ({ method, path }) => {
    const answer = await send(app.baseUrl, path, { method, headers: { cookie, ...json }, body: method === "GET" || method === "DELETE" ? undefined : "{}" });
    expect(answer.status).toBe(405);
  });

  const origins = ["https://evil.example", "null", "not a url", "http://127.0.0.1", "http://127.0.0.1.evil.example"];
  it.each(origins)("refuses a submission with Origin %j, 403", async (origin) => {
    expectJsonError(await submit(submission(validPod), { ...json, origin }), 403, "forbidden");
  });

  it("refuses Sec-Fetch-Site same-site, 403", async () => {
    expectJsonError(await submit(submission(validPod), { ...json, "sec-fetch-site": "same-site" }), 403, "forbidden");
  });

  it("refuses signing up from a foreign origin, 403", async () => {
    const answer = await send(app.baseUrl, "/api/auth/sign-up/email", {
      method: "POST",
      headers: { ...json, origin: "https://evil.example" },
      body: JSON.stringify({ email: "csrf@example.org", password: "correct horse battery", name: "x" }),
    });
    expect(answer.status).toBe(403);
    expect(await t.db.user.count({ where: { email: "csrf@example.org" } })).toBe(0);
  });

  itKeepsServing();
});

describe("the admin and instructor routes", () => {
  let admin: string;
  let targetId: string;

  beforeAll(async () => {
    admin = await signUpOverHttp(app.baseUrl, "hostile-admin@example.org");
    await t.db.user.update({ where: { email: "hostile-admin@example.org" }, data: { role: "admin" } });
    await signUpOverHttp(app.baseUrl, "hostile-target@example.org");
    targetId = (await t.db.user.findUniqueOrThrow({ where: { email: "hostile-target@example.org" } })).id;
  });

  const putRole = (id: string, body: string, headers: Record<string, string> = json, as = () => admin) =>
    send(app.baseUrl, `/api/admin/users/${id}/role`, { method: "PUT", headers: { cookie: as(), ...headers }, body });

  const bodies: { name: string; body: string; headers?: Record<string, string>; status: number; code: string }[] = [
    { name: "a role that does not exist", body: '{"role":"root"}', status: 400, code: "bad_request" },
    { name: "an extra field", body: '{"role":"admin","id":"someone"}', status: 400, code: "bad_request" },
    { name: "__proto__ carrying the role", body: '{"__proto__":{"role":"admin"}}', status: 400, code: "bad_request" },
    { name: "__proto__ beside the role", body: '{"role":"instructor","__proto__":{"role":"admin"}}', status: 400, code: "bad_request" },
    { name: "a bare string", body: '"admin"', status: 400, code: "bad_request" },
    { name: "text/plain", body: '{"role":"admin"}', headers: { "content-type": "text/plain" }, status: 415, code: "unsupported_media_type" },
    { name: "a 5 MB body", body: `{"role":"${"a".repeat(5 * 1024 * 1024)}"}`, status: 413, code: "payload_too_large" },
    { name: "a foreign Origin", body: '{"role":"admin"}', headers: { ...json, origin: "https://evil.example" }, status: 403, code: "forbidden" },
    { name: "Origin null", body: '{"role":"admin"}', headers: { ...json, origin: "null" }, status: 403, code: "forbidden" },
  ];
  it.each(bodies)("answers a role change with $name: $status", async ({ body, headers, status, code }) => {
    expectJsonError(await putRole(targetId, body, headers), status, code);
  });

  const ids = [
    { name: "an escaped NUL", id: "%00" },
    { name: "escaped slashes", id: "..%2f..%2fetc%2fpasswd" },
    { name: "a 2,000-character id", id: "a".repeat(2000) },
  ];
  it.each(ids)("answers a role change for $name with 400 before any lookup", async ({ id }) => {
    expectJsonError(await putRole(id, '{"role":"admin"}'), 400, "bad_request");
  });

  it("refuses a student's role change with 403", async () => {
    expectJsonError(await putRole(targetId, '{"role":"admin"}', json, () => cookie), 403, "forbidden");
  });

  it("changed no role", async () => {
    const target = await t.db.user.findUniqueOrThrow({ where: { id: targetId } });
    expect(target.role).toBe("student");
  });

  const exerciseIds = [
    { name: "escaped slashes", id: "..%2f..%2fetc%2fpasswd", status: 400, code: "bad_request" },
    { name: "an escaped NUL", id: "%00", status: 400, code: "bad_request" },
    { name: "a 2,000-character id", id: "a".repeat(2000), status: 400, code: "bad_request" },
    { name: "no such exercise", id: "no-such-exercise", status: 404, code: "not_found" },
  ];
  it.each(exerciseIds)("answers a reference-answer run for $name with $status", async ({ id, status, code }) => {
    const answer = await send(app.baseUrl, `/api/exercises/${id}/reference-answers`, { method: "POST", headers: { cookie: admin, ...json }, body: "{}" });
    expectJsonError(answer, status, code);
  });

  it("refuses a student's reference-answer run with 403", async () => {
    const answer = await send(app.baseUrl, "/api/exercises/first-pod/reference-answers", { method: "POST", headers: { cookie, ...json }, body: "{}" });
    expectJsonError(answer, 403, "forbidden");
  });

  itKeepsServing();
});

describe("the playground's server action", () => {
  /** The action's id in this build: the browser posts it in the Next-Action header. */
  const actionId = () => {
    const manifest = JSON.parse(readFileSync(join(projectRoot, ".next/server/server-reference-manifest.json"), "utf8")) as {
      node: Record<string, { filename: string; exportedName: string }>;
    };
    const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === "simulatePlayground");
    return found![0];
  };
  const run = (args: string, headers: Record<string, string> = {}, id = actionId()) =>
    send(app.baseUrl, "/playground", {
      method: "POST",
      headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: app.baseUrl, ...headers },
      body: args,
    });
  const state = (pod: string, extra: Record<string, string> = {}) => JSON.stringify([{ pod, cluster: "", execs: "", deleteAt: "", until: "30s", ...extra }]);

  const rows: { name: string; args: () => string; expected: RegExp }[] = [
    { name: "an alias bomb", args: () => state(billionLaughs), expected: /"admitted":false.*TooLarge/s },
    { name: "10,000-deep nesting", args: () => state(`a: ${nested(10_000, "[", "]")}\n`), expected: /"admitted":false.*TooLarge/s },
    { name: "NUL in the Pod", args: () => state(`${validPod}\u0000`), expected: /"admitted":false.*NotText/s },
    { name: "an alias bomb as the cluster", args: () => state(validPod, { cluster: billionLaughs }), expected: /"admitted":false.*too many aliases/s },
    { name: "fields under __proto__", args: () => `[{"__proto__":${state(validPod).slice(1, -1)}}]`, expected: /"ok":false.*incomplete request/s },
    { name: "a string instead of the inputs", args: () => '["apiVersion: v1"]', expected: /"ok":false.*incomplete request/s },
    { name: "a 1,000-hour run", args: () => state(validPod, { until: "1000h" }), expected: /"ok":false/ },
    { name: "a Pod over 128 KiB", args: () => state(`${validPod}# ${"x".repeat(200 * 1024)}\n`), expected: /"ok":false/ },
  ];
  it.each(rows)("answers $name with a message, not a crash", async ({ args, expected }) => {
    const answer = await run(args());
    expect(answer.status, answer.text.slice(0, 300)).toBe(200);
    expect(answer.text).toMatch(expected);
    expect(answer.text).not.toMatch(leaks);
  });

  it("refuses an unknown action id with a 4xx", async () => {
    const answer = await run(state(validPod), {}, "00".repeat(21));
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
  });

  // Next.js answers these two with 500 of its own (its 1 MB action body limit, and its own CSRF
  // check); neither reaches our code. What must hold: the action never runs.
  it("refuses a 5 MB argument without running it", async () => {
    const answer = await run(state(`# ${"x".repeat(5 * 1024 * 1024)}`));
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.text).not.toContain('"admitted"');
  });

  it("refuses a foreign Origin without running the action", async () => {
    const answer = await run(state(validPod), { origin: "https://evil.example" });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.text).not.toContain('"admitted"');
  });

  itKeepsServing();
});

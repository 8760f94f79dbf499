// Paging back through a learner's submissions to one exercise over a real database (SQLite and
// PostgreSQL): newest first by (queuedAt, id), each page continuing from the cursor of the one
// before without gaps or repeats (also across submissions queued in the same millisecond), the
// row past each page for its oldest row's diff, and only the learner's own submissions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { historyCursorOf, historyCursorSchema } from "../../lib/submissions/history-cursor.ts";
import { historyPageSize, readHistoryPage } from "../../lib/submissions/read-history-page.ts";
import { createLearner } from "../support/accounts.ts";
import { createTestEnv, type TestEnv } from "../support/test-env.ts";

let t: TestEnv;
beforeAll(async () => {
  t = await createTestEnv();
});
afterAll(async () => {
  await t.cleanup();
});

const start = Date.parse("2026-05-01T09:00:00Z");
const minute = 60_000;

type Seeded = { id: string; yaml: string };

/** `count` submissions of `userId` to `exerciseId`, a minute apart from `start`; returned newest first. */
async function seed(userId: string, exerciseId: string, count: number, tag: string): Promise<Seeded[]> {
  const made: Seeded[] = [];
  for (let index = 0; index < count; index++) {
    const yaml = `# ${tag} ${index}\nkind: Pod\n`;
    made.push(await t.db.submission.create({ data: { userId, exerciseId, yaml, queuedAt: new Date(start + index * minute) }, select: { id: true, yaml: true } }));
  }
  return made.reverse();
}

/** Every page from the newest, following each page's cursor through its text form, as the site does. */
async function readAllPages(userId: string, exerciseId: string) {
  const pages = [];
  let before: ReturnType<typeof historyCursorSchema.parse> | undefined;
  for (;;) {
    const page = await readHistoryPage(t.db, { userId, exerciseId, before });
    pages.push(page);
    const oldest = page.rows.at(-1);
    if (page.older === null || !oldest) return pages;
    before = historyCursorSchema.parse(historyCursorOf(oldest));
  }
}

describe("readHistoryPage", () => {
  it("pages back through 25 submissions, newest first, ten at a time, each page's next row for its diff", async () => {
    const { id: userId } = await createLearner(t.db);
    const seeded = await seed(userId, "first-pod", 25, "mine");
    const pages = await readAllPages(userId, "first-pod");
    expect(pages.map((page) => page.rows.length)).toEqual([10, 10, 5]);
    expect(pages.flatMap((page) => page.rows.map((row) => row.id))).toEqual(seeded.map((row) => row.id));
    expect(pages.map((page) => page.older?.yaml ?? null)).toEqual([seeded[10]!.yaml, seeded[20]!.yaml, null]);
    expect(pages[0]!.rows[0]).toMatchObject({ exerciseId: "first-pod", status: "queued", score: null, verdict: null, finishedAt: null });
  });

  it("shows a learner only their own submissions to that exercise", async () => {
    const { id: userId } = await createLearner(t.db);
    const { id: otherId } = await createLearner(t.db);
    const mine = await seed(userId, "first-pod", 12, "mine");
    // Interleaved in time with the learner's own, so a filter that lost the user or exercise would show them.
    await seed(otherId, "first-pod", 12, "theirs");
    await seed(userId, "two-containers", 12, "other exercise");
    const pages = await readAllPages(userId, "first-pod");
    expect(pages.flatMap((page) => page.rows.map((row) => row.id))).toEqual(mine.map((row) => row.id));
    expect(pages.flatMap((page) => page.rows.map((row) => row.yaml)).every((yaml) => yaml.startsWith("# mine"))).toBe(true);
  });

  it("neither skips nor repeats submissions queued in the same millisecond across a page boundary", async () => {
    const { id: userId } = await createLearner(t.db);
    const queuedAt = new Date(start);
    // Lowercase letters and digits of one length: the same order in SQLite's bytes and PostgreSQL's collation.
    const ids = Array.from({ length: 13 }, (_, index) => `tie${userId.slice(-6)}${String(index).padStart(2, "0")}`);
    for (const id of ids) await t.db.submission.create({ data: { id, userId, exerciseId: "first-pod", yaml: `# ${id}\n`, queuedAt } });
    const pages = await readAllPages(userId, "first-pod");
    expect(pages.map((page) => page.rows.length)).toEqual([historyPageSize, 3]);
    expect(pages.flatMap((page) => page.rows.map((row) => row.id))).toEqual([...ids].reverse());
  });

  it("answers one page and no older row for a learner with exactly a page, and nothing for none", async () => {
    const { id: userId } = await createLearner(t.db);
    await seed(userId, "first-pod", historyPageSize, "mine");
    const pages = await readAllPages(userId, "first-pod");
    expect(pages.map((page) => [page.rows.length, page.older])).toEqual([[historyPageSize, null]]);
    const { id: newcomer } = await createLearner(t.db);
    expect(await readHistoryPage(t.db, { userId: newcomer, exerciseId: "first-pod", before: undefined })).toEqual({ rows: [], older: null });
  });

  it("answers an empty page for a cursor past the first submission", async () => {
    const { id: userId } = await createLearner(t.db);
    await seed(userId, "first-pod", 3, "mine");
    const before = { queuedAt: new Date(start - minute), id: "zzz" };
    expect(await readHistoryPage(t.db, { userId, exerciseId: "first-pod", before })).toEqual({ rows: [], older: null });
  });
});

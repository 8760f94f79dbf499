// The checks a cohort fails most often, counted in the database over the verdicts of its members'
// graded submissions: a verdict carries its simulation traces and is far larger than its checks,
// so reading tens of thousands of them into the web server is what this avoids. The JSON functions
// differ: SQLite stores Json as text (json_each), PostgreSQL as jsonb (jsonb_array_elements).
// A passing verdict passed every check, so only failed submissions' verdicts are opened.
import type { DatabaseKind } from "../db/database-kind.ts";
import type { PrismaClient } from "../db/client.ts";

/** One check of one exercise and how often the cohort failed it. */
export interface FailedCheck {
  exerciseId: string;
  checkId: string;
  title: { en: string; zh: string };
  /** Graded submissions whose verdict failed this check. */
  failures: number;
  /** Distinct students among them. */
  students: number;
}

type Row = { exerciseId: string; checkId: string; titleEn: string | null; titleZh: string | null; failures: number | bigint; students: number | bigint };

function querySqlite(db: PrismaClient, cohortId: string, limit: number): Promise<Row[]> {
  return db.$queryRaw<Row[]>`
    SELECT s."exerciseId", json_extract(c.value, '$.id') AS "checkId",
      MAX(json_extract(c.value, '$.title.en')) AS "titleEn", MAX(json_extract(c.value, '$.title.zh')) AS "titleZh",
      COUNT(*) AS "failures", COUNT(DISTINCT s."userId") AS "students"
    FROM "Submission" s, json_each(s."verdict", '$.checks') c
    WHERE s."userId" IN (SELECT "userId" FROM "CohortMembership" WHERE "cohortId" = ${cohortId})
      AND s."status" = 'graded' AND s."passed" = false AND json_type(s."verdict", '$.checks') = 'array'
      AND json_extract(c.value, '$.passed') = 0
    GROUP BY s."exerciseId", json_extract(c.value, '$.id')
    ORDER BY "failures" DESC, s."exerciseId" ASC, "checkId" ASC
    LIMIT ${limit}`;
}

function queryPostgres(db: PrismaClient, cohortId: string, limit: number): Promise<Row[]> {
  return db.$queryRaw<Row[]>`
    SELECT s."exerciseId", c->>'id' AS "checkId", MAX(c->'title'->>'en') AS "titleEn", MAX(c->'title'->>'zh') AS "titleZh",
      COUNT(*) AS "failures", COUNT(DISTINCT s."userId") AS "students"
    FROM "Submission" s
    CROSS JOIN LATERAL jsonb_array_elements(
      CASE WHEN jsonb_typeof(s."verdict"->'checks') = 'array' THEN s."verdict"->'checks' ELSE '[]'::jsonb END
    ) c
    WHERE s."userId" IN (SELECT "userId" FROM "CohortMembership" WHERE "cohortId" = ${cohortId})
      AND s."status" = 'graded' AND s."passed" = false AND c->>'passed' = 'false'
    GROUP BY s."exerciseId", c->>'id'
    ORDER BY "failures" DESC, s."exerciseId" ASC, "checkId" ASC
    LIMIT ${limit}`;
}

/** The `limit` (exercise, check) pairs failed most often by cohort `cohortId`'s members; ties by exercise and check id. */
export async function readFailedChecks(db: PrismaClient, kind: DatabaseKind, cohortId: string, limit: number): Promise<FailedCheck[]> {
  const rows = await (kind === "postgres" ? queryPostgres : querySqlite)(db, cohortId, limit);
  return rows.map((row) => ({
    exerciseId: row.exerciseId,
    checkId: row.checkId,
    title: { en: row.titleEn ?? row.checkId, zh: row.titleZh ?? row.titleEn ?? row.checkId },
    failures: Number(row.failures),
    students: Number(row.students),
  }));
}

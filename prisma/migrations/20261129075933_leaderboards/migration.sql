-- CreateTable
CREATE TABLE "LeaderboardEntry" (
    "period" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "scorePoints" INTEGER NOT NULL,
    "reachedAt" DATETIME NOT NULL,

    PRIMARY KEY ("period", "userId"),
    CONSTRAINT "LeaderboardEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "LeaderboardEntry_period_scorePoints_reachedAt_userId_idx" ON "LeaderboardEntry"("period", "scorePoints" DESC, "reachedAt", "userId");

-- CreateIndex
CREATE INDEX "User_hiddenFromLeaderboard_idx" ON "User"("hiddenFromLeaderboard");


-- Backfill (written by hand). All time: each learner's total from Progress, reached when the last
-- of their best scores was first reached (the earliest graded submission scoring it; Progress's
-- updatedAt when no submission is left). Points are hundredths: bestScore 0..100 × points.
INSERT INTO "LeaderboardEntry" ("period", "userId", "scorePoints", "reachedAt")
SELECT 'all', p."userId", SUM(CAST(ROUND(p."bestScore" * e."points") AS INTEGER)),
       MAX(COALESCE(
         (SELECT MIN(s."finishedAt") FROM "Submission" s
           WHERE s."userId" = p."userId" AND s."exerciseId" = p."exerciseId" AND s."status" = 'graded' AND s."score" >= p."bestScore"),
         p."updatedAt"))
FROM "Progress" p JOIN "Exercise" e ON e."id" = p."exerciseId"
WHERE p."bestScore" > 0
GROUP BY p."userId"
HAVING SUM(CAST(ROUND(p."bestScore" * e."points") AS INTEGER)) > 0;

-- Weeks: replay graded submissions in order; each rise of a learner's running best score on an
-- exercise counts in the ISO week (UTC) of the submission that made it.
INSERT INTO "LeaderboardEntry" ("period", "userId", "scorePoints", "reachedAt")
SELECT strftime('%G-W%V', r."finishedAt"), r."userId", SUM(CAST(ROUND(r."gain" * e."points") AS INTEGER)), MAX(r."finishedAt")
FROM (
  SELECT "userId", "exerciseId", "finishedAt",
         MAX("score") OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
           - COALESCE(MAX("score") OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS "gain"
  FROM "Submission"
  WHERE "status" = 'graded' AND "score" IS NOT NULL AND "finishedAt" IS NOT NULL
  WINDOW w AS (PARTITION BY "userId", "exerciseId" ORDER BY "finishedAt", "id")
) r JOIN "Exercise" e ON e."id" = r."exerciseId"
WHERE r."gain" > 0
GROUP BY strftime('%G-W%V', r."finishedAt"), r."userId"
HAVING SUM(CAST(ROUND(r."gain" * e."points") AS INTEGER)) > 0;

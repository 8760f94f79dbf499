// Students join a cohort by typing its code. Wrong codes are counted per account, in the
// database so that every web server sees the same count; past the limit the account must wait.
// The counter lives in the RateLimit table (better-auth's per-IP counters) under a key better-auth
// never makes ("cohort-join:<user id>"), which saves a table for one row per guessing account.
import type { PrismaClient } from "../db/client.ts";
import { AppError } from "../errors/app-error.ts";
import { isJoinCodeShape, normalizeJoinCode } from "./join-code.ts";

/** Wrong codes an account may type within `windowMs`; then it waits until the window ends. */
export const joinAttemptRule = { maxFailures: 10, windowMs: 15 * 60_000 } as const;

const keyOf = (userId: string) => `cohort-join:${userId}`;

/** Seconds until `userId` may try another code at `now`, or 0 when they may now. */
async function joinRetryAfterSeconds(db: PrismaClient, userId: string, now = new Date()): Promise<number> {
  const row = await db.rateLimit.findUnique({ where: { key: keyOf(userId) } });
  if (!row || row.count < joinAttemptRule.maxFailures) return 0;
  const endsAt = Number(row.lastRequest) + joinAttemptRule.windowMs;
  return Math.max(0, Math.ceil((endsAt - now.getTime()) / 1000));
}

/**
 * Counts one wrong code for `userId`; a new window starts once the old one is over. Two wrong
 * codes at the same instant may count as one: it is a rate limit, not a quota.
 */
async function recordWrongCode(db: PrismaClient, userId: string, now: Date): Promise<void> {
  const key = keyOf(userId);
  const row = await db.rateLimit.findUnique({ where: { key } });
  const isWindowOver = !row || now.getTime() - Number(row.lastRequest) >= joinAttemptRule.windowMs;
  const next = isWindowOver ? { count: 1, lastRequest: BigInt(now.getTime()) } : { count: row.count + 1, lastRequest: row.lastRequest };
  await db.rateLimit.upsert({ where: { key }, create: { id: key, key, ...next }, update: next });
}

/** What joining gave: the cohort, and whether the account was already in it. */
export interface JoinResult {
  cohortId: string;
  name: string;
  wasMember: boolean;
}

/**
 * Adds `userId` to the cohort whose code is `typedCode` (any case, dashes and spaces ignored).
 * Joining again changes nothing. A wrong code is not_found and counts against the account;
 * too many in a window is too_many_requests with the seconds to wait.
 */
export async function joinCohort(db: PrismaClient, userId: string, typedCode: string, now = new Date()): Promise<JoinResult> {
  const retryAfterSeconds = await joinRetryAfterSeconds(db, userId, now);
  if (retryAfterSeconds > 0) {
    throw new AppError(
      "too_many_requests",
      `user ${userId} typed ${joinAttemptRule.maxFailures} wrong join codes`,
      "You have typed too many wrong codes. Wait a few minutes, then check the code with your instructor.",
      retryAfterSeconds,
    );
  }
  const joinCode = normalizeJoinCode(typedCode);
  // Text that cannot be a code is not looked up (PostgreSQL refuses a NUL in text), but still counts.
  const cohort = !isJoinCodeShape(joinCode) ? null : await db.cohort.findUnique({ where: { joinCode }, select: { id: true, name: true } });
  if (!cohort) {
    await recordWrongCode(db, userId, now);
    throw new AppError("not_found", "wrong join code", "No cohort has this code. Check it with your instructor and try again.");
  }
  const key = { cohortId: cohort.id, userId };
  const existing = await db.cohortMembership.findUnique({ where: { cohortId_userId: key }, select: { joinedAt: true } });
  if (!existing) {
    // Two tabs joining at once: the second insert finds the row; the upsert keeps it harmless.
    await db.cohortMembership.upsert({ where: { cohortId_userId: key }, create: key, update: {} });
  }
  return { cohortId: cohort.id, name: cohort.name, wasMember: existing !== null };
}

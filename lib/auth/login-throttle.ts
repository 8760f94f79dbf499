// Failed sign-ins counted per account, whatever address they come from: the per-IP limit of
// better-auth cannot stop a guesser who spreads attempts over many addresses (or forges
// X-Forwarded-For where no proxy overwrites it). Rows live in the database so every web server
// sees the same count.
import { createHash } from "node:crypto";
import type { PrismaClient } from "../db/client.ts";

/** Failures allowed within `windowMs` before the account is locked for `lockMs`. */
export const loginThrottleRule = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 } as const;

export interface ThrottleRow {
  failures: number;
  firstFailedAt: Date;
  lockedUntil: Date | null;
}

/** Milliseconds until `row` lets a sign-in through at `now`; 0 when it does now. Pure. */
export function lockRemainingMs(row: ThrottleRow | null, now: Date): number {
  if (!row?.lockedUntil) return 0;
  return Math.max(0, row.lockedUntil.getTime() - now.getTime());
}

/** The row after one more failure at `now`: a new window once the old one is over. Pure. */
export function afterFailure(row: ThrottleRow | null, now: Date, rule = loginThrottleRule): ThrottleRow {
  const isLockOver = row?.lockedUntil != null && lockRemainingMs(row, now) === 0;
  const isWindowOver = !row || isLockOver || now.getTime() - row.firstFailedAt.getTime() >= rule.windowMs;
  const failures = isWindowOver ? 1 : row.failures + 1;
  const firstFailedAt = isWindowOver ? now : row.firstFailedAt;
  const lockedUntil = failures >= rule.maxFailures ? new Date(now.getTime() + rule.lockMs) : null;
  return { failures, firstFailedAt, lockedUntil };
}

/** The row key for an email: a hash, so addresses typed by strangers are not stored. */
export function throttleKey(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
}

/** Seconds until `email` may try to sign in again, or 0. */
export async function loginRetryAfterSeconds(db: PrismaClient, email: string, now = new Date()): Promise<number> {
  const row = await db.loginThrottle.findUnique({ where: { key: throttleKey(email) } });
  return Math.ceil(lockRemainingMs(row, now) / 1000);
}

/**
 * Counts a wrong password (or unknown email) for `email`. Two failures at the same instant may
 * count as one; that costs a guesser nothing worth a transaction on every failure.
 */
export async function recordLoginFailure(db: PrismaClient, email: string, now = new Date()): Promise<void> {
  const key = throttleKey(email);
  const next = afterFailure(await db.loginThrottle.findUnique({ where: { key } }), now);
  await db.loginThrottle.upsert({ where: { key }, create: { key, ...next }, update: next });
  // Rows that no longer count for anything go, so guesses at many made-up emails cannot pile up.
  const windowStart = new Date(now.getTime() - loginThrottleRule.windowMs);
  await db.loginThrottle.deleteMany({
    where: { OR: [{ lockedUntil: null, firstFailedAt: { lt: windowStart } }, { lockedUntil: { lt: now } }] },
  });
}

/** Forgets the failures of `email` after a successful sign-in. */
export async function clearLoginFailures(db: PrismaClient, email: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key: throttleKey(email) } });
}

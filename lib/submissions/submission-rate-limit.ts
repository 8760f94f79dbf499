import type { PrismaClient } from "../db/client.ts";
import { AppError } from "../errors/app-error.ts";

/** The window the per-user limit counts submissions in. */
const windowMs = 60_000;

/**
 * Seconds until `userId` may submit again under a limit of `perMinute` submissions in any
 * sliding minute, or 0 when they may now. Reads the stored submissions (index userId, queuedAt),
 * so every web server applies the same limit. Requests racing in the same instant may each pass;
 * it is a rate limit, not a quota.
 */
export async function submissionRetryAfterSeconds(db: PrismaClient, userId: string, perMinute: number, now = new Date()): Promise<number> {
  // Raw SQL: it runs for every submission, and Prisma's model query costs several times the CPU.
  const recent = await db.$queryRaw<{ queuedAt: Date }[]>`
    SELECT "queuedAt" FROM "Submission"
    WHERE "userId" = ${userId} AND "queuedAt" > ${new Date(now.getTime() - windowMs)}
    ORDER BY "queuedAt" DESC LIMIT ${perMinute}`;
  if (recent.length < perMinute) return 0;
  // The oldest of the last `perMinute` leaves the window first and frees a slot.
  const oldest = recent[recent.length - 1]!.queuedAt.getTime();
  return Math.max(1, Math.ceil((oldest + windowMs - now.getTime()) / 1000));
}

/** Throws too_many_requests (429 with Retry-After) when `userId` is over the limit. */
export async function assertSubmissionRate(db: PrismaClient, userId: string, perMinute: number): Promise<void> {
  const retryAfterSeconds = await submissionRetryAfterSeconds(db, userId, perMinute);
  if (retryAfterSeconds === 0) return;
  throw new AppError(
    "too_many_requests",
    `user over ${perMinute} submissions a minute`,
    `You have submitted ${perMinute} times in the last minute. Take a moment to read the last verdict.`,
    retryAfterSeconds,
  );
}

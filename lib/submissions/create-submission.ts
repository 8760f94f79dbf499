import { randomUUID } from "node:crypto";
import type { Queue } from "bullmq";
import type { Logger } from "pino";
import type { PrismaClient } from "../db/client.ts";
import { AppError } from "../errors/app-error.ts";
import { withTimeout } from "../async/with-timeout.ts";
import { enqueueGrading } from "../queue/grading-queue.ts";

/** Whether `error` is a foreign-key failure as Prisma reports one from a raw query (P2010) or a model query (P2003). */
function isForeignKeyViolation(error: unknown): boolean {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } } | null)?.meta;
  return meta?.driverAdapterError?.cause?.kind === "ForeignKeyConstraintViolation";
}

/** Past this the learner is answered anyway; the stored submission is queued by the sweep. */
const enqueueTimeoutMs = 2000;

export interface NewSubmission {
  userId: string;
  exerciseId: string;
  yaml: string;
}

/**
 * Stores a submission as `queued`, then puts it on the grading queue. The row is written
 * first: if Redis is down the submission is still kept, and the worker's sweep queues it later.
 */
export async function createSubmission(
  db: PrismaClient,
  queue: Queue,
  log: Logger,
  input: NewSubmission,
): Promise<{ id: string; status: "queued" }> {
  // PostgreSQL cannot store U+0000 in text, and no Pod manifest holds one: refuse it on every
  // database alike, before anything is stored.
  if (input.yaml.includes("\u0000")) {
    throw new AppError("bad_request", "submission text holds a NUL character", "The text holds binary data (a NUL character); a Pod manifest is plain YAML text.");
  }
  // A lone surrogate (JSON allows "\ud800") is not Unicode text; Prisma fails to encode it for
  // either database and the request answered 500.
  if (/\p{Cs}/u.test(input.yaml)) {
    throw new AppError("bad_request", "submission text holds a lone surrogate", "The text holds an invalid character (half of a UTF-16 surrogate pair); a Pod manifest is plain YAML text.");
  }
  // The exercise's foreign key checks that it exists, in the same statement: a lookup before it
  // would cost every submission a second query. Raw SQL, as this runs for every submission and
  // Prisma's model query costs several times the CPU; the id is made here for the same reason
  // (Prisma makes a model's default id itself, not the database).
  const id = randomUUID();
  await db.$executeRaw`
    INSERT INTO "Submission" (id, "userId", "exerciseId", yaml, status, attempts, "queuedAt")
    VALUES (${id}, ${input.userId}, ${input.exerciseId}, ${input.yaml}, 'queued', 0, ${new Date()})`.catch((error: unknown) => {
    if (!isForeignKeyViolation(error)) throw error;
    // The learner is the signed-in one, so the missing row is the exercise (SQLite's message names neither).
    throw new AppError("not_found", `no exercise ${input.exerciseId}`, "There is no such exercise.");
  });
  try {
    await withTimeout(enqueueGrading(queue, id), enqueueTimeoutMs, "Redis");
  } catch (error) {
    log.warn({ err: error, submissionId: id }, "could not enqueue; the sweep will retry");
  }
  return { id, status: "queued" };
}

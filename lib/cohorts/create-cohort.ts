import type { PrismaClient } from "../db/client.ts";
import { AppError } from "../errors/app-error.ts";
import { generateJoinCode } from "./join-code.ts";

/** A cohort as its instructor's pages show it. */
export interface CohortSummary {
  id: string;
  name: string;
  joinCode: string;
  instructorId: string;
  createdAt: Date;
}

const summary = { id: true, name: true, joinCode: true, instructorId: true, createdAt: true } as const;

/** Whether `error` is Prisma's unique-constraint failure (P2002): a join code already taken. */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** Runs `write` with fresh codes until one is not taken; a clash among 8.5e11 codes is rare, five in a row is a bug. */
async function withFreshCode<T>(write: (joinCode: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write(generateJoinCode());
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 4) throw error;
    }
  }
}

/** Creates cohort `name` taught by `instructorId` with a new join code (the caller checks the role). */
export async function createCohort(db: PrismaClient, instructorId: string, name: string): Promise<CohortSummary> {
  return withFreshCode((joinCode) => db.cohort.create({ data: { name, joinCode, instructorId }, select: summary }));
}

/** Gives cohort `cohortId` a new join code; the old one stops working at once. not_found when there is no such cohort. */
export async function regenerateJoinCode(db: PrismaClient, cohortId: string): Promise<CohortSummary> {
  const found = await db.cohort.findUnique({ where: { id: cohortId }, select: { id: true } });
  if (!found) throw new AppError("not_found", `no cohort ${cohortId}`, "There is no such cohort.");
  return withFreshCode((joinCode) => db.cohort.update({ where: { id: cohortId }, data: { joinCode }, select: summary }));
}

import "server-only";
import { getConfig } from "@/lib/config/config.ts";
import { getDb } from "@/lib/db/client.ts";
import { databaseKind } from "@/lib/db/database-kind.ts";
import { AppError } from "@/lib/errors/app-error.ts";
import { cohortCsv, csvFileName, type CsvHeadings } from "@/lib/cohorts/cohort-csv.ts";
import { createCohort, regenerateJoinCode } from "@/lib/cohorts/create-cohort.ts";
import { joinCohort, type JoinResult } from "@/lib/cohorts/join-cohort.ts";
import { type CohortReport, readCohortReport } from "@/lib/cohorts/read-cohort-report.ts";
import type { Viewer } from "./viewer.ts";

/** A cohort in a list: what the cohorts page shows of it. */
export interface CohortListItem {
  id: string;
  name: string;
  memberCount: number;
  instructorName: string;
}

/** The cohorts page's lists: those the viewer runs (every cohort for admins) and those they are in. */
export interface OwnCohorts {
  canCreate: boolean;
  teaching: CohortListItem[];
  memberOf: { id: string; name: string }[];
}

/** A cohort's page: its details for its instructor, and the matrix with its figures. */
export interface CohortPage {
  id: string;
  name: string;
  joinCode: string;
  instructorName: string;
  report: CohortReport;
}

/** Admins see this many cohorts, newest first, on the cohorts page. */
const adminListLimit = 200;

/** Whether `viewer` may create cohorts: instructors and admins. */
function mayCreateCohorts(viewer: Pick<Viewer, "role">): boolean {
  return viewer.role === "instructor" || viewer.role === "admin";
}

const notFound = (cohortId: string) => new AppError("not_found", `cohort ${cohortId} missing or not the viewer's`, "There is no such cohort.");

/**
 * The cohort `cohortId` if `viewer` runs it: its instructor, or an admin. Anyone else, other
 * instructors included, gets not_found, so that a cohort's existence is not given away.
 */
async function findManagedCohortOrThrow(viewer: Viewer, cohortId: string) {
  const cohort = await getDb().cohort.findUnique({
    where: { id: cohortId },
    select: { id: true, name: true, joinCode: true, instructorId: true, instructor: { select: { displayName: true } } },
  });
  if (!cohort || (viewer.role !== "admin" && cohort.instructorId !== viewer.id)) throw notFound(cohortId);
  return cohort;
}

/** Creates cohort `name` run by `viewer`; forbidden unless an instructor or admin. */
export async function createCohortAs(viewer: Viewer, name: string): Promise<{ id: string; name: string; joinCode: string }> {
  if (!mayCreateCohorts(viewer)) throw new AppError("forbidden", `${viewer.role} asked to create a cohort`, "Only instructors may create cohorts.");
  const { id, joinCode } = await createCohort(getDb(), viewer.id, name);
  return { id, name, joinCode };
}

/** A new join code for cohort `cohortId`: its instructor or an admin only (not_found otherwise). */
export async function regenerateJoinCodeAs(viewer: Viewer, cohortId: string): Promise<{ id: string; joinCode: string }> {
  await findManagedCohortOrThrow(viewer, cohortId);
  const { id, joinCode } = await regenerateJoinCode(getDb(), cohortId);
  return { id, joinCode };
}

/** Puts `viewer` in the cohort whose code is `code`; harmless when already in it. */
export async function joinCohortAs(viewer: Viewer, code: string): Promise<JoinResult> {
  return joinCohort(getDb(), viewer.id, code);
}

/** The cohorts `viewer` runs (all of them, newest first, for admins) and those they belong to. */
export async function listOwnCohorts(viewer: Viewer): Promise<OwnCohorts> {
  const db = getDb();
  const [teaching, memberships] = await Promise.all([
    mayCreateCohorts(viewer)
      ? db.cohort.findMany({
          where: viewer.role === "admin" ? {} : { instructorId: viewer.id },
          orderBy: [{ createdAt: "desc" }, { id: "asc" }],
          take: adminListLimit,
          select: { id: true, name: true, instructor: { select: { displayName: true } }, _count: { select: { members: true } } },
        })
      : [],
    db.cohortMembership.findMany({ where: { userId: viewer.id }, orderBy: { joinedAt: "asc" }, select: { cohort: { select: { id: true, name: true } } } }),
  ]);
  return {
    canCreate: mayCreateCohorts(viewer),
    teaching: teaching.map((cohort) => ({ id: cohort.id, name: cohort.name, memberCount: cohort._count.members, instructorName: cohort.instructor.displayName })),
    memberOf: memberships.map((membership) => membership.cohort),
  };
}

const reportOf = (cohortId: string) => readCohortReport(getDb(), databaseKind(getConfig().DATABASE_URL), cohortId);

/** Cohort `cohortId`'s page for its instructor or an admin; null for anyone else or no such cohort. */
export async function getCohortPage(viewer: Viewer, cohortId: string): Promise<CohortPage | null> {
  try {
    const cohort = await findManagedCohortOrThrow(viewer, cohortId);
    return { id: cohort.id, name: cohort.name, joinCode: cohort.joinCode, instructorName: cohort.instructor.displayName, report: await reportOf(cohort.id) };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  }
}

/** The matrix of cohort `cohortId` as a CSV download, for its instructor or an admin (not_found otherwise). */
export async function getCohortCsv(viewer: Viewer, cohortId: string, headings: CsvHeadings, language: "en" | "zh"): Promise<{ fileName: string; text: string }> {
  const cohort = await findManagedCohortOrThrow(viewer, cohortId);
  return { fileName: csvFileName(cohort.name), text: cohortCsv(await reportOf(cohort.id), headings, language) };
}

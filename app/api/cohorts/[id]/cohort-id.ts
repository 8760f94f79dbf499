import { z } from "zod";

/**
 * A cohort id from the URL: cuid letters and digits. Anything else (a %00, which PostgreSQL
 * refuses in text) is a 400 before any lookup.
 */
export const cohortParamsSchema = z.strictObject({ id: z.string().regex(/^[\w-]+$/, "must be a cohort id").max(64) });

/** What the cohort route handlers receive. */
export type CohortContext = { params: Promise<{ id: string }> };

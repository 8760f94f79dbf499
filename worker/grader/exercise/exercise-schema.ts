// The exercise file format (lessons/*/exercises/*.yaml), checked strictly. Durations are written
// as the simulate contract writes them (`90s`, `2m`, `1m30s`, or seconds as a number) and held
// in whole milliseconds. lessons/README.md documents the format for instructors.
import { z } from "zod";
import { parseDurationMs } from "../../sim/cluster/parse-duration-ms.ts";

export const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case: lower-case letters, digits and single dashes");
const bilingual = z.strictObject({ en: z.string().trim().min(1), zh: z.string().trim().min(1) });

const durationMs = z.union([z.string(), z.number().nonnegative()]).transform((value, context) => {
  const ms = typeof value === "number" ? parseDurationMs(String(value)) : parseDurationMs(value);
  if (ms === null) {
    context.addIssue({ code: "custom", message: `"${value}" is not a duration such as 30s, 2m or 1m30s` });
    return z.NEVER;
  }
  return ms;
});

/** A number to match exactly, or a range with either end open. */
const count = z.union([
  z.number().int().nonnegative(),
  z.strictObject({ min: z.number().int().nonnegative().optional(), max: z.number().int().nonnegative().optional() }),
]);

const containerRef = z.strictObject({ name: z.string().min(1), init: z.boolean().optional() });

const assertion = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("admitted") }),
  z.strictObject({ kind: z.literal("rejected"), field: z.string().optional() }),
  z.strictObject({
    kind: z.literal("pod"),
    at: durationMs,
    phase: z.enum(["Pending", "Running", "Succeeded", "Failed", "Unknown"]).optional(),
    status: z.string().optional(),
    ready: z.string().regex(/^\d+\/\d+$/).optional(),
    restarts: count.optional(),
    node: z.string().nullable().optional(),
    condition: z.strictObject({ type: z.string(), status: z.enum(["True", "False", "Unknown"]) }).optional(),
  }),
  z.strictObject({
    kind: z.literal("container"),
    at: durationMs,
    ...containerRef.shape,
    state: z.enum(["waiting", "running", "terminated"]).optional(),
    reason: z.string().nullable().optional(),
    exitCode: z.number().int().nullable().optional(),
    ready: z.boolean().optional(),
    started: z.boolean().optional(),
    restartCount: count.optional(),
  }),
  z.strictObject({
    kind: z.literal("event"),
    reason: z.string().min(1),
    type: z.enum(["Normal", "Warning"]).optional(),
    object: z.string().optional(),
    messageContains: z.string().optional(),
    messageMatches: z.string().optional(),
    from: durationMs.optional(),
    to: durationMs.optional(),
    count: count.optional(),
  }),
  z.strictObject({
    kind: z.literal("eventOrder"),
    events: z
      .array(z.strictObject({ reason: z.string().min(1), object: z.string().optional(), messageContains: z.string().optional() }))
      .min(2),
  }),
  z.strictObject({
    kind: z.literal("exec"),
    at: durationMs,
    container: z.string().min(1),
    exitCode: z.number().int().optional(),
    stdoutContains: z.string().optional(),
    stdoutMatches: z.string().optional(),
    stderrContains: z.string().optional(),
  }),
  z.strictObject({
    kind: z.literal("warnings"),
    type: z.string().min(1).optional(),
    field: z.string().min(1).optional(),
    count: count.optional(),
  }),
  z.strictObject({
    kind: z.literal("podField"),
    path: z.string().min(1),
    equals: z.unknown().optional(),
    contains: z.string().optional(),
    matches: z.string().optional(),
    exists: z.boolean().optional(),
  }),
]);

const scenario = z.strictObject({
  id: kebabId,
  /** Cluster objects as YAML text (a multi-document string), or a file in exercises/clusters/. */
  cluster: z.string().optional(),
  clusterFile: z.string().regex(/^[a-z0-9][a-z0-9._-]*\.yaml$/, "must be a file name in exercises/clusters/, e.g. ssd-node.yaml").optional(),
  until: durationMs,
  deleteAt: durationMs.optional(),
  execs: z.array(z.strictObject({ at: durationMs, container: z.string().min(1), command: z.string().min(1) })).default([]),
});

const check = z.strictObject({
  id: kebabId,
  title: bilingual,
  scenario: kebabId,
  weight: z.number().positive().default(1),
  hint: bilingual,
  assert: assertion,
});

/** lessons/<NN-name>/exercises/<id>.yaml */
export const exerciseFileSchema = z
  .strictObject({
    id: kebabId,
    title: bilingual,
    prompt: bilingual,
    points: z.number().int().min(1).max(100),
    difficulty: z.enum(["easy", "medium", "hard"]),
    starter: z.string().min(1),
    scenarios: z.array(scenario).min(1),
    checks: z.array(check).min(1),
    solutions: z.array(z.string().min(1)).min(1),
    wrongAnswers: z.array(z.strictObject({ yaml: z.string().min(1), fails: z.array(kebabId).min(1), why: z.string().optional() })).default([]),
    /** Work in progress: only instructors and admins see it (lessons/README.md, "Drafts"). */
    draft: z.boolean().default(false),
  })
  .superRefine(checkReferences);

function checkReferences(exercise: { scenarios: { id: string }[]; checks: { id: string; scenario: string }[]; wrongAnswers: { fails: string[] }[] }, context: z.RefinementCtx): void {
  const scenarioIds = new Set(exercise.scenarios.map((s) => s.id));
  const checkIds = new Set<string>();
  exercise.checks.forEach((c, index) => {
    if (!scenarioIds.has(c.scenario)) {
      context.addIssue({ code: "custom", path: ["checks", index, "scenario"], message: `names scenario "${c.scenario}", which the exercise does not define` });
    }
    if (checkIds.has(c.id)) context.addIssue({ code: "custom", path: ["checks", index, "id"], message: `"${c.id}" is used by two checks` });
    checkIds.add(c.id);
  });
  exercise.wrongAnswers.forEach((answer, index) => {
    answer.fails.forEach((id, position) => {
      if (!checkIds.has(id)) context.addIssue({ code: "custom", path: ["wrongAnswers", index, "fails", position], message: `names check "${id}", which the exercise does not define` });
    });
  });
}

export type ExerciseFile = z.infer<typeof exerciseFileSchema>;
export type Scenario = ExerciseFile["scenarios"][number];
export type Check = ExerciseFile["checks"][number];
export type Assertion = Check["assert"];
export type Count = z.infer<typeof count>;

import { z } from "zod";

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case: lower-case letters, digits and single dashes");
const bilingual = z.strictObject({ en: z.string().trim().min(1), zh: z.string().trim().min(1) });

/** lessons/<NN-name>/lesson.yaml */
export const lessonFileSchema = z.strictObject({
  id: kebabId,
  title: bilingual,
});

/** lessons/<NN-name>/exercises/<id>.yaml */
export const exerciseFileSchema = z.strictObject({
  id: kebabId,
  title: bilingual,
  prompt: bilingual,
  points: z.number().int().min(1).max(100),
  difficulty: z.enum(["easy", "medium", "hard"]),
  starter: z.string().min(1),
});

export type LessonFile = z.infer<typeof lessonFileSchema>;
export type ExerciseFile = z.infer<typeof exerciseFileSchema>;

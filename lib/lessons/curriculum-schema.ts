import { z } from "zod";
import { kebabId } from "../../worker/grader/exercise/exercise-schema.ts";

const bilingual = z.strictObject({ en: z.string().trim().min(1), zh: z.string().trim().min(1) });

/** lessons/<NN-name>/lesson.yaml. The exercise format belongs to the grader (exercise-schema.ts). */
export const lessonFileSchema = z.strictObject({
  id: kebabId,
  title: bilingual,
  /** Work in progress: the lesson and all its exercises are seen only by instructors and admins. */
  draft: z.boolean().default(false),
});

export type LessonFile = z.infer<typeof lessonFileSchema>;

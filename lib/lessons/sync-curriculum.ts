import type { PrismaClient } from "../db/client.ts";
import type { Lesson } from "./load-curriculum.ts";

/**
 * Makes the Lesson and Exercise rows match the files. Idempotent: running it again changes
 * nothing. Rows whose file disappeared are kept, since submissions refer to them.
 */
export async function syncCurriculum(db: PrismaClient, lessons: Lesson[]): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const lesson of lessons) {
      const lessonData = { position: lesson.position, titleEn: lesson.title.en, titleZh: lesson.title.zh };
      await tx.lesson.upsert({ where: { id: lesson.id }, create: { id: lesson.id, ...lessonData }, update: lessonData });
      for (const exercise of lesson.exercises) {
        const exerciseData = {
          lessonId: lesson.id,
          position: exercise.position,
          titleEn: exercise.title.en,
          titleZh: exercise.title.zh,
          points: exercise.points,
        };
        await tx.exercise.upsert({
          where: { id: exercise.id },
          create: { id: exercise.id, ...exerciseData },
          update: exerciseData,
        });
      }
    }
  });
}

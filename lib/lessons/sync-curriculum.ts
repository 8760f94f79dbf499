import type { PrismaClient } from "../db/client.ts";
import { repriceExercise } from "../leaderboard/reprice-exercise.ts";
import type { Lesson } from "./load-curriculum.ts";

/**
 * Makes the Lesson and Exercise rows match the files. Idempotent: running it again changes
 * nothing. Rows whose file disappeared are kept, since submissions refer to them. A change of an
 * exercise's points reprices the all-time leaderboard totals in the same transaction.
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
        const before = await tx.exercise.findUnique({ where: { id: exercise.id }, select: { points: true } });
        if (before) await repriceExercise(tx, exercise.id, before.points, exercise.points);
        await tx.exercise.upsert({
          where: { id: exercise.id },
          create: { id: exercise.id, ...exerciseData },
          update: exerciseData,
        });
      }
    }
  });
}

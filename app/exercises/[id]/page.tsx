import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getExercise } from "@/app/_data/curriculum.ts";
import { getGuestUserId } from "@/app/_data/guest.ts";
import { listOwnSubmissions } from "@/app/_data/submissions.ts";
import { ExerciseWorkspace } from "./page-client.tsx";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = getExercise((await params).id);
  return { title: found?.exercise.title.en ?? "Exercise" };
}

export default async function ExercisePage({ params }: Props) {
  const found = getExercise((await params).id);
  if (!found) notFound();
  const { lesson, exercise } = found;
  const userId = await getGuestUserId();
  const history = userId ? await listOwnSubmissions(userId, exercise.id) : [];
  return (
    <>
      <p className="hint-text">
        Lesson {lesson.position}: {lesson.title.en}
      </p>
      <h1>{exercise.title.en}</h1>
      <ExerciseWorkspace
        exerciseId={exercise.id}
        prompt={exercise.prompt.en}
        promptZh={exercise.prompt.zh}
        starter={exercise.starter}
        initialHistory={history}
      />
    </>
  );
}

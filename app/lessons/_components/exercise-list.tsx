import Link from "next/link";
import type { UiText } from "@/app/_components/language/ui-text.ts";
import type { ExerciseLink } from "@/app/_data/lesson-pages.ts";

/** A lesson's exercises with difficulty and points; nothing when it has none. */
export function ExerciseList({ exercises, text }: { exercises: ExerciseLink[]; text: UiText }) {
  if (exercises.length === 0) return null;
  return (
    <section className="lesson-exercises" aria-labelledby="exercises-title">
      <h2 id="exercises-title">{text.exercisesHeading}</h2>
      <p>{text.exercisesLead}</p>
      <ul className="exercise-links">
        {exercises.map((exercise) => (
          <li key={exercise.id}>
            <Link href={exercise.href}>{exercise.title}</Link>
            {exercise.isDraft && <span className="badge badge-draft">{text.draft}</span>}
            <span className={`badge difficulty-${exercise.difficulty}`}>{text.difficulty[exercise.difficulty]}</span>
            <span className="badge">{text.points(exercise.points)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

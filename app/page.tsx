import Link from "next/link";
import { getCurriculum } from "./_data/curriculum.ts";

export default function HomePage() {
  const lessons = getCurriculum();
  return (
    <>
      <h1>Learn Kubernetes Pods by running them</h1>
      <p className="lead">
        Write Pod YAML, submit it, and get a verdict in a second from a simulated API server and kubelet. No cluster
        needed.
      </p>
      {lessons.map((lesson) => (
        <section className="lesson" key={lesson.id} aria-labelledby={`lesson-${lesson.id}`}>
          <h2 id={`lesson-${lesson.id}`}>
            {lesson.position}. {lesson.title.en}
            <span className="zh" lang="zh">
              {lesson.title.zh}
            </span>
          </h2>
          <ul className="exercise-list">
            {lesson.exercises.map((exercise) => (
              <li key={exercise.id}>
                <Link href={`/exercises/${exercise.id}`}>{exercise.title.en}</Link>
                <span className="badge">{exercise.difficulty}</span>
                <span className="badge">{exercise.points} points</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

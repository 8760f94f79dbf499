import Link from "next/link";
import type { Language } from "@/app/_components/language/language.ts";
import type { BrokenExercise } from "@/lib/lessons/load-curriculum.ts";
import { authoringText } from "./authoring-text.ts";

type Props = { broken: BrokenExercise; isAuthor: boolean; language: Language };

/**
 * In place of an exercise whose file is broken: authors see the file, line and field to fix;
 * learners, one plain sentence (no paths or parser messages).
 */
export function BrokenExerciseView({ broken, isAuthor, language }: Props) {
  const text = authoringText(language);
  return (
    <div className="exercise-page broken-exercise">
      <h1>{isAuthor ? text.brokenTitle : text.unavailableTitle}</h1>
      {isAuthor ? (
        <>
          <p>
            <code>{broken.file}</code>
          </p>
          <pre className="broken-exercise-message">{broken.message}</pre>
          <p className="muted">{text.brokenLead}</p>
        </>
      ) : (
        <p>{text.unavailableLead}</p>
      )}
      <p>
        <Link href="/">{text.backToCourse}</Link>
      </p>
    </div>
  );
}

// The cohort page's three tables, rendered on the server from the report.
import type { Language } from "@/app/_components/language/language.ts";
import type { CohortReport } from "@/lib/cohorts/read-cohort-report.ts";
import { cohortsText } from "../cohorts-text.ts";

type Props = { report: CohortReport; language: Language };

/** Best scores with one decimal at most (they are whole percentages unless weights say otherwise). */
const formatScore = (score: number) => String(Math.round(score * 10) / 10);

/** Students × exercises, best scores; scrolls sideways inside a focusable region on narrow screens. */
export function ScoreMatrix({ report, language }: Props) {
  const text = cohortsText(language);
  return (
    <div className="matrix-scroll" role="region" aria-label={text.matrixRegion} tabIndex={0}>
      <table className="cohort-matrix">
        <caption>{text.matrixCaption(report.students.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{text.student}</th>
            {report.exercises.map((exercise) => (
              <th scope="col" key={exercise.id} className="exercise-heading">
                {exercise.title[language]}
              </th>
            ))}
            <th scope="col">{text.solved}</th>
          </tr>
        </thead>
        <tbody>
          {report.students.map((student) => (
            <tr key={student.userId}>
              <th scope="row">
                {student.displayName}
                <span className="student-email">{student.email}</span>
              </th>
              {student.bestScores.map((score, index) => (
                <td key={report.exercises[index]!.id} className={score === 100 ? "is-solved" : undefined}>
                  {score === null ? (
                    <>
                      <span aria-hidden="true">–</span>
                      <span className="visually-hidden">{text.notTried}</span>
                    </>
                  ) : (
                    formatScore(score)
                  )}
                </td>
              ))}
              <td>{student.solvedCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Per exercise: pass rate (labelled by the page's #exercises-heading) (solved of students) and median attempts to pass. */
export function ExerciseFigures({ report, language }: Props) {
  const text = cohortsText(language);
  return (
    <>
      <p className="hint-text">{text.medianHelp}</p>
      <table className="cohort-table" aria-labelledby="exercises-heading">
        <thead>
          <tr>
            <th scope="col">{text.exercise}</th>
            <th scope="col">{text.passRate}</th>
            <th scope="col">{text.medianAttempts}</th>
          </tr>
        </thead>
        <tbody>
          {report.exercises.map((exercise) => (
            <tr key={exercise.id}>
              <th scope="row">{exercise.title[language]}</th>
              <td>{text.passRateValue(exercise.passRate, exercise.solvedCount)}</td>
              <td>{exercise.medianAttemptsToPass === null ? "–" : exercise.medianAttemptsToPass}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The checks the cohort failed most often, with their exercise (labelled by #failed-heading). */
export function FailedChecks({ report, language }: Props) {
  const text = cohortsText(language);
  if (report.failedChecks.length === 0) return <p>{text.noFailures}</p>;
  const titles = new Map(report.exercises.map((exercise) => [exercise.id, exercise.title[language]]));
  return (
    <>
      <p className="hint-text">{text.failedLead}</p>
      <table className="cohort-table" aria-labelledby="failed-heading">
        <thead>
          <tr>
            <th scope="col">{text.check}</th>
            <th scope="col">{text.exercise}</th>
            <th scope="col">{text.failures}</th>
            <th scope="col">{text.failedStudents}</th>
          </tr>
        </thead>
        <tbody>
          {report.failedChecks.map((check) => (
            <tr key={`${check.exerciseId}/${check.checkId}`}>
              <th scope="row">{check.title[language]}</th>
              <td>{titles.get(check.exerciseId) ?? check.exerciseId}</td>
              <td>{check.failures}</td>
              <td>{check.students}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

// The result of one playground run: admitted or not, the API server's problems, the exec
// results, and the timeline with its kubectl tabs. Server component (rendered by the action).
import type { Language } from "@/app/_components/language/language.ts";
import { Timeline } from "@/app/_components/timeline/timeline.tsx";
import type { Problem, SimResult } from "@/worker/sim/index.ts";
import { playgroundText, type PlaygroundText } from "./playground-text.ts";

type Props = { result: SimResult; untilMs: number; language: Language };

/** Everything one simulation produced, for the playground. */
export function PlaygroundResult({ result, untilMs, language }: Props) {
  const text = playgroundText(language);
  return (
    <div className="playground-result" data-admitted={result.admitted}>
      <h2 className={result.admitted ? "status-passed" : "status-failed"}>{result.admitted ? text.admitted : text.rejected}</h2>
      <Problems title={text.errors} problems={result.errors} text={text} />
      <Problems title={text.warnings} problems={result.warnings} text={text} />
      <ExecResults result={result} text={text} />
      <Timeline result={result} untilMs={untilMs} language={language} />
    </div>
  );
}

function Problems({ title, problems, text }: { title: string; problems: Problem[]; text: PlaygroundText }) {
  if (problems.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="problems" aria-label={title}>
        {problems.map((problem, index) => (
          <li key={index}>
            {problem.line !== null && (
              <span className="where">
                {text.line} {problem.line}:{problem.column}
              </span>
            )}
            {problem.message}
            {problem.hint && <span className="hint">{problem.hint}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}

function ExecResults({ result, text }: { result: SimResult; text: PlaygroundText }) {
  if (result.execs.length === 0) return null;
  return (
    <section className="exec-results" aria-labelledby="exec-results-heading">
      <h3 id="exec-results-heading">{text.execResults}</h3>
      <ol>
        {result.execs.map((exec, index) => (
          <li key={index}>
            <p className="exec-head">
              <span className="exec-time">{exec.time}s</span> <span className="exec-container">{exec.container}</span> <code>$ {exec.command}</code>{" "}
              <span className={exec.exitCode === 0 ? "status-passed" : "status-failed"}>
                {text.exitCode} {exec.exitCode}
              </span>
            </p>
            <pre>{`${exec.stdout}${exec.stderr}` || text.noOutput}</pre>
          </li>
        ))}
      </ol>
    </section>
  );
}

// `podlab grade --exercise ID FILE [--output json|text]`: grades a Pod file (or - for standard
// input) against one exercise of the course. Exit 0 passed, 1 not passed (a rejected Pod
// included), 2 wrong usage, an unreadable file or an unknown exercise.
import { parseArgs } from "node:util";
import type { Lesson } from "../../lib/lessons/load-curriculum.ts";
import { gradeExercise } from "../grader/grade-exercise.ts";
import type { Verdict } from "../grader/verdict.ts";
import type { SimInput, SimResult } from "../sim/sim-result.ts";
import type { SimulateIo } from "./simulate-command.ts";

export const gradeUsage = "Usage: podlab grade --exercise ID FILE [--output json|text]   (FILE may be - for standard input)\n";

/** Runs `podlab grade` with argv after the subcommand; returns the exit status. */
export async function gradeCommand(
  lessons: readonly Lesson[],
  simulate: (input: SimInput) => SimResult,
  argv: string[],
  io: SimulateIo,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { exercise: { type: "string" }, output: { type: "string", default: "text" } } });
  } catch (error) {
    io.stderr.write(`podlab grade: ${(error as Error).message}\n${gradeUsage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (!values.exercise || positionals.length !== 1 || (values.output !== "json" && values.output !== "text")) {
    io.stderr.write(gradeUsage);
    return 2;
  }
  const exercise = lessons.flatMap((lesson) => lesson.exercises).find((candidate) => candidate.id === values.exercise);
  if (!exercise) {
    io.stderr.write(`podlab grade: there is no exercise "${values.exercise}" in the course.\n`);
    return 2;
  }
  let yaml: string;
  try {
    yaml = positionals[0] === "-" ? await readAll(io.stdin) : await io.readFile(positionals[0]!);
  } catch (error) {
    io.stderr.write(`podlab grade: cannot read ${positionals[0]}: ${(error as Error).message}\n`);
    return 2;
  }
  const verdict = gradeExercise(exercise.gradable, yaml, simulate);
  io.stdout.write(values.output === "json" ? `${JSON.stringify(summary(verdict), null, 2)}\n` : text(verdict));
  return verdict.passed ? 0 : 1;
}

/** The verdict without its traces: what a person or a script needs from the command line. */
function summary(verdict: Verdict) {
  const { exerciseId, exerciseHash, passed, score, admitted, errors, warnings, checks } = verdict;
  return {
    exercise: exerciseId,
    exerciseHash,
    passed,
    score,
    admitted,
    errors,
    warnings,
    checks: checks.map(({ id, title, passed: ok, message, hint }) => ({ id, title, passed: ok, message, hint: hint ?? null })),
  };
}

function text(verdict: Verdict): string {
  const lines = [`${verdict.passed ? "PASSED" : "NOT PASSED"}: ${verdict.exerciseId}, score ${verdict.score}/100`];
  for (const error of verdict.errors) lines.push(`error: ${error.line === null ? "" : `line ${error.line}:${error.column}: `}${error.message}`);
  for (const warning of verdict.warnings) lines.push(`warning: ${warning.line === null ? "" : `line ${warning.line}:${warning.column}: `}${warning.message}`);
  for (const check of verdict.checks) {
    lines.push(`${check.passed ? "✔" : "✘"} ${check.title.en} — ${check.message}`);
    if (check.hint) lines.push(`  hint: ${check.hint.en}`);
  }
  return `${lines.join("\n")}\n`;
}

async function readAll(stream: AsyncIterable<string | Uint8Array>): Promise<string> {
  let text = "";
  const decoder = new TextDecoder();
  for await (const chunk of stream) text += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

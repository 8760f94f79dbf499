// The `podlab` command: start (run PodLab), migrate, simulate, grade, lessons check.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { ConfigError, getConfig } from "../../lib/config/config.ts";
import { CurriculumError, loadCurriculum } from "../../lib/lessons/load-curriculum.ts";
import { simulate } from "../sim/index.ts";
import { checkCurriculum } from "./check-curriculum.ts";
import { RedisUnavailableError } from "./ensure-redis.ts";
import { gradeCommand } from "./grade-command.ts";
import { applyMigrations, resolveDatabaseUrl } from "./prepare-database.ts";
import { runSimulate, type SimulateIo } from "./simulate.ts";
import { start } from "./start.ts";
import { runUserCommand } from "./run-user-command.ts";

const usage = `Usage: podlab <command>

Commands:
  start           migrate, load lessons, build the site when needed; then run the site and workers
  migrate         apply pending database migrations
  simulate        run a Pod in the simulator (podlab simulate --help)
  grade           grade a Pod against an exercise: podlab grade --exercise ID FILE
  lessons check   check every lesson and exercise, and grade their reference answers
  user create     create an account: podlab user create --email ADDRESS --role admin
  user reset-password --email ADDRESS
                  print a one-time link that sets a new password, to hand to its owner
`;

const lessonsRoot = resolve(import.meta.dirname, "../../lessons");

const io: SimulateIo = {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  readFile: (path) => readFile(path, "utf8"),
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "start":
      await start();
      return -1;
    case "migrate":
      await applyMigrations(resolveDatabaseUrl(getConfig().DATABASE_URL, process.cwd()));
      return 0;
    case "simulate":
      return runSimulate(rest, io);
    case "grade":
      return gradeCommand(loadCurriculum(lessonsRoot), simulate, rest, io);
    case "user":
      return runUserCommand(rest);
    case "lessons":
      if (rest[0] !== "check") break;
      return lessonsCheck();
  }
  process.stderr.write(usage);
  return 2;
}

function lessonsCheck(): number {
  const lessons = loadCurriculum(lessonsRoot);
  const problems = checkCurriculum(lessons, simulate);
  for (const problem of problems) process.stdout.write(`${problem}\n`);
  const exercises = lessons.reduce((sum, lesson) => sum + lesson.exercises.length, 0);
  process.stdout.write(`${lessons.length} lessons, ${exercises} exercises: ${problems.length === 0 ? "all good" : `${problems.length} problems`}\n`);
  return problems.length === 0 ? 0 : 1;
}

/** Errors a person can fix get one clear sentence; anything else keeps its stack. */
function report(error: unknown): number {
  if (error instanceof ConfigError || error instanceof CurriculumError || error instanceof RedisUnavailableError) {
    process.stderr.write(`podlab: ${error.message}\n`);
    return 1;
  }
  process.stderr.write(`podlab: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 1;
}

// exitCode rather than exit(): a large JSON document on a pipe must be flushed before the end.
main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error) => {
    process.exitCode = report(error);
  },
);

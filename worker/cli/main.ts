// The `podlab` command. Subcommands: start (run PodLab), migrate (apply database migrations).
import { resolve } from "node:path";
import { ConfigError, getConfig } from "../../lib/config/config.ts";
import { CurriculumError } from "../../lib/lessons/load-curriculum.ts";
import { RedisUnavailableError } from "./ensure-redis.ts";
import { applyMigrations } from "./prepare-database.ts";
import { start } from "./start.ts";

const usage = `Usage: podlab <command>

Commands:
  start     install-time checks, migrations, lessons, build; then run the site and workers
  migrate   apply pending database migrations
`;

async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  switch (command) {
    case "start":
      await start();
      return -1;
    case "migrate": {
      const url = getConfig().DATABASE_URL;
      applyMigrations(`file:${resolve(url.replace(/^file:/, ""))}`);
      return 0;
    }
    default:
      process.stderr.write(usage);
      return 2;
  }
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

main(process.argv.slice(2)).then(
  (code) => code >= 0 && process.exit(code),
  (error) => process.exit(report(error)),
);

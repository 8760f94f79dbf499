// `podlab user`: userCommand over the configured database, with the terminal and stdin.
import { resolve } from "node:path";
import { createAuth } from "../../lib/auth/auth.ts";
import { resolveAuthSecret } from "../../lib/auth/auth-secret.ts";
import { getConfig } from "../../lib/config/config.ts";
import { createPrismaClient } from "../../lib/db/client.ts";
import { databaseKind } from "../../lib/db/database-kind.ts";
import { getLogger } from "../../lib/log/logger.ts";
import { resolveDatabaseUrl } from "./prepare-database.ts";
import { terminalPromptHidden } from "./prompt-hidden.ts";
import { userCommand } from "./user-command.ts";

const root = resolve(import.meta.dirname, "../..");

async function readStdin(): Promise<string> {
  let text = "";
  for await (const chunk of process.stdin) text += String(chunk);
  return text;
}

/** Runs `podlab user` (argv after the subcommand) and returns the exit status. */
export async function runUserCommand(argv: string[]): Promise<number> {
  const config = getConfig();
  const db = createPrismaClient(resolveDatabaseUrl(config.DATABASE_URL, root));
  try {
    const secret = resolveAuthSecret(config.AUTH_SECRET, resolve(root, "data/auth-secret"));
    const auth = createAuth(db, { secret, publicUrl: config.PUBLIC_URL, port: config.PORT, database: databaseKind(config.DATABASE_URL), log: getLogger("cli") });
    return await userCommand(auth, db, argv, { stdout: process.stdout, stderr: process.stderr, readStdin, promptHidden: terminalPromptHidden() });
  } finally {
    await db.$disconnect();
  }
}

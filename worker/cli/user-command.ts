// `podlab user create --email ADDRESS [--role student|instructor|admin] [--name NAME]
// [--password-stdin]`: creates an account, e.g. the first admin. The password is never an
// argument (argv lands in shell history and `ps`): it is typed at a hidden prompt, twice, or
// read from standard input with --password-stdin (`podlab user create ... --password-stdin < file`).
// `podlab user reset-password --email ADDRESS`: prints a one-time link that sets a new password,
// for the operator to hand to a learner who forgot theirs (PodLab sends no mail).
import { parseArgs } from "node:util";
import type { Auth } from "../../lib/auth/auth.ts";
import { createAccount } from "../../lib/auth/create-account.ts";
import { createPasswordResetLink } from "../../lib/auth/create-password-reset-link.ts";
import { passwordLimits } from "../../lib/auth/password-limits.ts";
import type { PrismaClient } from "../../lib/db/client.ts";

export const userUsage =
  "Usage: podlab user create --email ADDRESS [--role student|instructor|admin] [--name NAME] [--password-stdin]\n" +
  "  Without --password-stdin the password is asked for at a hidden prompt.\n" +
  "       podlab user reset-password --email ADDRESS\n" +
  "  Prints a link that sets a new password once, within an hour, and signs the account out everywhere.\n";

const roles = ["student", "instructor", "admin"] as const;

/** Where the command reads the password and writes its messages. */
export interface UserCommandIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** All of standard input (for --password-stdin). */
  readStdin: () => Promise<string>;
  /** Asks for a line without echoing it; undefined when there is no terminal to ask on. */
  promptHidden: ((question: string) => Promise<string>) | undefined;
}

type Parsed = { email: string; role: (typeof roles)[number]; name: string; isPasswordOnStdin: boolean };

function parse(argv: string[]): Parsed | string {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { email: { type: "string" }, role: { type: "string", default: "student" }, name: { type: "string" }, "password-stdin": { type: "boolean", default: false } },
    }));
  } catch (error) {
    return (error as Error).message;
  }
  const email = values.email?.trim().toLowerCase();
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return "--email needs an email address";
  const role = roles.find((candidate) => candidate === values.role);
  if (!role) return `--role must be one of ${roles.join(", ")}`;
  return { email, role, name: values.name?.trim() || email.split("@")[0]!, isPasswordOnStdin: values["password-stdin"] };
}

async function readPassword(parsed: Parsed, io: UserCommandIo): Promise<string> {
  if (parsed.isPasswordOnStdin) return (await io.readStdin()).replace(/\r?\n$/, "");
  const ask = io.promptHidden;
  if (!ask) throw new UsageError("no terminal to ask for the password on: pipe it in with --password-stdin");
  const prompt = (question: string) =>
    ask(question).catch(() => {
      throw new UsageError("no password given");
    });
  const first = await prompt("Password: ");
  const again = await prompt("Password again: ");
  if (first !== again) throw new UsageError("the two passwords differ");
  return first;
}

class UsageError extends Error {
  override readonly name = "UsageError";
  readonly code = "usage";
}

/** Runs `podlab user` with argv after the subcommand; returns the exit status (0, 1 or 2). */
export async function userCommand(auth: Auth, db: PrismaClient, argv: string[], io: UserCommandIo): Promise<number> {
  if (argv[0] === "create") return createCommand(auth, argv.slice(1), io);
  if (argv[0] === "reset-password") return resetPasswordCommand(auth, db, argv.slice(1), io);
  io.stderr.write(userUsage);
  return 2;
}

async function resetPasswordCommand(auth: Auth, db: PrismaClient, argv: string[], io: UserCommandIo): Promise<number> {
  let email: string | undefined;
  try {
    email = parseArgs({ args: argv, options: { email: { type: "string" } } }).values.email?.trim().toLowerCase();
  } catch (error) {
    io.stderr.write(`podlab user reset-password: ${(error as Error).message}\n${userUsage}`);
    return 2;
  }
  if (!email) {
    io.stderr.write(`podlab user reset-password: --email needs an email address\n${userUsage}`);
    return 2;
  }
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  const link = user && (await createPasswordResetLink(auth, db, user.id));
  if (!link) {
    io.stderr.write(`podlab user reset-password: no account has the email ${email}\n`);
    return 1;
  }
  io.stdout.write(`${link.url}\n`);
  io.stderr.write(`Give this link to ${email} only. It works once, until ${link.expiresAt.toISOString()}; older links of the account no longer work.\n`);
  return 0;
}

async function createCommand(auth: Auth, argv: string[], io: UserCommandIo): Promise<number> {
  const parsed = parse(argv);
  if (typeof parsed === "string") {
    io.stderr.write(`podlab user create: ${parsed}\n${userUsage}`);
    return 2;
  }
  let password: string;
  try {
    password = await readPassword(parsed, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`podlab user create: ${error.message}\n`);
    return 2;
  }
  if (password.length < passwordLimits.min || password.length > passwordLimits.max) {
    io.stderr.write(`podlab user create: the password must be ${passwordLimits.min} to ${passwordLimits.max} characters\n`);
    return 2;
  }
  const context = await auth.$context;
  if (await context.internalAdapter.findUserByEmail(parsed.email)) {
    io.stderr.write(`podlab user create: an account for ${parsed.email} already exists\n`);
    return 1;
  }
  await createAccount(auth, { email: parsed.email, name: parsed.name, role: parsed.role }, password);
  io.stdout.write(`created ${parsed.role} ${parsed.email}\n`);
  return 0;
}

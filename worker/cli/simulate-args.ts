// The `podlab simulate` command line (simulate-contract.md, "Invocation"), parsed into what
// SimInput needs plus the I/O choices. Pure: reading files is the caller's job. Flags take their
// value as the next argument or after `=`; a repeated flag other than --exec keeps the last value.
import { parseDurationMs } from "../sim/cluster/parse-duration-ms.ts";

/** Longest run we simulate: a day of virtual time is far beyond any lesson. */
export const maxUntilMs = 24 * 3_600_000;
/** Most --exec flags one run takes. */
export const maxExecs = 100;

/** A parsed command line. */
export interface SimulateArgs {
  /** The POD.yaml path, or `-` for standard input. */
  podPath: string;
  clusterPath: string | undefined;
  untilMs: number;
  deleteAtMs: number | undefined;
  execs: { atMs: number; container: string; command: string }[];
  output: "json" | "text";
}

export type ParsedArgs =
  | { kind: "run"; args: SimulateArgs }
  | { kind: "help" }
  | { kind: "usage-error"; message: string };

const valueFlags = new Set(["--cluster", "--until", "--delete-at", "--exec", "--output"]);

function durationOrError(flag: string, text: string): number | string {
  if (text.startsWith("-")) return `invalid value ${JSON.stringify(text)} for ${flag}: durations cannot be negative`;
  const ms = parseDurationMs(text);
  if (ms === null) return `invalid value ${JSON.stringify(text)} for ${flag}: write a duration such as 90s, 2m, 1m30s or a number of seconds`;
  return ms;
}

function execOrError(text: string): SimulateArgs["execs"][number] | string {
  const first = text.indexOf(":");
  const second = first === -1 ? -1 : text.indexOf(":", first + 1);
  if (second === -1) return `invalid value ${JSON.stringify(text)} for --exec: write AT:CONTAINER:COMMAND, e.g. 30s:nginx:cat /etc/hosts`;
  const atMs = durationOrError("--exec", text.slice(0, first));
  if (typeof atMs === "string") return atMs;
  const container = text.slice(first + 1, second);
  const command = text.slice(second + 1);
  if (container === "" || command.trim() === "") return `invalid value ${JSON.stringify(text)} for --exec: CONTAINER and COMMAND must not be empty`;
  return { atMs, container, command };
}

/** Splits argv into flags with values and positionals; `--flag=value` and `--flag value` both work. */
function tokenize(argv: readonly string[]): { flags: [string, string][]; positionals: string[]; help: boolean } | string {
  const flags: [string, string][] = [];
  const positionals: string[] = [];
  let help = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === "--help" || arg === "-h") help = true;
    else if (arg === "-" || !arg.startsWith("-")) positionals.push(arg);
    else {
      const equals = arg.indexOf("=");
      const name = equals === -1 ? arg : arg.slice(0, equals);
      if (!valueFlags.has(name)) return `unknown flag: ${name}`;
      if (equals !== -1) flags.push([name, arg.slice(equals + 1)]);
      else if (index + 1 < argv.length) flags.push([name, argv[++index]!]);
      else return `flag needs an argument: ${name}`;
    }
  }
  return { flags, positionals, help };
}

/** Parses `podlab simulate` arguments (argv after the subcommand). Pure. */
export function parseSimulateArgs(argv: readonly string[]): ParsedArgs {
  const tokens = tokenize(argv);
  if (typeof tokens === "string") return { kind: "usage-error", message: tokens };
  if (tokens.help) return { kind: "help" };
  if (tokens.positionals.length !== 1) {
    const message = tokens.positionals.length === 0 ? "a POD.yaml argument is required (use - for standard input)" : `expected one POD.yaml, got ${tokens.positionals.length}: ${tokens.positionals.join(" ")}`;
    return { kind: "usage-error", message };
  }
  const args: SimulateArgs = { podPath: tokens.positionals[0]!, clusterPath: undefined, untilMs: 600_000, deleteAtMs: undefined, execs: [], output: "text" };
  for (const [flag, value] of tokens.flags) {
    const error = applyFlag(args, flag, value);
    if (error !== null) return { kind: "usage-error", message: error };
  }
  const error = checkLimits(args);
  return error === null ? { kind: "run", args } : { kind: "usage-error", message: error };
}

function applyFlag(args: SimulateArgs, flag: string, value: string): string | null {
  switch (flag) {
    case "--cluster":
      if (value === "" || value === "-") return "--cluster needs a file path (standard input is only for POD.yaml)";
      args.clusterPath = value;
      return null;
    case "--output":
      if (value !== "json" && value !== "text") return `invalid value ${JSON.stringify(value)} for --output: use json or text`;
      args.output = value;
      return null;
    case "--exec": {
      const exec = execOrError(value);
      if (typeof exec === "string") return exec;
      args.execs.push(exec);
      return null;
    }
    default: {
      const ms = durationOrError(flag, value);
      if (typeof ms === "string") return ms;
      if (flag === "--until") args.untilMs = ms;
      else args.deleteAtMs = ms;
      return null;
    }
  }
}

function checkLimits(args: SimulateArgs): string | null {
  if (args.untilMs <= 0) return "--until must be longer than 0s";
  if (args.untilMs > maxUntilMs) return "--until may be at most 24h";
  if (args.deleteAtMs !== undefined && args.deleteAtMs > args.untilMs) return "--delete-at is after --until, so the deletion would never happen";
  if (args.execs.length > maxExecs) return `at most ${maxExecs} --exec flags are allowed, got ${args.execs.length}`;
  const late = args.execs.find((exec) => exec.atMs > args.untilMs);
  return late ? `--exec at ${late.atMs / 1000}s is after --until, so it would never run` : null;
}

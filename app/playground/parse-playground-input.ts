// Turns the playground's text fields into a simulation input, or the first problem with them
// (which field, and a sentence saying what to change). Pure; the server runs it on every request.
import type { SimInput } from "@/worker/sim/index.ts";
import { playgroundLimits, type PlaygroundState } from "./playground-state.ts";

/** Which input a problem is about. */
export type PlaygroundField = keyof PlaygroundState;

export type ParsedPlayground = { ok: true; input: SimInput } | { ok: false; field: PlaygroundField; message: string };

const durationPattern = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/;

/** Milliseconds of `90s`, `2m`, `1m30s`, `1h`, `500ms` or a plain number of seconds; null otherwise. Pure. */
export function parseDurationText(text: string): number | null {
  const trimmed = text.trim();
  if (/^\d{1,7}$/.test(trimmed)) return Number(trimmed) * 1000;
  const match = durationPattern.exec(trimmed);
  if (!match || trimmed === "") return null;
  const [, h = "0", m = "0", s = "0", ms = "0"] = match;
  if ([h, m, s, ms].some((part) => part.length > 7)) return null;
  return Number(h) * 3_600_000 + Number(m) * 60_000 + Number(s) * 1000 + Number(ms);
}

const durationHelp = "write a duration such as 90s, 2m or 1m30s";

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

type ExecLine = SimInput["execs"][number];

function parseExecLine(line: string, number: number): ExecLine | string {
  const first = line.indexOf(":");
  const second = first === -1 ? -1 : line.indexOf(":", first + 1);
  const where = `Exec line ${number}`;
  if (second === -1) return `${where} is not AT:CONTAINER:COMMAND, e.g. 30s:nginx:cat /etc/hosts.`;
  const atMs = parseDurationText(line.slice(0, first));
  if (atMs === null) return `${where}: "${line.slice(0, first)}" is not a time; ${durationHelp}.`;
  const container = line.slice(first + 1, second).trim();
  const command = line.slice(second + 1).trim();
  if (container === "" || command === "") return `${where}: the container and the command must not be empty.`;
  if (command.length > playgroundLimits.maxCommandChars) return `${where}: the command is longer than ${playgroundLimits.maxCommandChars} characters.`;
  return { atMs, container, command };
}

function parseExecs(text: string, untilMs: number): ExecLine[] | string {
  const lines = text.split(/\r?\n/).map((line, index) => ({ line: line.trim(), number: index + 1 })).filter(({ line }) => line !== "");
  if (lines.length > playgroundLimits.maxExecs) return `At most ${playgroundLimits.maxExecs} exec lines are allowed; there are ${lines.length}.`;
  const execs: ExecLine[] = [];
  for (const { line, number } of lines) {
    const exec = parseExecLine(line, number);
    if (typeof exec === "string") return exec;
    if (exec.atMs > untilMs) return `Exec line ${number} runs at ${exec.atMs / 1000}s, after the end of the simulation; make "Simulate for" longer.`;
    execs.push(exec);
  }
  return execs;
}

function checkYaml(state: PlaygroundState): ParsedPlayground | null {
  const limit = playgroundLimits.maxYamlBytes;
  if (state.pod.trim() === "") return { ok: false, field: "pod", message: "Write a Pod to simulate." };
  for (const field of ["pod", "cluster"] as const) {
    const bytes = byteLength(state[field]);
    if (bytes > limit) return { ok: false, field, message: `The ${field} YAML is ${bytes} bytes; the limit is ${limit} bytes (128 KiB).` };
  }
  return null;
}

/** The simulation input for `state`, or its first problem. Pure. */
export function parsePlaygroundInput(state: PlaygroundState): ParsedPlayground {
  const yamlProblem = checkYaml(state);
  if (yamlProblem) return yamlProblem;
  const untilMs = parseDurationText(state.until);
  if (untilMs === null || untilMs <= 0) return { ok: false, field: "until", message: `"Simulate for" must be longer than 0s; ${durationHelp}.` };
  if (untilMs > playgroundLimits.maxUntilMs) return { ok: false, field: "until", message: '"Simulate for" may be at most 1h.' };
  let deleteAtMs: number | undefined;
  if (state.deleteAt.trim() !== "") {
    const parsed = parseDurationText(state.deleteAt);
    if (parsed === null) return { ok: false, field: "deleteAt", message: `"Delete at" is not a time; ${durationHelp}, or leave it empty.` };
    if (parsed > untilMs) return { ok: false, field: "deleteAt", message: '"Delete at" is after the end of the simulation; make "Simulate for" longer.' };
    deleteAtMs = parsed;
  }
  const execs = parseExecs(state.execs, untilMs);
  if (typeof execs === "string") return { ok: false, field: "execs", message: execs };
  const clusterYaml = state.cluster.trim() === "" ? undefined : state.cluster;
  return { ok: true, input: { podYaml: state.pod, clusterYaml, untilMs, deleteAtMs, execs } };
}

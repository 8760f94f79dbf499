/**
 * Linux signals the simulator knows: numbers (x86-64), and whether the default action ends the
 * process. Exit status after a signal death is 128 + number (137 SIGKILL, 143 SIGTERM).
 */

/** Signal names without the SIG prefix. */
export type Signal = "HUP" | "INT" | "QUIT" | "KILL" | "USR1" | "USR2" | "PIPE" | "ALRM" | "TERM" | "CHLD" | "CONT" | "STOP" | "WINCH";

/** Signal numbers, as `kill -l` lists them. */
export const signalNumbers: Readonly<Record<Signal, number>> = {
  HUP: 1, INT: 2, QUIT: 3, KILL: 9, USR1: 10, USR2: 12, PIPE: 13, ALRM: 14, TERM: 15, CHLD: 17,
  CONT: 18, STOP: 19, WINCH: 28,
};

const ignoredByDefault = new Set<Signal>(["CHLD", "CONT", "WINCH"]);

/** Whether the default disposition of `signal` is to ignore it (signal(7)). */
export function isIgnoredByDefault(signal: Signal): boolean {
  return ignoredByDefault.has(signal);
}

/** Parses `TERM`, `SIGTERM`, `term` or `15`; undefined when it names no known signal. */
export function parseSignal(text: string): Signal | undefined {
  const upper = text.toUpperCase();
  const name = upper.startsWith("SIG") ? upper.slice(3) : upper;
  if (name in signalNumbers) return name as Signal;
  const number = Number(text);
  for (const [candidate, value] of Object.entries(signalNumbers)) {
    if (value === number) return candidate as Signal;
  }
  return undefined;
}

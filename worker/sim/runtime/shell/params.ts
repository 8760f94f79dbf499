/** Reading shell parameters: special ($? $$ $# $@ $* $! $0 $-), positional and named. */
import { getVar, type ShellState } from "./shell-state.ts";

/** The value of a parameter, or undefined when it is unset. Pure. */
export function getParam(sh: ShellState, name: string): string | undefined {
  switch (name) {
    case "?":
      return String(sh.status);
    case "$":
      return String(sh.shellPid);
    case "#":
      return String(sh.positional.length);
    case "@":
    case "*":
      return sh.positional.length === 0 ? undefined : sh.positional.join(" ");
    case "!":
      return sh.lastBackgroundPid === undefined ? undefined : String(sh.lastBackgroundPid);
    case "0":
      return sh.name;
    case "-":
      return sh.isErrexit ? "e" : "";
    default:
      break;
  }
  const first = name.charCodeAt(0);
  if (first >= 48 && first <= 57) return sh.positional[Number(name) - 1];
  return getVar(sh, name);
}

/** Whether `name` can be assigned (`NAME=value`). Pure. */
export function isAssignableName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
}

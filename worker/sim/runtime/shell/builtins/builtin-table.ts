/**
 * Which names the shell runs itself. Special builtins (POSIX 2.14) come before functions; the
 * regular ones match busybox ash and dash, which both build in echo, printf, test, kill, pwd,
 * true and false (so those get no PID of their own, unlike sleep or cat).
 */
import type { Effect, Resume } from "../../process/process.ts";
import { echo } from "../../programs/echo.ts";
import { falseProgram, trueProgram } from "../../programs/true-false.ts";
import { kill } from "../../programs/kill.ts";
import { printf } from "../../programs/printf.ts";
import { pwd } from "../../programs/pwd.ts";
import { test } from "../../programs/test.ts";
import type { Program } from "../../programs/program.ts";
import { contextFor } from "../run-simple.ts";
import { childEnv, type ShellState } from "../shell-state.ts";
import { cdBuiltin, commandBuiltin } from "./cd-builtin.ts";
import { dotBuiltin, execBuiltin } from "./exec-builtin.ts";
import { exitBuiltin, loopControlBuiltin, returnBuiltin } from "./flow-builtins.ts";
import { trapBuiltin } from "./trap-builtin.ts";
import { exportBuiltin, localBuiltin, readBuiltin, readonlyBuiltin, setBuiltin, shiftBuiltin, unsetBuiltin } from "./var-builtins.ts";
import { waitBuiltin } from "./wait-builtin.ts";

/** A builtin: runs inside the shell process with the shell's descriptors. */
export type Builtin = (sh: ShellState, argv: string[]) => number | Generator<Effect, number, Resume>;

/** Special builtins: found before functions; their assignments persist. */
export const specialBuiltins: ReadonlyMap<string, Builtin> = new Map<string, Builtin>([
  [":", () => 0],
  [".", dotBuiltin],
  ["break", loopControlBuiltin],
  ["continue", loopControlBuiltin],
  ["exec", execBuiltin],
  ["exit", exitBuiltin],
  ["export", exportBuiltin],
  ["readonly", readonlyBuiltin],
  ["return", returnBuiltin],
  ["set", setBuiltin],
  ["shift", shiftBuiltin],
  ["trap", trapBuiltin],
  ["unset", unsetBuiltin],
]);

/** Regular builtins. */
export const builtins: ReadonlyMap<string, Builtin> = new Map<string, Builtin>([
  ["source", dotBuiltin],
  ["cd", cdBuiltin],
  ["command", commandBuiltin],
  ["local", localBuiltin],
  ["read", readBuiltin],
  ["wait", waitBuiltin],
  ["echo", asBuiltin(echo)],
  ["printf", asBuiltin(printf)],
  ["test", asBuiltin(test)],
  ["[", asBuiltin(test)],
  ["true", asBuiltin(trueProgram)],
  ["false", asBuiltin(falseProgram)],
  ["kill", asBuiltin(kill)],
  ["pwd", asBuiltin(pwd)],
]);

/** Runs a program in-process; its errors carry the shell's prefix (`sh:` in ash, `sh: LINE: NAME:` in dash). */
function asBuiltin(program: Program): Builtin {
  return (sh, argv) => {
    const errorPrefix = sh.dialect === "dash" ? `${sh.name}: ${sh.line}: ${argv[0]}` : sh.name;
    return program(contextFor(sh, argv, childEnv(sh, undefined), errorPrefix));
  };
}

/** cd and command -v: builtins over the working directory and command lookup. */
import { findExecutable } from "../../programs/find-executable.ts";
import type { Resolved } from "../../vfs/resolve-path.ts";
import { asVfsError, strerror } from "../../vfs/vfs-error.ts";
import { getVar, outFd, setVar, type ShellState, shellError } from "../shell-state.ts";
import { builtins, specialBuiltins } from "./builtin-table.ts";

/** `cd [dir]` (default $HOME, `-` for $OLDPWD); sets PWD and OLDPWD. */
export function cdBuiltin(sh: ShellState, argv: string[]): number {
  const target = argv[1] === "-" ? getVar(sh, "OLDPWD") ?? sh.cwd : argv[1] ?? getVar(sh, "HOME") ?? "/";
  let at: Resolved;
  try {
    at = sh.ctx.host.fs.resolve(target, sh.cwd);
  } catch (caught) {
    return cdFailed(sh, target, strerror[asVfsError(caught).code]);
  }
  if (at.node === undefined) return cdFailed(sh, target, strerror.ENOENT);
  if (at.node.kind !== "dir") return cdFailed(sh, target, strerror.ENOTDIR);
  setVar(sh, "OLDPWD", sh.cwd);
  sh.cwd = at.path;
  setVar(sh, "PWD", at.path);
  return 0;
}

function cdFailed(sh: ShellState, target: string, reason: string): number {
  shellError(sh, sh.dialect === "dash" ? `cd: can't cd to ${target}` : `cd: can't cd to ${target}: ${reason}`);
  return sh.dialect === "dash" ? 2 : 1;
}

/** `command -v name...`: prints how each name would be found; other forms are not simulated. */
export function commandBuiltin(sh: ShellState, argv: string[]): number {
  if (argv[1] !== "-v") {
    shellError(sh, "command: only 'command -v NAME' is simulated");
    return 2;
  }
  let status = 0;
  for (const name of argv.slice(2)) {
    if (sh.functions.has(name) || builtins.has(name) || specialBuiltins.has(name)) {
      outFd(sh, 1)?.write(`${name}\n`);
      continue;
    }
    const found = findExecutable(sh.ctx.host.fs, name, getVar(sh, "PATH") ?? "", sh.cwd);
    if (found.kind === "program" || found.kind === "interpreted") outFd(sh, 1)?.write(`${found.path}\n`);
    else status = 127;
  }
  return status;
}

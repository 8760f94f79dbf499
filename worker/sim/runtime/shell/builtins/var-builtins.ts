/** export, readonly, unset, set, shift, local, read: builtins over shell variables. */
import { isAssignableName } from "../params.ts";
import { deleteVar, exportedNames, exportName, getVar, inFd, outFd, setVar, type ShellState, shellError, unexportName } from "../shell-state.ts";

/** `export NAME[=value]...` and `export -p`. */
export function exportBuiltin(sh: ShellState, argv: string[]): number {
  const args = argv.slice(1).filter((arg) => arg !== "-p");
  if (args.length === 0) {
    const names = [...exportedNames(sh)].filter((name) => getVar(sh, name) !== undefined).sort(byCode);
    for (const name of names) outFd(sh, 1)?.write(`export ${name}='${getVar(sh, name)!.replace(/'/g, "'\\''")}'\n`);
    return 0;
  }
  return assignEach(sh, "export", args, (name) => exportName(sh, name));
}

/** `readonly`: accepted and treated as plain assignment (nothing in lessons relies on it). */
export function readonlyBuiltin(sh: ShellState, argv: string[]): number {
  return assignEach(sh, "readonly", argv.slice(1), () => undefined);
}

/** `local NAME[=value]`: accepted inside functions as a plain assignment. */
export function localBuiltin(sh: ShellState, argv: string[]): number {
  return assignEach(sh, "local", argv.slice(1), () => undefined);
}

function assignEach(sh: ShellState, builtin: string, args: string[], mark: (name: string) => void): number {
  let status = 0;
  for (const arg of args) {
    const eq = arg.indexOf("=");
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (!isAssignableName(name)) {
      shellError(sh, `${builtin}: ${arg}: bad variable name`);
      status = 1;
      continue;
    }
    if (eq >= 0) setVar(sh, name, arg.slice(eq + 1));
    mark(name);
  }
  return status;
}

/** `unset [-v|-f] NAME...` */
export function unsetBuiltin(sh: ShellState, argv: string[]): number {
  const isFunction = argv[1] === "-f";
  for (const name of argv.slice(1).filter((arg) => arg !== "-f" && arg !== "-v")) {
    if (isFunction) sh.functions.delete(name);
    else {
      deleteVar(sh, name);
      unexportName(sh, name);
    }
  }
  return 0;
}

/** `set -e`/`set +e`, `set -- args` (other options are accepted and ignored). */
export function setBuiltin(sh: ShellState, argv: string[]): number {
  for (let i = 1; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === "--") {
      sh.positional = argv.slice(i + 1);
      return 0;
    }
    if (!/^[-+]/.test(arg)) {
      sh.positional = argv.slice(i);
      return 0;
    }
    if (arg.includes("e")) sh.isErrexit = arg.startsWith("-");
  }
  return 0;
}

/** `shift [n]` */
export function shiftBuiltin(sh: ShellState, argv: string[]): number {
  const count = Number(argv[1] ?? "1");
  if (!Number.isInteger(count) || count < 0 || count > sh.positional.length) {
    shellError(sh, `shift: can't shift that many`);
    return 1;
  }
  sh.positional = sh.positional.slice(count);
  return 0;
}

/** `read [-r] [-p prompt] NAME...`: one line from stdin split on IFS; status 1 at end of input. */
export function readBuiltin(sh: ShellState, argv: string[]): number {
  const names: string[] = [];
  let isRaw = false;
  for (let i = 1; i < argv.length; i += 1) {
    if (argv[i] === "-r") isRaw = true;
    else if (argv[i] === "-p") i += 1;
    else names.push(argv[i]!);
  }
  if (names.length === 0) names.push("REPLY");
  const line = inFd(sh, 0).readLine();
  if (line === undefined) {
    for (const name of names) setVar(sh, name, "");
    return 1;
  }
  const text = isRaw ? line : line.replace(/\\(.)/g, "$1");
  const fields = text.trim().split(/[ \t]+/);
  names.forEach((name, index) => {
    const isLast = index === names.length - 1;
    setVar(sh, name, isLast ? fields.slice(index).join(" ") : fields[index] ?? "");
  });
  return 0;
}

function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

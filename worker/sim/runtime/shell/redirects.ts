/**
 * Redirections: `>`, `>>`, `>|`, `<`, `<>`, `N>&M`, `N>&-`, `&>`, here-documents. Files open
 * before the command runs (so `> f` creates f even when the command fails) and descriptors are
 * restored afterwards. /dev/null, /dev/stdout and /dev/stderr map to the shell's descriptors.
 */
import type { Effect, Resume } from "../process/process.ts";
import { discard, FileStream, TextSource } from "../process/streams.ts";
import { asVfsError, strerror, type VfsErrorCode } from "../vfs/vfs-error.ts";
import type { Redirect } from "./ast.ts";
import { ExpansionFailure, expandWord } from "./expand.ts";
import { type Fd, type ShellState, shellError } from "./shell-state.ts";

type Gen<T> = Generator<Effect, T, Resume>;

/** Runs `body` with `redirects` applied; a failed redirection skips it with status 1 (ash) or 2 (dash). */
export function* withRedirects(sh: ShellState, redirects: Redirect[], body: () => Gen<number>): Gen<number> {
  if (redirects.length === 0) return yield* body();
  const saved = sh.fds;
  const opened = yield* applyRedirects(sh, redirects);
  if (opened === undefined) {
    sh.status = sh.dialect === "dash" ? 2 : 1;
    return sh.status;
  }
  sh.fds = opened;
  try {
    return yield* body();
  } finally {
    sh.fds = saved;
  }
}

/** The descriptor table after `redirects`, or undefined after printing why one failed. */
export function* applyRedirects(sh: ShellState, redirects: Redirect[]): Gen<Fd[] | undefined> {
  const fds = [...sh.fds];
  for (const redirect of redirects) {
    const target = yield* expandWord(sh, redirect.target);
    if (target instanceof ExpansionFailure) return undefined;
    const error = openOne(sh, fds, redirect, target);
    if (error !== undefined) {
      shellError(sh, error);
      return undefined;
    }
  }
  return fds;
}

function openOne(sh: ShellState, fds: Fd[], redirect: Redirect, target: string): string | undefined {
  const { op, fd } = redirect;
  if (op === "<<" || op === "<<-") {
    fds[0] = new TextSource(target);
    return undefined;
  }
  if (op === ">&" || op === "<&") return dup(fds, fd, target);
  if (op === "<" || op === "<>") return openRead(sh, fds, fd, target, op === "<>");
  const stream = openWrite(sh, fds, target, op === ">>");
  if (typeof stream === "string") return stream;
  fds[fd] = stream;
  if (op === "&>") fds[2] = stream;
  return undefined;
}

function dup(fds: Fd[], fd: number, target: string): string | undefined {
  if (target === "-") {
    delete fds[fd];
    return undefined;
  }
  if (!/^[0-9]$/.test(target)) return `${target}: bad file descriptor`;
  const source = fds[Number(target)];
  if (source === undefined) return `${target}: Bad file descriptor`;
  fds[fd] = source;
  return undefined;
}

function openRead(sh: ShellState, fds: Fd[], fd: number, target: string, isReadWrite: boolean): string | undefined {
  const fs = sh.ctx.host.fs;
  try {
    if (isReadWrite && !fs.exists(target, sh.cwd)) fs.writeFile(target, sh.cwd, "");
    fds[fd] = new TextSource(fs.readFile(target, sh.cwd));
    return undefined;
  } catch (caught) {
    const code = asVfsError(caught).code;
    if (sh.dialect === "dash") return `cannot open ${target}: ${code === "ENOENT" ? "No such file" : strerror[code]}`;
    return `can't open '${target}': ${strerror[code]}`;
  }
}

function openWrite(sh: ShellState, fds: Fd[], target: string, isAppend: boolean): Fd | string {
  if (target === "/dev/stdout" || target === "/dev/stderr") return fds[target === "/dev/stdout" ? 1 : 2] ?? discard;
  const fs = sh.ctx.host.fs;
  try {
    const node = fs.openWrite(target, sh.cwd, isAppend);
    return node.kind === "file" ? new FileStream(fs, node) : discard;
  } catch (caught) {
    return createError(sh, target, asVfsError(caught).code);
  }
}

/** ash: `can't create F: nonexistent directory`; dash: `cannot create F: Directory nonexistent`. */
function createError(sh: ShellState, target: string, code: VfsErrorCode): string {
  if (sh.dialect === "dash") return `cannot create ${target}: ${code === "ENOENT" ? "Directory nonexistent" : strerror[code]}`;
  return `can't create ${target}: ${code === "ENOENT" ? "nonexistent directory" : strerror[code]}`;
}

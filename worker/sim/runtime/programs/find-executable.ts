/**
 * Command lookup as execve + PATH search does it: a name with `/` is used as a path, otherwise
 * each PATH directory is tried in order. A file with a `program` runs that simulated program; a
 * file with `#!` runs its interpreter; any other executable file is run by `/bin/sh`.
 *
 * Answers are kept per filesystem with the directories the search read: a probe runs the same
 * command every few seconds, and while none of those directories' entries (entriesVersion) nor
 * any file data or mode (fsContentChanges) changed, searching again would read the same and
 * answer the same.
 */
import { type ContainerFs, fsContentChanges } from "../vfs/container-fs.ts";
import type { DirNode, FsNode } from "../vfs/fs-node.ts";

/** What running `name` would execute. */
export type Executable =
  | { kind: "program"; path: string; program: string }
  | { kind: "interpreted"; path: string; interpreter: string[] }
  | { kind: "not-found" }
  | { kind: "denied"; path: string };

interface Answer {
  pathVar: string;
  cwd: string;
  found: Executable;
  contentChanges: number;
  dirs: DirNode[];
  versions: number[];
}

const maxNames = 256;
const maxAnswersPerName = 8;

/** Looks `name` up; never throws. Answers are shared: callers must not change them. */
export function findExecutable(fs: ContainerFs, name: string, pathVar: string, cwd: string): Executable {
  // Per filesystem, the answers by command name (few per name: one per PATH and cwd seen).
  const byName = fs.lookupCache as Map<string, Answer[]>;
  const answers = byName.get(name);
  let index = -1;
  if (answers !== undefined) {
    for (let i = 0; i < answers.length && index < 0; i += 1) if (answers[i]!.pathVar === pathVar && answers[i]!.cwd === cwd) index = i;
    if (index >= 0 && isCurrent(answers[index]!)) return answers[index]!.found;
  }
  const visited: DirNode[] = [];
  const contentChanges = fsContentChanges();
  const found = searchExecutable(fs, name, pathVar, cwd, visited);
  const dirs: DirNode[] = [];
  const versions: number[] = [];
  // A search reads a dozen directories at most, the root many times: a Set would cost more.
  for (const dir of visited) {
    if (dirs.includes(dir)) continue;
    dirs.push(dir);
    versions.push(dir.entriesVersion);
  }
  const answer: Answer = { pathVar, cwd, found, contentChanges, dirs, versions };
  if (answers === undefined) {
    if (byName.size < maxNames) byName.set(name, [answer]);
  } else if (index >= 0) answers[index] = answer;
  else if (answers.length < maxAnswersPerName) answers.push(answer);
  return found;
}

function isCurrent(answer: Answer): boolean {
  if (answer.contentChanges !== fsContentChanges()) return false;
  for (let i = 0; i < answer.dirs.length; i += 1) if (answer.dirs[i]!.entriesVersion !== answer.versions[i]) return false;
  return true;
}


/** findExecutable without the cache; `visited` receives every directory whose entries were read. */
export function searchExecutable(fs: ContainerFs, name: string, pathVar: string, cwd: string, visited?: DirNode[]): Executable {
  if (name === "") return { kind: "not-found" };
  if (name.includes("/")) return classify(fs.lookup(name, cwd, visited), undefined, name) ?? { kind: "not-found" };
  for (const dir of pathDirs(pathVar)) {
    const found = classify(fs.lookupEntry(dir, name, cwd, visited), dir, name);
    if (found !== undefined) return found;
  }
  return { kind: "not-found" };
}

const pathSplits = new Map<string, readonly string[]>();
const maxPathSplits = 64;

/**
 * PATH's directories ("" meaning "."), kept per PATH text: nearly every command a shell runs
 * splits the same PATH, and reusing the same strings also reuses their computed hashes.
 */
function pathDirs(pathVar: string): readonly string[] {
  let dirs = pathSplits.get(pathVar);
  if (dirs === undefined) {
    dirs = pathVar.split(":").map((dir) => (dir === "" ? "." : dir));
    if (pathSplits.size >= maxPathSplits) pathSplits.delete(pathSplits.keys().next().value!);
    pathSplits.set(pathVar, dirs);
  }
  return dirs;
}

/** What `node`, found at `dir/name` (or at `name` itself), runs as; a miss builds no path string. */
function classify(node: FsNode | undefined, dir: string | undefined, name: string): Executable | undefined {
  if (node === undefined) return undefined;
  const path = dir === undefined ? name : `${dir}/${name}`;
  if (node.kind === "dir" || node.kind === "device" || (node.mode & 0o111) === 0) return { kind: "denied", path };
  if (node.kind !== "file") return undefined;
  if (node.program !== undefined) return { kind: "program", path, program: node.program };
  if (!node.data.startsWith("#!")) return { kind: "interpreted", path, interpreter: ["/bin/sh"] };
  const line = node.data.slice(2, node.data.indexOf("\n") >>> 0).trim();
  const [interpreter = "/bin/sh", ...args] = line.split(/\s+/);
  return { kind: "interpreted", path, interpreter: [interpreter, ...args.slice(0, 1)] };
}

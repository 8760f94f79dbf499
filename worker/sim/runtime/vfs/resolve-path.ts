/**
 * Path resolution over a root tree with mounts on top: `.`/`..`, absolute and relative symlinks
 * (at most 40 hops, as Linux's MAXSYMLINKS), mount points replacing the node beneath them, and
 * `..` leaving a mount back to the directory it sits in (the walk keeps a chain of directories,
 * never re-parses a string). Pure apart from reading the tree; `visited`, when given, receives
 * every directory whose entries were read. A walk for a write passes `own` (see OwnEntry).
 */
import type { DirNode, FsNode } from "./fs-node.ts";
import { VfsError, type VfsErrorCode } from "./vfs-error.ts";

/** A tree mounted at an absolute, normalized path. */
export interface Mount {
  path: string;
  root: FsNode;
  isReadOnly: boolean;
}

/** Where a path ends up: the node (undefined if only the last component is missing). */
export interface Resolved {
  node: FsNode | undefined;
  parent: DirNode;
  name: string;
  path: string;
  /** The innermost mount holding the final entry, or undefined for the container's own root. */
  mount: Mount | undefined;
}

/**
 * One directory on the way down. Frames link to their parent, so `..` is one step up and no
 * stack array is copied; a frame's path string is built only when a mount lookup or the result
 * needs it, since most walks (PATH searches, file reads) never need one.
 */
interface Frame {
  dir: DirNode;
  parent: Frame | undefined;
  name: string;
  mount: Mount | undefined;
  path: string | undefined;
}

/** Where a walk ended: the final entry `name` in `at` (or `at` itself when `name` is undefined). */
interface WalkEnd {
  at: Frame;
  name: string | undefined;
  node: FsNode | undefined;
  mount: Mount | undefined;
}

/**
 * Called by a walk for a write on every entry it walks into or ends at (symlinks it follows and
 * mount roots aside), with the directory holding it: returns the node to go on with, which may be
 * a copy it put in `dir` in place of `node` (copy-on-write, see template-tree.ts).
 */
export type OwnEntry = (dir: DirNode, name: string, node: FsNode) => FsNode;

const maxSymlinkHops = 40;
/** Longest path and longest path component a walk accepts (ENAMETOOLONG beyond). */
export const maxPathLength = 4096;
export const maxNameLength = 255;

/**
 * Resolves `path` against `cwd`; throws VfsError (ENOENT, ENOTDIR, ELOOP, ENAMETOOLONG).
 * `mountNames`, when given, holds the last component of every mount path: a component with
 * another name cannot be a mount point, so its path is not looked up. `own` is given by a walk
 * for a write (see OwnEntry).
 */
export function resolvePath(
  root: DirNode,
  mounts: ReadonlyMap<string, Mount>,
  path: string,
  cwd: string,
  followLast: boolean,
  mountNames?: ReadonlySet<string>,
  own?: OwnEntry,
): Resolved {
  const result = walk(root, mounts, path, cwd, followLast, mountNames, own);
  if (typeof result === "string") throw new VfsError(result);
  return result;
}

/** Like resolvePath, but returns the errno code instead of throwing. */
function walk(
  root: DirNode,
  mounts: ReadonlyMap<string, Mount>,
  path: string,
  cwd: string,
  followLast: boolean,
  mountNames: ReadonlySet<string> | undefined,
  own: OwnEntry | undefined,
): Resolved | VfsErrorCode {
  const end = walkTo(root, mounts, path, cwd, followLast, mountNames, undefined, own);
  if (typeof end === "string") return end;
  const { at, name } = end;
  if (name !== undefined) return { node: end.node, parent: at.dir, name, path: `${pathOf(at)}/${name}`, mount: end.mount };
  // The path named a directory reached by its components (`/`, `/tmp/..`, `dir/`).
  const dirPath = pathOf(at);
  return { node: at.dir, parent: at.parent?.dir ?? at.dir, name: at.name, path: dirPath === "" ? "/" : dirPath, mount: at.mount };
}

/**
 * The node `path` names (following symlinks; undefined when only the last component is missing),
 * or the errno code. It throws nothing and builds no path strings: PATH searches and existence
 * checks run often and fail often, and an Error or a Resolved for each costs more than the walk.
 */
export function walkNode(
  root: DirNode,
  mounts: ReadonlyMap<string, Mount>,
  path: string,
  cwd: string,
  mountNames?: ReadonlySet<string>,
  visited?: DirNode[],
): FsNode | undefined | VfsErrorCode {
  const end = walkTo(root, mounts, path, cwd, true, mountNames, visited, undefined);
  return typeof end === "string" ? end : end.node;
}

function walkTo(
  root: DirNode,
  mounts: ReadonlyMap<string, Mount>,
  path: string,
  cwd: string,
  followLast: boolean,
  mountNames: ReadonlySet<string> | undefined,
  visited: DirNode[] | undefined,
  own: OwnEntry | undefined,
): WalkEnd | VfsErrorCode {
  if (path === "") return "ENOENT";
  if (path.length > maxPathLength) return "ENAMETOOLONG";
  const rootFrame: Frame = { dir: root, parent: undefined, name: "", mount: undefined, path: "" };
  let top = rootFrame;
  const split = componentsOf(path.startsWith("/") ? path : `${cwd}/${path}`);
  let parts = split.parts;
  let end = split.end;
  const mustBeDir = path.endsWith("/");
  let hops = 0;
  for (let i = 0; ; i += 1) {
    if (i > end) return { at: top, name: undefined, node: top.dir, mount: top.mount };
    const comp = parts[i]!;
    if (comp === "." || comp === "") continue;
    if (comp === "..") {
      top = top.parent ?? top;
      continue;
    }
    if (comp.length > maxNameLength) return "ENAMETOOLONG";
    const mounted = mounts.size === 0 || mountNames?.has(comp) === false ? undefined : mounts.get(`${pathOf(top)}/${comp}`);
    if (mounted === undefined) visited?.push(top.dir);
    let child = mounted === undefined ? top.dir.entries.get(comp) : mounted.root;
    const mount = mounted ?? top.mount;
    const isLast = i === end;
    if (child === undefined) {
      if (isLast) return { at: top, name: comp, node: undefined, mount };
      return "ENOENT";
    }
    if (child.kind === "symlink" && (!isLast || followLast || mustBeDir)) {
      hops += 1;
      if (hops > maxSymlinkHops) return "ELOOP";
      if (child.target.startsWith("/")) top = rootFrame;
      parts = [...child.target.split("/"), ...parts.slice(i + 1)];
      end = lastNonEmpty(parts);
      i = -1;
      continue;
    }
    if (own !== undefined && mounted === undefined) child = own(top.dir, comp, child);
    if (isLast) {
      if (mustBeDir && child.kind !== "dir") return "ENOTDIR";
      return { at: top, name: comp, node: child, mount };
    }
    if (child.kind !== "dir") return "ENOTDIR";
    top = { dir: child, parent: top, name: comp, mount, path: undefined };
  }
}

/** The frame's absolute path ("" for the root), built once from its parent's. */
function pathOf(frame: Frame): string {
  if (frame.path === undefined) frame.path = `${pathOf(frame.parent!)}/${frame.name}`;
  return frame.path;
}

interface Components {
  /** The path split at `/`; never changed once made (a symlink makes a new array). */
  parts: readonly string[];
  /** Index of the last non-empty part. */
  end: number;
}

const splits = new Map<string, Components>();
const maxSplits = 1024;
const maxSplitLength = 256;

/** `full.split("/")`, kept for short paths: the same few paths are resolved over and over. */
function componentsOf(full: string): Components {
  const known = splits.get(full);
  if (known !== undefined) return known;
  const parts = full.split("/");
  const made = { parts, end: lastNonEmpty(parts) };
  if (full.length > maxSplitLength) return made;
  if (splits.size >= maxSplits) splits.delete(splits.keys().next().value!);
  splits.set(full, made);
  return made;
}

function lastNonEmpty(parts: readonly string[]): number {
  let end = parts.length - 1;
  while (end >= 0 && parts[end] === "") end -= 1;
  return end;
}

/**
 * Path resolution over a root tree with mounts on top: `.`/`..`, absolute and relative symlinks
 * (at most 40 hops, as Linux's MAXSYMLINKS), mount points replacing the node beneath them, and
 * `..` leaving a mount back to the directory it sits in (the walk keeps a stack of directories,
 * never re-parses a string). Pure apart from reading the tree; `visited`, when given, receives
 * every directory whose entries were read.
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

interface Frame {
  dir: DirNode;
  path: string;
  mount: Mount | undefined;
}

const maxSymlinkHops = 40;
const maxPathLength = 4096;
const maxNameLength = 255;

/**
 * Resolves `path` against `cwd`; throws VfsError (ENOENT, ENOTDIR, ELOOP, ENAMETOOLONG).
 * `mountNames`, when given, holds the last component of every mount path: a component with
 * another name cannot be a mount point, so its path is not looked up.
 */
export function resolvePath(
  root: DirNode,
  mounts: ReadonlyMap<string, Mount>,
  path: string,
  cwd: string,
  followLast: boolean,
  mountNames?: ReadonlySet<string>,
): Resolved {
  const result = walk(root, mounts, path, cwd, followLast, mountNames);
  if (typeof result === "string") throw new VfsError(result);
  return result;
}

/**
 * Like resolvePath, but returns the errno code instead of throwing: PATH searches and existence
 * checks fail often, and building an Error for each costs more than the whole walk.
 */
export function walk(
  root: DirNode,
  mounts: ReadonlyMap<string, Mount>,
  path: string,
  cwd: string,
  followLast: boolean,
  mountNames?: ReadonlySet<string>,
  visited?: DirNode[],
): Resolved | VfsErrorCode {
  if (path === "") return "ENOENT";
  if (path.length > maxPathLength) return "ENAMETOOLONG";
  const rootFrame: Frame = { dir: root, path: "", mount: undefined };
  let stack: Frame[] = [rootFrame];
  const split = componentsOf(path.startsWith("/") ? path : `${cwd}/${path}`);
  let parts = split.parts;
  let end = split.end;
  const mustBeDir = path.endsWith("/");
  let hops = 0;
  for (let i = 0; ; i += 1) {
    const top = stack[stack.length - 1]!;
    if (i > end) return finishAtDir(stack, top);
    const comp = parts[i]!;
    if (comp === "." || comp === "") continue;
    if (comp === "..") {
      if (stack.length > 1) stack.pop();
      continue;
    }
    if (comp.length > maxNameLength) return "ENAMETOOLONG";
    const childPath = `${top.path}/${comp}`;
    const mounted = mounts.size === 0 || mountNames?.has(comp) === false ? undefined : mounts.get(childPath);
    if (mounted === undefined) visited?.push(top.dir);
    const child = mounted === undefined ? top.dir.entries.get(comp) : mounted.root;
    const mount = mounted ?? top.mount;
    const isLast = i === end;
    if (child === undefined) {
      if (isLast) return { node: undefined, parent: top.dir, name: comp, path: childPath, mount };
      return "ENOENT";
    }
    if (child.kind === "symlink" && (!isLast || followLast || mustBeDir)) {
      hops += 1;
      if (hops > maxSymlinkHops) return "ELOOP";
      if (child.target.startsWith("/")) stack = [rootFrame];
      parts = [...child.target.split("/"), ...parts.slice(i + 1)];
      end = lastNonEmpty(parts);
      i = -1;
      continue;
    }
    if (isLast) {
      if (mustBeDir && child.kind !== "dir") return "ENOTDIR";
      return { node: child, parent: top.dir, name: comp, path: childPath, mount };
    }
    if (child.kind !== "dir") return "ENOTDIR";
    stack.push({ dir: child, path: childPath, mount });
  }
}

function finishAtDir(stack: Frame[], top: Frame): Resolved {
  const parent = stack.length > 1 ? stack[stack.length - 2]!.dir : top.dir;
  const name = top.path.slice(top.path.lastIndexOf("/") + 1);
  return { node: top.dir, parent, name, path: top.path === "" ? "/" : top.path, mount: top.mount };
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

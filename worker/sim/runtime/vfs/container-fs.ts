/**
 * One container's view of files: its own root tree plus mounts (volumes, /etc/hosts). Every
 * operation throws VfsError with the errno a real kernel would give; read-only mounts refuse
 * writes with EROFS. Times are virtual milliseconds read from the `nowMs` callback. The root tree
 * may share nodes with an image's tree: every write walks its path with ownEntry, so what it
 * changes is the container's own (see template-tree.ts).
 */
import { copyNode, type DirNode, type FileNode, type FsNode, makeDir, makeFile } from "./fs-node.ts";
import { maxNameLength, maxPathLength, type Mount, type Resolved, resolvePath, walkNode } from "./resolve-path.ts";
import { memoizeByText } from "../../memoize-by-text.ts";
import { isTemplateNode } from "./template-tree.ts";
import { VfsError, type VfsErrorCode } from "./vfs-error.ts";

/** Largest file a process may write; beyond it writes fail with EFBIG. */
export const maxFileBytes = 1 << 20;

let contentChanges = 0;

/**
 * How many times any ContainerFs changed file data or modes, or added mounts. With the entries
 * versions of directories, this tells a cached lookup whether what it read may have changed
 * (times are not counted).
 */
export function fsContentChanges(): number {
  return contentChanges;
}

function entriesChanged(dir: DirNode): void {
  dir.entriesVersion += 1;
}

/**
 * The copy-on-write step of a walk for a write (resolve-path.ts OwnEntry): a template node is
 * replaced in `dir`, which is already the container's own, by a copy of its own. That changes
 * `dir`'s entries as far as a cached lookup through `dir` is concerned, hence the new version.
 */
function ownEntry(dir: DirNode, name: string, node: FsNode): FsNode {
  if (!isTemplateNode(node)) return node;
  const copy = copyNode(node);
  dir.entries.set(name, copy);
  entriesChanged(dir);
  return copy;
}

/** A container filesystem. Mutates its trees in place. */
export class ContainerFs {
  readonly root: DirNode;
  private readonly mounts = new Map<string, Mount>();
  /**
   * What programs/find-executable.ts keeps for this filesystem. A field rather than a WeakMap
   * entry, so it dies young with the filesystem (a WeakMap keeps its values to old space).
   */
  readonly lookupCache = new Map<string, unknown>();
  /** The last component of every mount path (see resolvePath). */
  private readonly mountNames = new Set<string>();
  private readonly nowMs: () => number;

  constructor(root: DirNode, mounts: readonly Mount[], nowMs: () => number) {
    this.root = root;
    this.nowMs = nowMs;
    for (const mount of mounts) this.addMount(mount);
  }

  /** Resolves a path (see resolve-path.ts). */
  resolve(path: string, cwd: string, followLast = true): Resolved {
    return resolvePath(this.root, this.mounts, path, cwd, followLast, this.mountNames);
  }

  /** Resolves a path about to be written: every directory on the way, and the final node, are this container's own. */
  private resolveToWrite(path: string, cwd: string, followLast = true): Resolved {
    return resolvePath(this.root, this.mounts, path, cwd, followLast, this.mountNames, ownEntry);
  }

  /** The node at `path`, following symlinks; throws ENOENT when missing. */
  stat(path: string, cwd: string): FsNode {
    return existing(this.resolve(path, cwd));
  }

  /** The node at `path` without following a final symlink. */
  lstat(path: string, cwd: string): FsNode {
    return existing(this.resolve(path, cwd, false));
  }

  /**
   * The node at `path` (following symlinks), or undefined for any failure; never throws.
   * `visited` receives every directory whose entries the walk read.
   */
  lookup(path: string, cwd: string, visited?: DirNode[]): FsNode | undefined {
    const node = walkNode(this.root, this.mounts, path, cwd, this.mountNames, visited);
    return typeof node === "string" ? undefined : node;
  }

  /**
   * What lookup(`${dirPath}/${name}`) finds, for a plain `name` (no `/`): the directory is walked
   * once and the name read from its entries. PATH searches try one name in several directories,
   * and this spares building and splitting a path string for each. Names the short way cannot
   * answer (`.`, `..`, a mount point's name, a symlink) take the full walk.
   */
  lookupEntry(dirPath: string, name: string, cwd: string, visited?: DirNode[]): FsNode | undefined {
    const isPlain = name !== "." && name !== ".." && !this.mountNames.has(name) && dirPath.length + name.length < maxPathLength;
    if (!isPlain) return this.lookup(`${dirPath}/${name}`, cwd, visited);
    const dir = this.lookup(dirPath, cwd, visited);
    if (dir?.kind !== "dir" || name.length > maxNameLength) return undefined;
    visited?.push(dir);
    const node = dir.entries.get(name);
    return node?.kind === "symlink" ? this.lookup(`${dirPath}/${name}`, cwd, visited) : node;
  }

  /** Whether `path` exists (following symlinks); never throws. */
  exists(path: string, cwd: string): boolean {
    return this.lookup(path, cwd) !== undefined;
  }

  /** A file's contents; EISDIR for directories, "" for devices. */
  readFile(path: string, cwd: string): string {
    const read = this.tryReadFile(path, cwd);
    if (typeof read !== "string") throw new VfsError(read.code);
    return read;
  }

  /** Like readFile, but returns the failure instead of throwing (a missing file is common). */
  tryReadFile(path: string, cwd: string): string | { code: VfsErrorCode } {
    const node = walkNode(this.root, this.mounts, path, cwd, this.mountNames);
    if (typeof node === "string") return { code: node };
    if (node === undefined) return { code: "ENOENT" };
    if (node.kind === "dir") return { code: "EISDIR" };
    return node.kind === "file" ? node.data : "";
  }

  /** Opens for writing, creating the file (mode 0644) if missing; truncates unless appending. */
  openWrite(path: string, cwd: string, isAppend: boolean): FsNode {
    const at = this.resolveToWrite(path, cwd);
    if (at.node?.kind === "dir") throw new VfsError("EISDIR");
    if (at.node?.kind === "device") return at.node;
    if (at.mount?.isReadOnly) throw new VfsError("EROFS");
    if (at.node === undefined) {
      const file = makeFile("", 0o644, this.nowMs());
      at.parent.entries.set(at.name, file);
      entriesChanged(at.parent);
      return file;
    }
    const file = at.node as FileNode;
    if (!isAppend) file.data = "";
    contentChanges += 1;
    file.mtimeMs = this.nowMs();
    return file;
  }

  /** Appends to a node returned by openWrite; EFBIG past maxFileBytes. */
  append(node: FsNode, data: string): void {
    if (node.kind !== "file") return;
    if (node.data.length + data.length > maxFileBytes) throw new VfsError("EFBIG");
    node.data += data;
    node.mtimeMs = this.nowMs();
    contentChanges += 1;
  }

  /** Writes a whole file (create or truncate). */
  writeFile(path: string, cwd: string, data: string): void {
    this.append(this.openWrite(path, cwd, false), data);
  }

  /** Creates one directory; EEXIST if anything is there. */
  mkdir(path: string, cwd: string, mode = 0o755): void {
    const at = this.resolveToWrite(path, cwd, false);
    if (at.node !== undefined) throw new VfsError("EEXIST");
    if (at.mount?.isReadOnly) throw new VfsError("EROFS");
    at.parent.entries.set(at.name, makeDir(mode, this.nowMs()));
    entriesChanged(at.parent);
  }

  /** Creates a symlink at `path` pointing to `target` (kept verbatim). */
  symlink(target: string, path: string, cwd: string): void {
    const at = this.resolveToWrite(path, cwd, false);
    if (at.node !== undefined) throw new VfsError("EEXIST");
    if (at.mount?.isReadOnly) throw new VfsError("EROFS");
    at.parent.entries.set(at.name, { kind: "symlink", mode: 0o777, mtimeMs: this.nowMs(), target });
    entriesChanged(at.parent);
  }

  /** Directory entry names, sorted with `<` (byte order, as `ls` in the C locale). */
  readdir(path: string, cwd: string): string[] {
    const at = this.resolve(path, cwd);
    const node = existing(at);
    if (node.kind !== "dir") throw new VfsError("ENOTDIR");
    const names = [...node.entries.keys()];
    const prefix = at.path === "/" ? "/" : `${at.path}/`;
    for (const mountPath of this.mounts.keys()) {
      const rest = mountPath.startsWith(prefix) ? mountPath.slice(prefix.length) : "";
      if (rest !== "" && !rest.includes("/") && !node.entries.has(rest)) names.push(rest);
    }
    return names.sort(byCodeUnit);
  }

  /** Removes a non-directory entry. */
  unlink(path: string, cwd: string): void {
    const at = this.resolveToWrite(path, cwd, false);
    const node = existing(at);
    if (node.kind === "dir") throw new VfsError("EISDIR");
    this.detach(at);
  }

  /** Removes an empty directory. */
  rmdir(path: string, cwd: string): void {
    const at = this.resolveToWrite(path, cwd, false);
    const node = existing(at);
    if (node.kind !== "dir") throw new VfsError("ENOTDIR");
    if (this.mounts.has(at.path)) throw new VfsError("EBUSY");
    if (node.entries.size > 0) throw new VfsError("ENOTEMPTY");
    this.detach(at);
  }

  /** Moves an entry within one mount; EXDEV across mounts (callers then copy). */
  rename(from: string, to: string, cwd: string): void {
    const src = this.resolveToWrite(from, cwd, false);
    const node = existing(src);
    const dst = this.resolveToWrite(to, cwd, false);
    if (src.mount !== dst.mount) throw new VfsError("EXDEV");
    if (dst.mount?.isReadOnly || src.mount?.isReadOnly) throw new VfsError("EROFS");
    if (this.mounts.has(src.path)) throw new VfsError("EBUSY");
    if (dst.node?.kind === "dir" && node.kind !== "dir") throw new VfsError("EISDIR");
    if (node.kind === "dir" && isInside(dst.path, src.path)) throw new VfsError("EINVAL");
    src.parent.entries.delete(src.name);
    dst.parent.entries.set(dst.name, node);
    entriesChanged(src.parent);
    entriesChanged(dst.parent);
  }

  /** Puts a copy-free reference of `node` at `path` (used by cp for fresh nodes). */
  place(path: string, cwd: string, node: FsNode): void {
    const at = this.resolveToWrite(path, cwd, false);
    if (at.mount?.isReadOnly) throw new VfsError("EROFS");
    if (at.node?.kind === "dir") throw new VfsError("EISDIR");
    at.parent.entries.set(at.name, node);
    entriesChanged(at.parent);
  }

  /** Sets the permission bits of the node at `path` (and, for a copied executable, its program). */
  chmod(path: string, cwd: string, mode: number, program?: string): void {
    const node = existing(this.resolveToWrite(path, cwd));
    node.mode = mode;
    if (program !== undefined && node.kind === "file") node.program = program;
    contentChanges += 1;
  }

  /** Updates the time of the node at `path`, as `touch` does. */
  touch(path: string, cwd: string): void {
    existing(this.resolveToWrite(path, cwd)).mtimeMs = this.nowMs();
  }

  /** Whether writes under `path`'s final entry would be refused as read-only. */
  isReadOnly(path: string, cwd: string): boolean {
    return this.resolve(path, cwd, false).mount?.isReadOnly === true;
  }

  private addMount(mount: Mount): void {
    this.mounts.set(mount.path, mount);
    this.mountNames.add(mount.path.slice(mount.path.lastIndexOf("/") + 1));
    ensureMountPoint(this.root, mount);
    contentChanges += 1;
  }

  private detach(at: Resolved): void {
    if (at.mount?.isReadOnly) throw new VfsError("EROFS");
    if (this.mounts.has(at.path)) throw new VfsError("EBUSY");
    at.parent.entries.delete(at.name);
    entriesChanged(at.parent);
  }
}

function existing(at: Resolved): FsNode {
  if (at.node === undefined) throw new VfsError("ENOENT");
  return at.node;
}

function isInside(path: string, dir: string): boolean {
  return path === dir || path.startsWith(`${dir}/`);
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The components of a mount path; kept per path, as every container start mounts the same few. */
const mountPathNames = memoizeByText((path: string): readonly string[] => Object.freeze(path.split("/").filter((part) => part !== "")));

/**
 * Creates the directories a mount point needs in the root tree, as container runtimes do, and a
 * placeholder at the mount point itself. Changes nothing (and so copies nothing of a shared image
 * tree) when they are all there: images/catalog.ts hands out trees with them made already.
 */
export function ensureMountPoint(root: DirNode, mount: Mount): void {
  const names = mountPathNames(mount.path);
  if (hasMountPoint(root, names)) return;
  let dir = root;
  for (let i = 0; i < names.length - 1; i += 1) {
    const next = dir.entries.get(names[i]!);
    if (next?.kind !== "dir") {
      const made = makeDir();
      dir.entries.set(names[i]!, made);
      dir = made;
    } else dir = ownEntry(dir, names[i]!, next) as DirNode;
  }
  const last = names[names.length - 1];
  if (last !== undefined && !dir.entries.has(last)) {
    dir.entries.set(last, mount.root.kind === "dir" ? makeDir() : makeFile(""));
  }
}

/** Whether every directory on the way to the mount point, and something at the mount point, is there. */
function hasMountPoint(root: DirNode, names: readonly string[]): boolean {
  let node: FsNode | undefined = root;
  for (const name of names) {
    if (node?.kind !== "dir") return false;
    node = node.entries.get(name);
  }
  return node !== undefined;
}

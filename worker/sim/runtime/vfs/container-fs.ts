/**
 * One container's view of files: its own root tree plus mounts (volumes, /etc/hosts). Every
 * operation throws VfsError with the errno a real kernel would give; read-only mounts refuse
 * writes with EROFS. Times are virtual milliseconds read from the `nowMs` callback.
 */
import { type DirNode, type FileNode, type FsNode, makeDir, makeFile } from "./fs-node.ts";
import { type Mount, type Resolved, resolvePath, walk } from "./resolve-path.ts";
import { VfsError } from "./vfs-error.ts";

/** Largest file a process may write; beyond it writes fail with EFBIG. */
export const maxFileBytes = 1 << 20;

/** A container filesystem. Mutates its trees in place. */
export class ContainerFs {
  readonly root: DirNode;
  private readonly mounts = new Map<string, Mount>();
  private readonly nowMs: () => number;

  constructor(root: DirNode, mounts: readonly Mount[], nowMs: () => number) {
    this.root = root;
    this.nowMs = nowMs;
    for (const mount of mounts) this.addMount(mount);
  }

  /** Resolves a path (see resolve-path.ts). */
  resolve(path: string, cwd: string, followLast = true): Resolved {
    return resolvePath(this.root, this.mounts, path, cwd, followLast);
  }

  /** The node at `path`, following symlinks; throws ENOENT when missing. */
  stat(path: string, cwd: string): FsNode {
    return existing(this.resolve(path, cwd));
  }

  /** The node at `path` without following a final symlink. */
  lstat(path: string, cwd: string): FsNode {
    return existing(this.resolve(path, cwd, false));
  }

  /** The node at `path` (following symlinks), or undefined for any failure; never throws. */
  lookup(path: string, cwd: string): FsNode | undefined {
    const at = walk(this.root, this.mounts, path, cwd, true);
    return typeof at === "string" ? undefined : at.node;
  }

  /** Whether `path` exists (following symlinks); never throws. */
  exists(path: string, cwd: string): boolean {
    return this.lookup(path, cwd) !== undefined;
  }

  /** A file's contents; EISDIR for directories, "" for devices. */
  readFile(path: string, cwd: string): string {
    const node = this.stat(path, cwd);
    if (node.kind === "dir") throw new VfsError("EISDIR");
    return node.kind === "file" ? node.data : "";
  }

  /** Opens for writing, creating the file (mode 0644) if missing; truncates unless appending. */
  openWrite(path: string, cwd: string, isAppend: boolean): FsNode {
    const at = this.resolve(path, cwd);
    if (at.node?.kind === "dir") throw new VfsError("EISDIR");
    if (at.node?.kind === "device") return at.node;
    if (at.mount?.isReadOnly) throw new VfsError("EROFS");
    if (at.node === undefined) {
      const file = makeFile("", 0o644, this.nowMs());
      at.parent.entries.set(at.name, file);
      return file;
    }
    const file = at.node as FileNode;
    if (!isAppend) file.data = "";
    file.mtimeMs = this.nowMs();
    return file;
  }

  /** Appends to a node returned by openWrite; EFBIG past maxFileBytes. */
  append(node: FsNode, data: string): void {
    if (node.kind !== "file") return;
    if (node.data.length + data.length > maxFileBytes) throw new VfsError("EFBIG");
    node.data += data;
    node.mtimeMs = this.nowMs();
  }

  /** Writes a whole file (create or truncate). */
  writeFile(path: string, cwd: string, data: string): void {
    this.append(this.openWrite(path, cwd, false), data);
  }

  /** Creates one directory; EEXIST if anything is there. */
  mkdir(path: string, cwd: string, mode = 0o755): void {
    const at = this.resolve(path, cwd, false);
    if (at.node !== undefined) throw new VfsError("EEXIST");
    if (at.mount?.isReadOnly) throw new VfsError("EROFS");
    at.parent.entries.set(at.name, makeDir(mode, this.nowMs()));
  }

  /** Creates a symlink at `path` pointing to `target` (kept verbatim). */
  symlink(target: string, path: string, cwd: string): void {
    const at = this.resolve(path, cwd, false);
    if (at.node !== undefined) throw new VfsError("EEXIST");
    if (at.mount?.isReadOnly) throw new VfsError("EROFS");
    at.parent.entries.set(at.name, { kind: "symlink", mode: 0o777, mtimeMs: this.nowMs(), target });
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
    const at = this.resolve(path, cwd, false);
    const node = existing(at);
    if (node.kind === "dir") throw new VfsError("EISDIR");
    this.detach(at);
  }

  /** Removes an empty directory. */
  rmdir(path: string, cwd: string): void {
    const at = this.resolve(path, cwd, false);
    const node = existing(at);
    if (node.kind !== "dir") throw new VfsError("ENOTDIR");
    if (this.mounts.has(at.path)) throw new VfsError("EBUSY");
    if (node.entries.size > 0) throw new VfsError("ENOTEMPTY");
    this.detach(at);
  }

  /** Moves an entry within one mount; EXDEV across mounts (callers then copy). */
  rename(from: string, to: string, cwd: string): void {
    const src = this.resolve(from, cwd, false);
    const node = existing(src);
    const dst = this.resolve(to, cwd, false);
    if (src.mount !== dst.mount) throw new VfsError("EXDEV");
    if (dst.mount?.isReadOnly || src.mount?.isReadOnly) throw new VfsError("EROFS");
    if (this.mounts.has(src.path)) throw new VfsError("EBUSY");
    if (dst.node?.kind === "dir" && node.kind !== "dir") throw new VfsError("EISDIR");
    if (node.kind === "dir" && isInside(dst.path, src.path)) throw new VfsError("EINVAL");
    src.parent.entries.delete(src.name);
    dst.parent.entries.set(dst.name, node);
  }

  /** Puts a copy-free reference of `node` at `path` (used by cp for fresh nodes). */
  place(path: string, cwd: string, node: FsNode): void {
    const at = this.resolve(path, cwd, false);
    if (at.mount?.isReadOnly) throw new VfsError("EROFS");
    if (at.node?.kind === "dir") throw new VfsError("EISDIR");
    at.parent.entries.set(at.name, node);
  }

  /** Updates a node's time, as `touch` does. */
  touch(node: FsNode): void {
    node.mtimeMs = this.nowMs();
  }

  /** Whether writes under `path`'s final entry would be refused as read-only. */
  isReadOnly(path: string, cwd: string): boolean {
    return this.resolve(path, cwd, false).mount?.isReadOnly === true;
  }

  private addMount(mount: Mount): void {
    this.mounts.set(mount.path, mount);
    ensureMountPoint(this.root, mount);
  }

  private detach(at: Resolved): void {
    if (at.mount?.isReadOnly) throw new VfsError("EROFS");
    if (this.mounts.has(at.path)) throw new VfsError("EBUSY");
    at.parent.entries.delete(at.name);
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

/** Creates the directories a mount point needs in the root tree, as container runtimes do. */
function ensureMountPoint(root: DirNode, mount: Mount): void {
  const names = mount.path.split("/").filter((part) => part !== "");
  let dir = root;
  for (let i = 0; i < names.length - 1; i += 1) {
    const next = dir.entries.get(names[i]!);
    if (next?.kind !== "dir") {
      const made = makeDir();
      dir.entries.set(names[i]!, made);
      dir = made;
    } else dir = next;
  }
  const last = names[names.length - 1];
  if (last !== undefined && !dir.entries.has(last)) {
    dir.entries.set(last, mount.root.kind === "dir" ? makeDir() : makeFile(""));
  }
}

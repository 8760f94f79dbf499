/**
 * Nodes of the virtual filesystem. Plain mutable data, except the nodes of an image's tree, which
 * every container of the image shares until it changes them (see template-tree.ts); volumes are
 * trees of their own mounted on top (see container-fs.ts).
 */

/** A directory; entries keep insertion order, callers that list them sort with `<`. */
export interface DirNode {
  kind: "dir";
  mode: number;
  mtimeMs: number;
  entries: Map<string, FsNode>;
  /**
   * How many times a ContainerFs changed `entries` (a copy starts again at 0): a cached lookup
   * that read them is current while this is unchanged (programs/find-executable.ts).
   */
  entriesVersion: number;
}

/**
 * A regular file. `program` names a simulated executable (see programs/program-table.ts); a file
 * without one is run as a shell script when executed.
 */
export interface FileNode {
  kind: "file";
  mode: number;
  mtimeMs: number;
  data: string;
  program?: string;
}

/** A symbolic link; `target` is kept verbatim and resolved at lookup time. */
export interface SymlinkNode {
  kind: "symlink";
  mode: number;
  mtimeMs: number;
  target: string;
}

/** A character device under /dev. Only the devices lessons touch exist. */
export interface DeviceNode {
  kind: "device";
  mode: number;
  mtimeMs: number;
  device: "null" | "zero" | "stdout" | "stderr";
}

/** Any filesystem node. */
export type FsNode = DirNode | FileNode | SymlinkNode | DeviceNode;

/** Makes an empty directory. Pure. */
export function makeDir(mode = 0o755, mtimeMs = 0): DirNode {
  return { kind: "dir", mode, mtimeMs, entries: new Map(), entriesVersion: 0 };
}

/** Makes a regular file. Pure. */
export function makeFile(data: string, mode = 0o644, mtimeMs = 0, program?: string): FileNode {
  return program === undefined
    ? { kind: "file", mode, mtimeMs, data }
    : { kind: "file", mode, mtimeMs, data, program };
}

/** Deep-copies a tree (`cp -r`, `mv` across mounts). Pure. */
export function cloneTree<T extends FsNode>(node: T): T {
  return cloneNode(node) as T;
}

function cloneNode(node: FsNode): FsNode {
  if (node.kind !== "dir") return copyNode(node);
  const entries = new Map<string, FsNode>();
  for (const [name, child] of node.entries) entries.set(name, cloneNode(child));
  return { kind: "dir", mode: node.mode, mtimeMs: node.mtimeMs, entries, entriesVersion: 0 };
}

/**
 * Copies one node, one level deep: a directory's copy has its own entries map holding the same
 * children. Pure. Each kind is rebuilt field by field: an object spread over nodes of four shapes
 * takes V8's slow generic path.
 */
export function copyNode<T extends FsNode>(node: T): T {
  return copyOne(node) as T;
}

function copyOne(node: FsNode): FsNode {
  switch (node.kind) {
    case "dir":
      return { kind: "dir", mode: node.mode, mtimeMs: node.mtimeMs, entries: new Map(node.entries), entriesVersion: 0 };
    case "file":
      return node.program === undefined
        ? { kind: "file", mode: node.mode, mtimeMs: node.mtimeMs, data: node.data }
        : { kind: "file", mode: node.mode, mtimeMs: node.mtimeMs, data: node.data, program: node.program };
    case "symlink":
      return { kind: "symlink", mode: node.mode, mtimeMs: node.mtimeMs, target: node.target };
    case "device":
      return { kind: "device", mode: node.mode, mtimeMs: node.mtimeMs, device: node.device };
  }
}

/**
 * Volume set-up on the node (kubelet-semantics.md §14): emptyDir is an empty 0777 directory that
 * lives as long as the pod; hostPath is a node directory shared by every pod that names it, with
 * the `type` checks done at set-up; file volumes are trees the kubelet layer supplies.
 */
import { ContainerFs } from "./vfs/container-fs.ts";
import { type DirNode, type FsNode, makeDir, makeFile } from "./vfs/fs-node.ts";
import type { RuntimeFailure, VolumeSource } from "./runtime-types.ts";

/** Builds a volume's root node, or the FailedMount detail when a hostPath check fails. */
export function setUpVolume(nodeRoot: DirNode, source: VolumeSource): FsNode | RuntimeFailure {
  if (source.kind === "emptyDir") return makeDir(0o777);
  if (source.kind === "files") return filesTree(source.files);
  return hostPath(nodeRoot, source.path, source.type);
}

function hostPath(nodeRoot: DirNode, path: string, type: string): FsNode | RuntimeFailure {
  const fs = new ContainerFs(nodeRoot, [], () => 0);
  const existing = fs.exists(path, "/") ? fs.stat(path, "/") : undefined;
  if (existing === undefined) {
    if (type === "Directory") return mismatch(path, "directory");
    if (type === "File") return mismatch(path, "file");
    if (type === "FileOrCreate") {
      try {
        fs.writeFile(path, "/", "");
      } catch {
        return mismatch(path, "file");
      }
      return fs.stat(path, "/");
    }
    makeParents(fs, path);
    return fs.stat(path, "/");
  }
  if ((type === "Directory" || type === "DirectoryOrCreate") && existing.kind !== "dir") return mismatch(path, "directory");
  if ((type === "File" || type === "FileOrCreate") && existing.kind !== "file") return mismatch(path, "file");
  return existing;
}

/**
 * The FailedMount detail of a hostPath `type` check. A module function rather than a closure in
 * hostPath: tsx (esbuild's keepNames) renames a named closure with Object.defineProperty every
 * time one is made, that is at every set-up.
 */
function mismatch(path: string, what: string): RuntimeFailure {
  return { code: "HostPathTypeMismatch", message: `hostPath type check failed: ${path} is not a ${what}` };
}

function makeParents(fs: ContainerFs, path: string): void {
  let prefix = "";
  for (const name of path.split("/").filter((part) => part !== "")) {
    prefix += `/${name}`;
    if (!fs.exists(prefix, "/")) fs.mkdir(prefix, "/");
  }
}

function filesTree(files: { path: string; data: string; mode: number }[]): DirNode {
  const root = makeDir();
  const fs = new ContainerFs(root, [], () => 0);
  for (const file of files) {
    const dir = file.path.split("/").slice(0, -1).join("/");
    if (dir !== "") makeParents(fs, dir);
    fs.writeFile(file.path, "/", file.data);
    fs.chmod(file.path, "/", file.mode);
  }
  return root;
}

/** The node at `subPath` inside a volume, created as a directory when missing (as the kubelet does). */
export function subPathNode(volume: FsNode, subPath: string): FsNode {
  if (subPath === "" || volume.kind !== "dir") return volume;
  const fs = new ContainerFs(volume, [], () => 0);
  if (!fs.exists(subPath, "/")) makeParents(fs, subPath);
  return fs.stat(subPath, "/");
}

/** A new file node for /etc/hosts or /etc/hostname. */
export function textFile(data: string): FsNode {
  return makeFile(data, 0o644);
}

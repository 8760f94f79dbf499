/**
 * The image catalog and reference lookup. `nginx`, `nginx:1.27`, `docker.io/library/nginx:latest`
 * all name the same image; an unknown repository or tag is a failed pull, reported by the kubelet.
 */
import { memoizeByText } from "../../memoize-by-text.ts";
import { ensureMountPoint } from "../vfs/container-fs.ts";
import { type DirNode, makeDir, makeFile } from "../vfs/fs-node.ts";
import type { Mount } from "../vfs/resolve-path.ts";
import { markTemplate, rootOver } from "../vfs/template-tree.ts";
import { alpineImage } from "./catalog/alpine.ts";
import { busyboxImage } from "./catalog/busybox.ts";
import { debianImage, ubuntuImage } from "./catalog/debian.ts";
import { goproxyImage } from "./catalog/goproxy.ts";
import { httpEchoImage } from "./catalog/http-echo.ts";
import { livenessImage } from "./catalog/liveness.ts";
import { nginxImage } from "./catalog/nginx.ts";
import { pauseImage } from "./catalog/pause.ts";
import { redisImage } from "./catalog/redis.ts";
import { stressImage } from "./catalog/stress.ts";
import { geektimeSampleImage, geektimeTomcatImage, tomcatImage } from "./catalog/tomcat.ts";
import type { ImageFile, ImageSpec } from "./image-spec.ts";

const catalog: ImageSpec[] = [
  busyboxImage, alpineImage, debianImage, ubuntuImage, nginxImage, pauseImage, livenessImage, goproxyImage, httpEchoImage,
  tomcatImage, geektimeTomcatImage, geektimeSampleImage, redisImage, stressImage,
];

/** Splits a reference into normalized repository and tag (`latest` by default). Pure. */
export function parseImageRef(ref: string): { repository: string; tag: string } {
  const withoutDigest = ref.replace(/@sha256:[0-9a-f]+$/, "");
  const slash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.lastIndexOf(":");
  const hasTag = colon > slash;
  const repository = (hasTag ? withoutDigest.slice(0, colon) : withoutDigest)
    .replace(/^(index\.)?docker\.io\/(library\/)?/, "");
  return { repository, tag: hasTag ? withoutDigest.slice(colon + 1) : "latest" };
}

/**
 * The image a reference names, or undefined (a pull failure). Pure; kept per reference, since
 * every container start asks several times. The specs are module constants, shared anyway.
 */
export const findImage = memoizeByText((ref: string): ImageSpec | undefined => {
  const { repository, tag } = parseImageRef(ref);
  return catalog.find((image) => image.repositories.includes(repository) && image.tags.test(tag));
});

const trees = new WeakMap<ImageSpec, DirNode>();
/** Per image, its tree with the mount points of a list of mounts made, by mountLayout. */
const treesWithMountPoints = new WeakMap<ImageSpec, Map<string, DirNode>>();
const maxLayoutsPerImage = 32;

/**
 * A new root filesystem for a container of the image: the image's tree, shared copy-on-write
 * (see template-tree.ts). With the container's `mounts`, the tree has their mount points made
 * already, so that ContainerFs, finding them there, copies nothing of it: every start of a pod's
 * container mounts the same paths.
 */
export function imageRootFs(image: ImageSpec, mounts: readonly Mount[] = []): DirNode {
  return rootOver(mounts.length === 0 ? imageTree(image) : treeWithMountPoints(image, mounts));
}

/** The image's own tree, built once. */
function imageTree(image: ImageSpec): DirNode {
  let tree = trees.get(image);
  if (tree === undefined) {
    tree = buildTree(image.layers);
    markTemplate(tree);
    trees.set(image, tree);
  }
  return tree;
}

function treeWithMountPoints(image: ImageSpec, mounts: readonly Mount[]): DirNode {
  let byLayout = treesWithMountPoints.get(image);
  if (byLayout === undefined) {
    byLayout = new Map();
    treesWithMountPoints.set(image, byLayout);
  }
  const layout = mountLayout(mounts);
  let tree = byLayout.get(layout);
  if (tree === undefined) {
    tree = rootOver(imageTree(image));
    for (const mount of mounts) ensureMountPoint(tree, mount);
    markTemplate(tree);
    if (byLayout.size >= maxLayoutsPerImage) byLayout.delete(byLayout.keys().next().value!);
    byLayout.set(layout, tree);
  }
  return tree;
}

/** What ensureMountPoint makes of a list of mounts depends on their paths and order, and on whether each mounts a directory. */
function mountLayout(mounts: readonly Mount[]): string {
  let layout = "";
  for (const mount of mounts) layout += `${mount.root.kind === "dir" ? "d" : "f"}${mount.path}\n`;
  return layout;
}

function buildTree(layers: ImageFile[][]): DirNode {
  const root = makeDir();
  root.entries.set("dev", devDir());
  for (const layer of layers) for (const file of layer) place(root, file);
  return root;
}

function devDir(): DirNode {
  const dev = makeDir();
  dev.entries.set("null", { kind: "device", mode: 0o666, mtimeMs: 0, device: "null" });
  dev.entries.set("zero", { kind: "device", mode: 0o666, mtimeMs: 0, device: "zero" });
  return dev;
}

function place(root: DirNode, file: ImageFile): void {
  const names = file.path.split("/").filter((name) => name !== "");
  const last = names.pop()!;
  let dir = root;
  for (const name of names) {
    const next = dir.entries.get(name);
    if (next?.kind === "dir") dir = next;
    else if (next?.kind === "symlink") dir = followLayerLink(root, next.target);
    else {
      const made = makeDir();
      dir.entries.set(name, made);
      dir = made;
    }
  }
  if (file.kind === "dir") {
    const existing = dir.entries.get(last);
    if (existing?.kind === "dir") existing.mode = file.mode ?? existing.mode;
    else dir.entries.set(last, makeDir(file.mode ?? 0o755));
  } else if (file.kind === "symlink") dir.entries.set(last, { kind: "symlink", mode: 0o777, mtimeMs: 0, target: file.target });
  else if (file.kind === "file") dir.entries.set(last, makeFile(file.data, file.mode ?? 0o644));
  else dir.entries.set(last, makeFile("", file.mode ?? 0o755, 0, file.program));
}

/** Layer symlinks are relative to the root (`/bin -> usr/bin`); returns the target directory. */
function followLayerLink(root: DirNode, target: string): DirNode {
  let dir = root;
  for (const name of target.split("/").filter((part) => part !== "")) {
    let next = dir.entries.get(name);
    if (next?.kind !== "dir") {
      next = makeDir();
      dir.entries.set(name, next);
    }
    dir = next;
  }
  return dir;
}

/**
 * Copy-on-write sharing of image trees. An image's tree is built once; its nodes are then
 * template nodes, shared by every container made from the image and never changed. A container's
 * root starts as a directory of its own holding the template's entries, and a template node is
 * copied (one level deep, see copyNode) the first time the container writes to it or to anything
 * beneath it: container-fs.ts walks a path for a write with ownEntry, so every directory on the
 * way, and the final entry, is the container's own before it is changed.
 *
 * Containers start often and seldom write outside /tmp, so sharing beats copying the whole tree
 * at every start.
 */
import { copyNode, type DirNode, type FsNode } from "./fs-node.ts";

const templateNodes = new WeakSet<FsNode>();

/** Marks every node of `tree` as a template node: from now on nothing may change it. */
export function markTemplate(tree: FsNode): void {
  templateNodes.add(tree);
  if (tree.kind === "dir") for (const child of tree.entries.values()) markTemplate(child);
}

/** Whether `node` belongs to an image's tree (and must be copied before it is changed). */
export function isTemplateNode(node: FsNode): boolean {
  return templateNodes.has(node);
}

/** A container's root over a template tree: a directory of its own holding the template's entries. */
export function rootOver(template: DirNode): DirNode {
  return copyNode(template);
}

/**
 * `ls [-l] [-a] [-1] [PATH...]`: one name per line, as both tools print when stdout is not a
 * terminal (kubectl exec without -t). `-l` uses busybox's column layout.
 */
import type { FsNode } from "../vfs/fs-node.ts";
import { monthNames, pad2, toCivil } from "./civil-time.ts";
import { failFlavored, reason, splitFlags } from "./fs-messages.ts";
import type { ProgramContext } from "./program.ts";
import { writeOut } from "./write-out.ts";

/** The ls program. */
export function ls(ctx: ProgramContext): number {
  const { flags, operands } = splitFlags(ctx.argv);
  const paths = operands.length === 0 ? ["."] : operands;
  const fs = ctx.host.fs;
  let status = 0;
  const blocks: string[] = [];
  for (const path of paths) {
    let node: FsNode;
    try {
      node = fs.stat(path, ctx.cwd);
    } catch (caught) {
      const why = reason(caught);
      failFlavored(ctx, `${path}: ${why}`, `cannot access '${path}': ${why}`);
      status = ctx.host.flavor === "gnu" ? 2 : 1;
      continue;
    }
    if (node.kind !== "dir" || flags.has("d")) {
      blocks.push(line(ctx, path, node, flags.has("l")));
      continue;
    }
    const names = fs.readdir(path, ctx.cwd).filter((name) => flags.has("a") || flags.has("A") || !name.startsWith("."));
    const all = flags.has("a") ? [".", "..", ...names] : names;
    const lines = all.map((name) => line(ctx, name, name === "." || name === ".." ? node : fs.lstat(`${path}/${name}`, ctx.cwd), flags.has("l")));
    const header = paths.length > 1 ? `${path}:\n` : "";
    blocks.push(header + lines.join(""));
  }
  return writeOut(ctx, blocks.join(paths.length > 1 ? "\n" : "")) || status;
}

function line(ctx: ProgramContext, name: string, node: FsNode, isLong: boolean): string {
  if (!isLong) return `${name}\n`;
  const size = node.kind === "file" ? node.data.length : node.kind === "symlink" ? node.target.length : 4096;
  const at = toCivil(ctx.host.epochMs + node.mtimeMs);
  const when = `${monthNames[at.month - 1]} ${String(at.day).padStart(2)} ${pad2(at.hour)}:${pad2(at.minute)}`;
  const target = node.kind === "symlink" ? ` -> ${node.target}` : "";
  return `${modeString(node)}    1 root     root     ${String(size).padStart(9)} ${when} ${name}${target}\n`;
}

/** `drwxr-xr-x`-style mode text. Pure. */
export function modeString(node: FsNode): string {
  const type = { dir: "d", file: "-", symlink: "l", device: "c" }[node.kind];
  let bits = "";
  for (let shift = 6; shift >= 0; shift -= 3) {
    const part = (node.mode >> shift) & 7;
    bits += `${part & 4 ? "r" : "-"}${part & 2 ? "w" : "-"}${part & 1 ? "x" : "-"}`;
  }
  return type + bits;
}

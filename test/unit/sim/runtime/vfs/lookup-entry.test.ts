// lookupEntry(dir, name) is the PATH search's short way to lookup(`${dir}/${name}`): for every
// kind of directory and name it must find the same node and report the same directories read.
import { describe, expect, it } from "vitest";
import { ContainerFs } from "../../../../../worker/sim/runtime/vfs/container-fs.ts";
import { type DirNode, makeDir, makeFile } from "../../../../../worker/sim/runtime/vfs/fs-node.ts";

function fixture(): ContainerFs {
  const root = makeDir();
  const usr = makeDir();
  const usrBin = makeDir();
  usrBin.entries.set("cat", makeFile("", 0o755, 0, "cat"));
  usrBin.entries.set("link", { kind: "symlink", mode: 0o777, mtimeMs: 0, target: "cat" });
  usrBin.entries.set("dangling", { kind: "symlink", mode: 0o777, mtimeMs: 0, target: "/nowhere" });
  usrBin.entries.set("sub", makeDir());
  usr.entries.set("bin", usrBin);
  root.entries.set("usr", usr);
  root.entries.set("bin", { kind: "symlink", mode: 0o777, mtimeMs: 0, target: "usr/bin" });
  root.entries.set("file", makeFile("not a directory"));
  root.entries.set("tmp", makeDir(0o1777));
  const tools = makeDir();
  tools.entries.set("tool", makeFile("#!/bin/sh\n", 0o755));
  return new ContainerFs(root, [
    { path: "/opt/tools", root: tools, isReadOnly: true },
    { path: "/usr/bin/hosts", root: makeFile("127.0.0.1\tlocalhost\n"), isReadOnly: false },
  ], () => 0);
}

const dirs = ["/usr/bin", "/bin", "/bin/", "/usr/bin/sub", "/opt/tools", "/opt", "/missing", "/file", ".", "usr/bin", "/", "/usr/bin/link"];
const names = ["cat", "link", "dangling", "sub", "tool", "hosts", "missing", ".", "..", "x".repeat(256)];
const cases = dirs.flatMap((dir) => names.map((name) => ({ label: `${dir} + ${name.length > 20 ? "256 x's" : name}`, dir, name })));

describe("lookupEntry", () => {
  it.each(cases)("$label", ({ dir, name }) => {
    const fs = fixture();
    const shortVisited: DirNode[] = [];
    const fullVisited: DirNode[] = [];
    const short = fs.lookupEntry(dir, name, "/", shortVisited);
    const full = fs.lookup(`${dir}/${name}`, "/", fullVisited);
    expect(short).toBe(full);
    // The same directory objects (by identity), each listed at least once.
    expect(shortVisited.every((node) => fullVisited.includes(node)) && fullVisited.every((node) => shortVisited.includes(node))).toBe(true);
  });
});

// findExecutable keeps answers per filesystem; after any change through any ContainerFs (entries,
// data, modes, across shared volume trees) it must still answer what an uncached search answers.
import { describe, expect, it } from "vitest";
import { findExecutable, searchExecutable } from "../../../../../worker/sim/runtime/programs/find-executable.ts";
import { ContainerFs } from "../../../../../worker/sim/runtime/vfs/container-fs.ts";
import { type DirNode, makeDir, makeFile } from "../../../../../worker/sim/runtime/vfs/fs-node.ts";
import { markTemplate, rootOver } from "../../../../../worker/sim/runtime/vfs/template-tree.ts";

const pathVar = "/usr/local/bin:/usr/bin:/bin:/shared";

function image(): DirNode {
  const root = makeDir();
  const bin = makeDir();
  bin.entries.set("cat", makeFile("", 0o755, 0, "cat"));
  bin.entries.set("sh", makeFile("", 0o755, 0, "sh"));
  root.entries.set("bin", bin);
  const usr = makeDir();
  usr.entries.set("bin", makeDir());
  root.entries.set("usr", usr);
  root.entries.set("tmp", makeDir(0o1777));
  return root;
}

function expectSame(fs: ContainerFs, names: string[], cwd = "/"): void {
  for (const name of names) {
    expect(findExecutable(fs, name, pathVar, cwd), name).toEqual(searchExecutable(fs, name, pathVar, cwd));
  }
}

describe("findExecutable's cache", () => {
  const names = ["cat", "sh", "tool", "script", "./script", "/tmp/script", "missing", ""];

  // Containers of one image share its tree until they write (template-tree.ts): a write then puts
  // copies where the cached answers' directories were.
  const roots: { name: string; makeRoots: () => [DirNode, DirNode] }[] = [
    { name: "each container its own tree", makeRoots: () => [image(), image()] },
    {
      name: "both over one image tree, copy-on-write",
      makeRoots: () => {
        const template = image();
        markTemplate(template);
        return [rootOver(template), rootOver(template)];
      },
    },
  ];

  it.each(roots)("follows creations, removals, data and mode changes, symlinks and shared volumes: $name", ({ makeRoots }) => {
    const volume = makeDir();
    const [rootA, rootB] = makeRoots();
    const a = new ContainerFs(rootA, [{ path: "/shared", root: volume, isReadOnly: false }], () => 0);
    const b = new ContainerFs(rootB, [{ path: "/shared", root: volume, isReadOnly: false }], () => 0);
    const steps: ((fs: ContainerFs) => void)[] = [
      () => undefined,
      (fs) => fs.mkdir("/usr/local", "/"),
      (fs) => fs.mkdir("/usr/local/bin", "/"),
      (fs) => fs.writeFile("/usr/local/bin/cat", "/", "#!/bin/sh\necho hi\n"),
      (fs) => fs.chmod("/usr/local/bin/cat", "/", 0o755),
      (fs) => fs.writeFile("/usr/local/bin/cat", "/", "echo plain\n"),
      (fs) => fs.writeFile("/tmp/script", "/", "#!/bin/sh -e\n"),
      (fs) => fs.chmod("/tmp/script", "/", 0o700),
      (fs) => fs.writeFile("/shared/tool", "/", "#!/bin/env sh\n"),
      (fs) => fs.chmod("/shared/tool", "/", 0o755),
      (fs) => fs.symlink("/bin/sh", "/usr/bin/tool", "/"),
      (fs) => fs.rename("/usr/bin/tool", "/usr/bin/tool2", "/"),
      (fs) => fs.unlink("/usr/local/bin/cat", "/"),
      (fs) => fs.mkdir("/usr/bin/script", "/"),
      (fs) => fs.rmdir("/usr/bin/script", "/"),
      (fs) => fs.unlink("/shared/tool", "/"),
      (fs) => fs.place("/usr/bin/sh", "/", makeDir()),
    ];
    for (const [index, step] of steps.entries()) {
      // b changes the volume both mount; a changes its own root.
      const fs = index === 8 || index === 9 || index === 15 ? b : a;
      step(fs);
      for (const reader of [a, b]) {
        expectSame(reader, names);
        expectSame(reader, names, "/tmp");
        expectSame(reader, names);
      }
    }
  });
});

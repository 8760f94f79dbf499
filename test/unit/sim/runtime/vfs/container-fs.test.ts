import { describe, expect, it } from "vitest";
import { ContainerFs } from "../../../../../worker/sim/runtime/vfs/container-fs.ts";
import { makeDir, makeFile } from "../../../../../worker/sim/runtime/vfs/fs-node.ts";
import { VfsError } from "../../../../../worker/sim/runtime/vfs/vfs-error.ts";

function fixture(): ContainerFs {
  const root = makeDir();
  const etc = makeDir();
  etc.entries.set("passwd", makeFile("root:x:0:0\n"));
  root.entries.set("etc", etc);
  root.entries.set("tmp", makeDir(0o1777));
  root.entries.set("loop", { kind: "symlink", mode: 0o777, mtimeMs: 0, target: "/loop" });
  root.entries.set("e", { kind: "symlink", mode: 0o777, mtimeMs: 0, target: "etc" });
  const shared = makeDir(0o777);
  shared.entries.set("index.html", makeFile("hi\n"));
  const config = makeDir();
  config.entries.set("key", makeFile("v"));
  return new ContainerFs(
    root,
    [
      { path: "/data", root: shared, isReadOnly: false },
      { path: "/config", root: config, isReadOnly: true },
      { path: "/etc/hosts", root: makeFile("127.0.0.1\tlocalhost\n"), isReadOnly: false },
    ],
    () => 5,
  );
}

function codeOf(run: () => unknown): string {
  try {
    run();
    return "ok";
  } catch (caught) {
    if (caught instanceof VfsError) return caught.code;
    throw caught;
  }
}

describe("ContainerFs reads", () => {
  it.each([
    { name: "plain file", path: "/etc/passwd", cwd: "/", want: "root:x:0:0\n" },
    { name: "relative with ..", path: "../etc/passwd", cwd: "/tmp", want: "root:x:0:0\n" },
    { name: "relative symlink", path: "/e/passwd", cwd: "/", want: "root:x:0:0\n" },
    { name: "volume file", path: "/data/index.html", cwd: "/", want: "hi\n" },
    { name: ".. leaves a mount", path: "/data/../etc/passwd", cwd: "/", want: "root:x:0:0\n" },
    { name: "file mount", path: "/etc/hosts", cwd: "/", want: "127.0.0.1\tlocalhost\n" },
    { name: ".. above root stays at root", path: "/../../etc/passwd", cwd: "/", want: "root:x:0:0\n" },
  ])("$name", ({ path, cwd, want }) => {
    expect(fixture().readFile(path, cwd)).toBe(want);
  });

  it.each([
    { name: "missing file", run: (fs: ContainerFs) => fs.readFile("/nope", "/"), code: "ENOENT" },
    { name: "missing parent", run: (fs: ContainerFs) => fs.readFile("/no/pe", "/"), code: "ENOENT" },
    { name: "file as dir", run: (fs: ContainerFs) => fs.readFile("/etc/passwd/x", "/"), code: "ENOTDIR" },
    { name: "trailing slash on file", run: (fs: ContainerFs) => fs.stat("/etc/passwd/", "/"), code: "ENOTDIR" },
    { name: "read a dir", run: (fs: ContainerFs) => fs.readFile("/etc", "/"), code: "EISDIR" },
    { name: "symlink loop", run: (fs: ContainerFs) => fs.readFile("/loop", "/"), code: "ELOOP" },
    { name: "write read-only mount", run: (fs: ContainerFs) => fs.writeFile("/config/x", "/", "a"), code: "EROFS" },
    { name: "rm in read-only mount", run: (fs: ContainerFs) => fs.unlink("/config/key", "/"), code: "EROFS" },
    { name: "mkdir existing", run: (fs: ContainerFs) => fs.mkdir("/etc", "/"), code: "EEXIST" },
    { name: "rmdir non-empty", run: (fs: ContainerFs) => fs.rmdir("/etc", "/"), code: "ENOTEMPTY" },
    { name: "rename across mounts", run: (fs: ContainerFs) => fs.rename("/etc/passwd", "/data/p", "/"), code: "EXDEV" },
    { name: "remove a mount point", run: (fs: ContainerFs) => fs.rmdir("/config", "/"), code: "EBUSY" },
    { name: "too big", run: (fs: ContainerFs) => fs.writeFile("/tmp/big", "/", "x".repeat(2 << 20)), code: "EFBIG" },
  ])("$name fails with $code", ({ run, code }) => {
    expect(codeOf(() => run(fixture()))).toBe(code);
  });
});

describe("ContainerFs writes", () => {
  it.each([
    {
      name: "writes to a volume are visible through it",
      run: (fs: ContainerFs) => {
        fs.writeFile("/data/new", "/", "x");
        return fs.readFile("new", "/data");
      },
      want: "x",
    },
    {
      name: "readdir lists mount points and sorts bytewise",
      run: (fs: ContainerFs) => fs.readdir("/", "/").join(","),
      want: "config,data,e,etc,loop,tmp",
    },
    {
      name: "rename within a mount",
      run: (fs: ContainerFs) => {
        fs.rename("/data/index.html", "/data/a.html", "/");
        return fs.readdir("/data", "/").join(",");
      },
      want: "a.html",
    },
    {
      name: "append keeps data and sets mtime",
      run: (fs: ContainerFs) => {
        const node = fs.openWrite("/tmp/log", "/", true);
        fs.append(node, "a");
        fs.append(fs.openWrite("/tmp/log", "/", true), "b");
        return `${fs.readFile("/tmp/log", "/")}@${fs.stat("/tmp/log", "/").mtimeMs}`;
      },
      want: "ab@5",
    },
  ])("$name", ({ run, want }) => {
    expect(run(fixture())).toBe(want);
  });
});

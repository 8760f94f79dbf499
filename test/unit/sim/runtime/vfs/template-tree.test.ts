// Containers made from one image share its tree copy-on-write: whatever one container changes
// must be seen by that container only, never by another container of the image nor by the image.
import { describe, expect, it } from "vitest";
import { findImage, imageRootFs } from "../../../../../worker/sim/runtime/images/catalog.ts";
import { ContainerFs } from "../../../../../worker/sim/runtime/vfs/container-fs.ts";
import { type DirNode, type FsNode, makeDir, makeFile } from "../../../../../worker/sim/runtime/vfs/fs-node.ts";
import { isTemplateNode, markTemplate, rootOver } from "../../../../../worker/sim/runtime/vfs/template-tree.ts";

/** An image tree: /etc/passwd, /bin/cat, /usr/bin/sh, /lib -> usr/lib, an empty /opt, /usr/lib/libc. */
function template(): DirNode {
  const root = makeDir();
  const etc = makeDir();
  etc.entries.set("passwd", makeFile("root:x:0:0\n"));
  const bin = makeDir();
  bin.entries.set("cat", makeFile("", 0o755, 0, "cat"));
  const usr = makeDir();
  const usrBin = makeDir();
  usrBin.entries.set("sh", makeFile("", 0o755, 0, "sh"));
  const usrLib = makeDir();
  usrLib.entries.set("libc", makeFile("elf"));
  usr.entries.set("bin", usrBin);
  usr.entries.set("lib", usrLib);
  root.entries.set("etc", etc);
  root.entries.set("bin", bin);
  root.entries.set("usr", usr);
  root.entries.set("lib", { kind: "symlink", mode: 0o777, mtimeMs: 0, target: "usr/lib" });
  root.entries.set("opt", makeDir());
  root.entries.set("tmp", makeDir(0o1777));
  markTemplate(root);
  return root;
}

/** Every node under `node`: path, kind, mode, time and contents, one line each. */
function listing(node: FsNode, path = ""): string[] {
  const what = node.kind === "file" ? `${node.data}|${node.program ?? ""}` : node.kind === "symlink" ? node.target : node.kind === "device" ? node.device : "";
  const line = `${path || "/"} ${node.kind} ${node.mode.toString(8)} ${node.mtimeMs} ${what}`;
  if (node.kind !== "dir") return [line];
  return [line, ...[...node.entries].flatMap(([name, child]) => listing(child, `${path}/${name}`))];
}

const changes: { name: string; change: (fs: ContainerFs) => void; seen: (fs: ContainerFs) => string }[] = [
  { name: "a new file in an image directory", change: (fs) => fs.writeFile("/etc/new", "/", "n"), seen: (fs) => fs.readdir("/etc", "/").join(",") },
  { name: "an image file truncated", change: (fs) => fs.writeFile("/etc/passwd", "/", "x\n"), seen: (fs) => fs.readFile("/etc/passwd", "/") },
  { name: "an image file appended to", change: (fs) => fs.append(fs.openWrite("/etc/passwd", "/", true), "y\n"), seen: (fs) => fs.readFile("/etc/passwd", "/") },
  { name: "an image file removed", change: (fs) => fs.unlink("/bin/cat", "/"), seen: (fs) => fs.readdir("/bin", "/").join(",") },
  { name: "an empty image directory removed", change: (fs) => fs.rmdir("/opt", "/"), seen: (fs) => fs.readdir("/", "/").join(",") },
  { name: "a directory made deep in the image", change: (fs) => fs.mkdir("/usr/bin/x", "/"), seen: (fs) => fs.readdir("/usr/bin", "/").join(",") },
  { name: "a symlink made in the image", change: (fs) => fs.symlink("/bin/cat", "/usr/bin/cat", "/"), seen: (fs) => fs.readdir("/usr/bin", "/").join(",") },
  { name: "an image file renamed", change: (fs) => fs.rename("/etc/passwd", "/tmp/passwd", "/"), seen: (fs) => `${fs.readdir("/etc", "/").join(",")};${fs.readdir("/tmp", "/").join(",")}` },
  {
    name: "an image directory renamed, then written in",
    change: (fs) => {
      fs.rename("/usr", "/usr2", "/");
      fs.writeFile("/usr2/bin/sh", "/", "echo\n");
    },
    seen: (fs) => `${fs.readdir("/", "/").join(",")};${fs.readFile(fs.exists("/usr2", "/") ? "/usr2/bin/sh" : "/usr/bin/sh", "/")}`,
  },
  { name: "a write through an image symlink", change: (fs) => fs.writeFile("/lib/libm", "/", "m"), seen: (fs) => fs.readdir("/usr/lib", "/").join(",") },
  { name: "an image file's mode", change: (fs) => fs.chmod("/bin/cat", "/", 0o700), seen: (fs) => fs.stat("/bin/cat", "/").mode.toString(8) },
  { name: "an image file touched", change: (fs) => fs.touch("/usr/lib/libc", "/"), seen: (fs) => String(fs.stat("/usr/lib/libc", "/").mtimeMs) },
  { name: "a node placed over an image file", change: (fs) => fs.place("/etc/passwd", "/", makeFile("p")), seen: (fs) => fs.readFile("/etc/passwd", "/") },
];

describe("copy-on-write image trees", () => {
  it.each(changes)("$name: seen only by the container that made it", ({ change, seen }) => {
    const image = template();
    const before = listing(image);
    const writer = new ContainerFs(rootOver(image), [], () => 7);
    const other = new ContainerFs(rootOver(image), [], () => 7);
    const otherBefore = seen(other);
    change(writer);
    expect(seen(writer)).not.toBe(otherBefore);
    expect(seen(other)).toBe(otherBefore);
    expect(listing(image)).toEqual(before);
    expect(seen(new ContainerFs(rootOver(image), [], () => 7))).toBe(otherBefore);
  });

  it("mount points are made in the container's tree, not the image's", () => {
    const image = template();
    const before = listing(image);
    const withMounts = new ContainerFs(
      rootOver(image),
      [{ path: "/etc/hosts", root: makeFile("127.0.0.1\n"), isReadOnly: false }, { path: "/usr/lib/secrets/token", root: makeDir(), isReadOnly: true }],
      () => 7,
    );
    expect(withMounts.readdir("/usr/lib", "/")).toEqual(["libc", "secrets"]);
    expect(new ContainerFs(rootOver(image), [], () => 7).readdir("/usr/lib", "/")).toEqual(["libc"]);
    expect(listing(image)).toEqual(before);
  });

  it("copies only what a write walks through", () => {
    const image = template();
    const fs = new ContainerFs(rootOver(image), [], () => 7);
    fs.writeFile("/usr/bin/new", "/", "n");
    const root = fs.root;
    const usr = root.entries.get("usr") as DirNode;
    expect(isTemplateNode(root)).toBe(false);
    expect(isTemplateNode(usr)).toBe(false);
    expect(isTemplateNode(usr.entries.get("bin")!)).toBe(false);
    expect(usr.entries.get("lib")).toBe((image.entries.get("usr") as DirNode).entries.get("lib"));
    expect(root.entries.get("etc")).toBe(image.entries.get("etc"));
  });

  // imageRootFs(image, mounts) hands out the image's tree with the mount points made already, so
  // that ContainerFs finds them and copies nothing; the container must see the same tree either way.
  it.each([
    { image: "busybox", paths: ["/etc/hosts", "/etc/hostname", "/var/run/secrets/kubernetes.io/serviceaccount"] },
    { image: "debian", paths: ["/pod-data", "/etc/hosts", "/bin/tool", "/var/run/secrets/kubernetes.io/serviceaccount"] },
    { image: "nginx", paths: ["/usr/share/nginx/html", "/etc/nginx/nginx.conf", "/tmp"] },
  ])("$image: a tree with mount points made is the tree ContainerFs would make", ({ image, paths }) => {
    const spec = findImage(image)!;
    const mounts = () => paths.map((path) => ({ path, root: path.includes(".") ? makeFile("x") : makeDir(), isReadOnly: false }));
    const made = new ContainerFs(imageRootFs(spec, mounts()), mounts(), () => 7);
    const plain = new ContainerFs(imageRootFs(spec), mounts(), () => 7);
    expect(listing(made.root)).toEqual(listing(plain.root));
    const again = new ContainerFs(imageRootFs(spec, mounts()), mounts(), () => 7);
    expect(again.root.entries.get("etc")).toBe(made.root.entries.get("etc"));
    made.writeFile("/etc/new", "/", "n");
    expect(again.exists("/etc/new", "/")).toBe(false);
    expect(listing(new ContainerFs(imageRootFs(spec, mounts()), mounts(), () => 7).root)).toEqual(listing(plain.root));
  });

  it("two containers of a catalog image do not see each other's writes", () => {
    const busybox = findImage("busybox")!;
    const a = new ContainerFs(imageRootFs(busybox), [], () => 7);
    const b = new ContainerFs(imageRootFs(busybox), [], () => 7);
    a.writeFile("/etc/passwd", "/", "changed\n");
    a.unlink("/bin/cat", "/");
    a.mkdir("/tmp/a", "/");
    expect(b.readFile("/etc/passwd", "/")).toContain("root:x:0:0");
    expect(b.exists("/bin/cat", "/")).toBe(true);
    expect(b.exists("/tmp/a", "/")).toBe(false);
    const c = new ContainerFs(imageRootFs(busybox), [], () => 7);
    expect(c.readFile("/etc/passwd", "/")).toContain("root:x:0:0");
    expect(c.exists("/bin/cat", "/")).toBe(true);
  });
});

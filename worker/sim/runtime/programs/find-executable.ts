/**
 * Command lookup as execve + PATH search does it: a name with `/` is used as a path, otherwise
 * each PATH directory is tried in order. A file with a `program` runs that simulated program; a
 * file with `#!` runs its interpreter; any other executable file is run by `/bin/sh`.
 */
import type { ContainerFs } from "../vfs/container-fs.ts";

/** What running `name` would execute. */
export type Executable =
  | { kind: "program"; path: string; program: string }
  | { kind: "interpreted"; path: string; interpreter: string[] }
  | { kind: "not-found" }
  | { kind: "denied"; path: string };

/** Looks `name` up; never throws. */
export function findExecutable(fs: ContainerFs, name: string, pathVar: string, cwd: string): Executable {
  if (name === "") return { kind: "not-found" };
  if (name.includes("/")) return classify(fs, name, cwd) ?? { kind: "not-found" };
  for (const dir of pathVar.split(":")) {
    const found = classify(fs, `${dir === "" ? "." : dir}/${name}`, cwd);
    if (found !== undefined) return found;
  }
  return { kind: "not-found" };
}

function classify(fs: ContainerFs, path: string, cwd: string): Executable | undefined {
  const node = fs.lookup(path, cwd);
  if (node === undefined) return undefined;
  if (node.kind === "dir" || node.kind === "device" || (node.mode & 0o111) === 0) return { kind: "denied", path };
  if (node.kind !== "file") return undefined;
  if (node.program !== undefined) return { kind: "program", path, program: node.program };
  if (!node.data.startsWith("#!")) return { kind: "interpreted", path, interpreter: ["/bin/sh"] };
  const line = node.data.slice(2, node.data.indexOf("\n") >>> 0).trim();
  const [interpreter = "/bin/sh", ...args] = line.split(/\s+/);
  return { kind: "interpreted", path, interpreter: [interpreter, ...args.slice(0, 1)] };
}

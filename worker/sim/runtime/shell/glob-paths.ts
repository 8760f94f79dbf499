/** Pathname expansion (`ls /tmp/*.log`) over the virtual filesystem, sorted with `<`. */
import type { ContainerFs } from "../vfs/container-fs.ts";
import { hasWildcard, matchPattern, unescapePattern } from "./pattern.ts";

const maxMatches = 4096;

/** Paths matching a pattern whose quoted characters are escaped; [] when none. Pure reads. */
export function globPaths(fs: ContainerFs, cwd: string, pattern: string): string[] {
  const isAbsolute = pattern.startsWith("/");
  const segments = pattern.split("/").filter((segment) => segment !== "");
  let bases = [isAbsolute ? "/" : ""];
  for (const segment of segments) {
    const next: string[] = [];
    for (const base of bases) {
      if (!hasWildcard(segment)) {
        const path = join(base, unescapePattern(segment));
        if (fs.exists(path || ".", cwd)) next.push(path);
        continue;
      }
      let names: string[];
      try {
        names = fs.readdir(base || ".", cwd);
      } catch {
        continue;
      }
      for (const name of names) {
        const isHiddenSkip = name.startsWith(".") && !segment.startsWith(".");
        if (!isHiddenSkip && matchPattern(segment, name)) next.push(join(base, name));
        if (next.length > maxMatches) break;
      }
    }
    bases = next;
  }
  return pattern.endsWith("/") ? bases.map((path) => `${path}/`) : bases;
}

function join(base: string, name: string): string {
  if (base === "") return name;
  return base.endsWith("/") ? `${base}${name}` : `${base}/${name}`;
}

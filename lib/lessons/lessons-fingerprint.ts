// A hash of everything under lessons/ (names and contents), so a development server can tell
// that a lesson or exercise file was edited, added or removed and read the course again.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Hashes every file under `root` with its path, in a fixed order. Reads the files: meant for development. */
export function lessonsFingerprint(root: string): string {
  const hash = createHash("sha256");
  const walk = (dir: string, shown: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const name = `${shown}/${entry.name}`;
      if (entry.isDirectory()) walk(path, name);
      else if (entry.isFile()) hash.update(`${name}\0`).update(readFileSync(path)).update("\0");
    }
  };
  walk(root, "");
  return hash.digest("hex");
}

import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** What the web build is made from: a change to any of these means the build is stale. */
const sources = ["app", "lib", "worker/sim", "worker/grader", "next.config.js", "package-lock.json", "tsconfig.json"];

/** Runs `next build` unless .next holds a build newer than every source file. Returns whether it built. */
export function buildIfStale(root: string): boolean {
  const buildId = join(root, ".next", "BUILD_ID");
  if (existsSync(buildId) && statSync(buildId).mtimeMs > newestMtime(root, sources)) return false;
  const nextCli = require.resolve("next/dist/bin/next");
  const result = spawnSync(process.execPath, [nextCli, "build"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
  return true;
}

function newestMtime(root: string, paths: string[]): number {
  let newest = 0;
  const visit = (path: string): void => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  for (const path of paths) visit(join(root, path));
  return newest;
}

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/** The pure core must not reach the host, the wall clock or randomness (STYLE.md §2). */
const simRoot = join(import.meta.dirname, "../../../../worker/sim");

const banned = [
  { name: "child_process", pattern: /child_process/ },
  { name: "eval", pattern: /\beval\s*\(/ },
  { name: "Function constructor", pattern: /\bnew\s+Function\b|\bFunction\s*\(/ },
  { name: "node: modules", pattern: /from\s+["']node:|require\s*\(\s*["'](node:)?(fs|net|http|https|dns|os|child_process)["']/ },
  { name: "fs module", pattern: /from\s+["'](fs|fs\/promises|net|http|https|dns|os)["']/ },
  { name: "Date", pattern: /\bDate\s*[.(]|\bnew\s+Date\b/ },
  { name: "Math.random", pattern: /Math\.random/ },
  { name: "timers", pattern: /\b(setTimeout|setInterval|setImmediate|queueMicrotask)\s*\(/ },
  { name: "process", pattern: /\bprocess\s*\.\s*(env|argv|exit|stdout|stderr|hrtime|nextTick|cwd)\b/ },
  { name: "console", pattern: /\bconsole\s*\./ },
  { name: "fetch", pattern: /\bfetch\s*\(/ },
  { name: "performance", pattern: /\bperformance\s*\./ },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
  });
}

/** Drops comments so a doc comment naming a banned API is not a violation. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

describe("worker/sim stays pure", () => {
  const files = sourceFiles(simRoot);

  it("has source files to scan", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(banned)("uses no $name", ({ pattern }) => {
    const offenders = files.filter((file) => pattern.test(code(readFileSync(file, "utf8")))).map((file) => relative(simRoot, file));
    expect(offenders).toEqual([]);
  });
});

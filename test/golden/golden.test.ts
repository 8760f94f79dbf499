// Golden traces (STYLE.md §6): each case is a folder test/golden/<topic>/<case>/ with pod.yaml,
// optional cluster.yaml and args, and the expected out.json and out.txt. The CLI entry runs
// in-process, twice per output, and must give the same bytes both times and match the files.
// UPDATE_GOLDEN=1 rewrites the expected files instead; review that diff like code.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { splitGoldenArgs } from "./split-golden-args.ts";

const root = dirname(fileURLToPath(import.meta.url));
const simulatorPath = join(root, "../../worker/sim/simulate.ts");
const updating = process.env.UPDATE_GOLDEN === "1";

/** Every folder under test/golden/<topic>/ that holds a pod.yaml, as "topic/case". */
function discoverCases(): string[] {
  const folders = (dir: string) => readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory()).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return folders(root).flatMap((topic) => folders(join(root, topic)).map((name) => `${topic}/${name}`))
    .filter((name) => existsSync(join(root, name, "pod.yaml")));
}

async function runCase(caseDir: string, output: "json" | "text"): Promise<{ code: number; stdout: string; stderr: string }> {
  const { runSimulate } = await import("../../worker/cli/simulate.ts");
  const argsFile = join(caseDir, "args");
  const extra = existsSync(argsFile) ? splitGoldenArgs(readFileSync(argsFile, "utf8")) : [];
  const cluster = existsSync(join(caseDir, "cluster.yaml")) ? ["--cluster", "cluster.yaml"] : [];
  let stdout = "";
  let stderr = "";
  const code = await runSimulate(["pod.yaml", ...cluster, ...extra, "--output", output], {
    stdin: (async function* () {})(),
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    readFile: (path: string) => readFile(join(caseDir, path), "utf8"),
  });
  return { code, stdout, stderr };
}

describe.skipIf(!existsSync(simulatorPath))("golden traces", () => { // skipped until worker/sim/simulate.ts exists: the CLI imports it
  it.each(discoverCases())("%s", async (name) => {
    const caseDir = join(root, name);
    for (const [output, file] of [["json", "out.json"], ["text", "out.txt"]] as const) {
      const first = await runCase(caseDir, output);
      const second = await runCase(caseDir, output);
      expect(second, `${name}: a second run gave different ${output} output`).toEqual(first);
      expect(first.stderr, `${name}: stderr`).toBe("");
      const expectedPath = join(caseDir, file);
      if (updating) writeFileSync(expectedPath, first.stdout);
      else expect(first.stdout, `${name}/${file} (UPDATE_GOLDEN=1 rewrites it)`).toBe(readFileSync(expectedPath, "utf8"));
      if (output === "json") expect(first.code, `${name}: exit status`).toBe((JSON.parse(first.stdout) as { admitted: boolean }).admitted ? 0 : 1);
    }
  });
});

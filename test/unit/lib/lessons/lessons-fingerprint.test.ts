import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lessonsFingerprint } from "../../../../lib/lessons/lessons-fingerprint.ts";

function course(): string {
  const root = mkdtempSync(join(tmpdir(), "podlab-fingerprint-"));
  mkdirSync(join(root, "01-a/exercises"), { recursive: true });
  writeFileSync(join(root, "01-a/lesson.yaml"), "id: a\n");
  writeFileSync(join(root, "01-a/exercises/x.yaml"), "id: x\n");
  return root;
}

const edits: { name: string; edit: (root: string) => void }[] = [
  { name: "an edited file", edit: (root) => writeFileSync(join(root, "01-a/exercises/x.yaml"), "id: x\ndraft: true\n") },
  { name: "a new file", edit: (root) => writeFileSync(join(root, "01-a/exercises/y.yaml"), "id: y\n") },
  { name: "a removed file", edit: (root) => rmSync(join(root, "01-a/exercises/x.yaml")) },
  { name: "a renamed file", edit: (root) => renameSync(join(root, "01-a/exercises/x.yaml"), join(root, "01-a/exercises/z.yaml")) },
];

describe("lessonsFingerprint", () => {
  it("is the same for the same files", () => {
    const root = course();
    expect(lessonsFingerprint(root)).toBe(lessonsFingerprint(root));
  });

  it.each(edits)("changes with $name", ({ edit }) => {
    const root = course();
    const before = lessonsFingerprint(root);
    edit(root);
    expect(lessonsFingerprint(root)).not.toBe(before);
  });
});

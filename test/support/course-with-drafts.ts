// A course for tests about drafts: the real course's first two lessons in a temporary folder
// (served through PODLAB_LESSONS_DIR), the second lesson marked draft, and a draft exercise in
// the first (two-containers).
import { appendFileSync, cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { projectRoot } from "./test-env.ts";

/** Writes the course and returns its folder. */
export function courseWithDrafts(): string {
  const root = mkdtempSync(join(tmpdir(), "podlab-drafts-e2e-"));
  const lessons = resolve(projectRoot, "lessons");
  cpSync(join(lessons, "01-pods-as-process-groups"), join(root, "01-pods-as-process-groups"), { recursive: true });
  cpSync(join(lessons, "02-infra-container-and-network"), join(root, "02-infra-container-and-network"), { recursive: true });
  appendFileSync(join(root, "02-infra-container-and-network/lesson.yaml"), "draft: true\n");
  appendFileSync(join(root, "01-pods-as-process-groups/exercises/two-containers.yaml"), "draft: true\n");
  return root;
}

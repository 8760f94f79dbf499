import { describe, expect, it } from "vitest";
import { mergeSubmissions, type SubmissionSummary } from "@/app/exercises/[id]/submission-summary.ts";

const view = (id: string, queuedAt: string, status: SubmissionSummary["status"]): SubmissionSummary => ({
  id,
  exerciseId: "first-pod",
  yaml: "",
  status,
  score: null,
  verdict: null,
  failureMessage: null,
  queuedAt,
  finishedAt: null,
});

describe("mergeSubmissions", () => {
  it.each([
    {
      name: "a new submission goes first",
      known: [view("a", "2026-01-01T00:00:00Z", "graded")],
      updates: [view("b", "2026-01-02T00:00:00Z", "queued")],
      expected: ["b:queued", "a:graded"],
    },
    {
      name: "a streamed update replaces the page's copy",
      known: [view("a", "2026-01-01T00:00:00Z", "running")],
      updates: [view("a", "2026-01-01T00:00:00Z", "graded")],
      expected: ["a:graded"],
    },
    {
      name: "a stale pending update never hides a finished verdict",
      known: [view("a", "2026-01-01T00:00:00Z", "graded")],
      updates: [view("a", "2026-01-01T00:00:00Z", "queued")],
      expected: ["a:graded"],
    },
    {
      name: "older pages keep every row, however many",
      known: Array.from({ length: 12 }, (_, index) => view(`s${index}`, `2026-01-${String(index + 1).padStart(2, "0")}T00:00:00Z`, "graded")),
      updates: [],
      expected: Array.from({ length: 12 }, (_, index) => `s${11 - index}:graded`),
    },
    {
      name: "submissions queued in the same millisecond are ordered by id, as the server pages them",
      known: [view("a", "2026-01-01T00:00:00Z", "graded"), view("c", "2026-01-01T00:00:00Z", "graded")],
      updates: [view("b", "2026-01-01T00:00:00Z", "graded")],
      expected: ["c:graded", "b:graded", "a:graded"],
    },
  ])("$name", ({ known, updates, expected }) => {
    expect(mergeSubmissions(known, updates).map((item) => `${item.id}:${item.status}`)).toEqual(expected);
  });
});

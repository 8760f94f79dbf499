import { describe, expect, it } from "vitest";
import { markerSeverity, problemsToMarkers } from "@/app/_components/editor/problem-markers.ts";
import type { Problem } from "@/worker/sim/index.ts";

const pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: nginx\n";
const at = (line: number | null, column: number | null, message = "m", hint?: string): Problem =>
  hint === undefined ? { field: "f", type: "FieldValueRequired", message, line, column } : { field: "f", type: "FieldValueRequired", message, line, column, hint };

describe("problemsToMarkers", () => {
  it.each([
    {
      name: "an error underlines the key at its position",
      errors: [at(7, 5, "spec.containers[0].image: Required value")],
      warnings: [],
      expected: [{ severity: markerSeverity.error, startLineNumber: 7, startColumn: 5, endLineNumber: 7, endColumn: 9, message: "spec.containers[0].image: Required value" }],
    },
    {
      name: "a warning gets warning severity and its hint on a second line",
      errors: [],
      warnings: [at(4, 3, "unknown field", "Did you mean name?")],
      expected: [{ severity: markerSeverity.warning, startLineNumber: 4, startColumn: 3, endColumn: 7, message: "unknown field\nDid you mean name?" }],
    },
    {
      name: "a position at the end of a line underlines one character",
      errors: [at(5, 6)],
      warnings: [],
      expected: [{ startLineNumber: 5, startColumn: 6, endColumn: 7 }],
    },
    { name: "a problem without a line has no marker", errors: [at(null, null)], warnings: [], expected: [] },
    { name: "a line past the end of the text has no marker", errors: [at(99, 1)], warnings: [], expected: [] },
    {
      name: "a column past the end of the line is clamped to it",
      errors: [at(2, 40)],
      warnings: [],
      expected: [{ startLineNumber: 2, startColumn: 10, endColumn: 11 }],
    },
  ])("$name", ({ errors, warnings, expected }) => {
    const markers = problemsToMarkers(pod, errors, warnings);
    expect(markers).toHaveLength(expected.length);
    markers.forEach((marker, index) => expect(marker).toMatchObject(expected[index]!));
  });

  it("names the API server as the source", () => {
    expect(problemsToMarkers(pod, [at(1, 1)], [])[0]?.source).toBe("API server");
  });
});

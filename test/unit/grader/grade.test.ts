import { describe, expect, it } from "vitest";
import { defaultYamlLimits } from "../../../worker/sim/index.ts";
import { grade } from "../../../worker/grader/grade.ts";
import { badInputs, validPod } from "../../fixtures/pods.ts";

describe("grade", () => {
  it("passes an admitted Pod with full score", () => {
    const verdict = grade({ yaml: validPod, limits: defaultYamlLimits });
    expect(verdict).toMatchObject({ version: 1, admitted: true, passed: true, score: 1 });
    expect(verdict.checks).toEqual([expect.objectContaining({ id: "admitted", passed: true })]);
  });

  it.each(badInputs)("fails $name with score 0 and the reason in the check", ({ yaml }) => {
    const verdict = grade({ yaml, limits: defaultYamlLimits });
    expect(verdict).toMatchObject({ admitted: false, passed: false, score: 0 });
    expect(verdict.errors.length).toBeGreaterThan(0);
    expect(verdict.checks[0]!.message).toContain(verdict.errors[0]!.message);
  });

  it("honours a smaller size limit", () => {
    const verdict = grade({ yaml: validPod, limits: { ...defaultYamlLimits, maxBytes: 20 } });
    expect(verdict.errors.map((error) => error.type)).toEqual(["TooLarge"]);
  });
});

// Contract-compatible reporting: a run cut short by a bound says so in `warnings`
// (SimulationTruncated), and an exec probe the runtime cannot start is reported as
// `TYPE probe errored` and thrown away (kubelet-semantics.md P5).
import { describe, expect, it } from "vitest";
import { eventTuples, run } from "./harness.ts";
import { simplePod } from "./pods.ts";

describe("reporting", () => {
  it("a run stopped by the event cap ends with a SimulationTruncated warning", () => {
    const pod = simplePod("flood", {
      command: "sleep 86400",
      container: "    readinessProbe:\n      exec:\n        command: [\"false\"]\n      periodSeconds: 1\n",
    });
    const result = run(pod, { untilS: 86_400 });
    expect(result.admitted).toBe(true);
    expect(result.warnings).toEqual([expect.objectContaining({ type: "SimulationTruncated", field: "", line: null, column: null })]);
    expect(result.events.at(-1)!.time).toBeLessThan(86_400);
  });

  it("a run that reaches --until has no warning", () => {
    expect(run(simplePod("calm", { command: "sleep 86400" }), { untilS: 60 }).warnings).toEqual([]);
  });

  it("an exec probe whose command is missing: Unhealthy `probe errored`, never a kill", () => {
    const pod = simplePod("missing", {
      command: "sleep 3600",
      container: "    livenessProbe:\n      exec:\n        command: [pgrep, sleep]\n      periodSeconds: 10\n",
    });
    const result = run(pod, { untilS: 40 });
    const tuples = eventTuples(result, ["Unhealthy", "Killing"]);
    expect(tuples.length).toBeGreaterThan(2);
    for (const [, type, reason, , message] of tuples) {
      expect([type, reason]).toEqual(["Warning", "Unhealthy"]);
      expect(message).toMatch(/^Liveness probe errored: rpc error: code = Unknown desc = failed to exec in container: .*exec: "pgrep": executable file not found in \$PATH: unknown$/);
    }
    expect(result.snapshots.at(-1)).toMatchObject({ status: "Running", restarts: 0 });
  });
});

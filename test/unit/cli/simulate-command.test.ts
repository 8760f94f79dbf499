// Exit status and output streams of `podlab simulate` (simulate-contract.md), driven with a fake
// simulator so that only the I/O edge is under test.
import { describe, expect, it } from "vitest";
import { simulateCommand } from "../../../worker/cli/simulate-command.ts";
import type { SimInput, SimResult } from "../../../worker/sim/sim-result.ts";
import { runningNginx } from "../sim/report/fixtures.ts";
import { fakeIo } from "./simulate-io.ts";

const rejected: SimResult = {
  admitted: false,
  errors: [{ field: "spec.containers[0].image", type: "FieldValueRequired", message: "spec.containers[0].image: Required value", line: 7, column: 7 }],
  warnings: [], pod: null, events: [], snapshots: [], execs: [],
};

function recorder(result: SimResult) {
  const inputs: SimInput[] = [];
  return { inputs, simulate: (input: SimInput) => { inputs.push(input); return result; } };
}

const badCluster: SimResult = {
  ...rejected,
  errors: [{ field: "kind", type: "ClusterFileInvalid", message: "cluster file, document 1: unknown kind", line: 1, column: 7 }],
};

const files = { "pod.yaml": "metadata:\n  name: web\n", "cluster.yaml": "kind: Node\n" };

describe("simulateCommand", () => {
  const cases: { name: string; argv: string[]; result: SimResult; code: number; stdout: RegExp; stderr: RegExp }[] = [
    { name: "admitted, text", argv: ["pod.yaml", "--until", "135s"], result: runningNginx, code: 0, stdout: /^\$ kubectl apply -f pod\.yaml\npod\/nginx created\n/, stderr: /^$/ },
    { name: "admitted, json", argv: ["pod.yaml", "--output", "json"], result: runningNginx, code: 0, stdout: /^\{\n {2}"admitted": true,/, stderr: /^$/ },
    { name: "rejected, text uses the written name", argv: ["pod.yaml"], result: rejected, code: 1, stdout: /The Pod "web" is invalid: spec\.containers\[0\]\.image: Required value\n$/, stderr: /^$/ },
    { name: "rejected, json still printed", argv: ["pod.yaml", "--output=json"], result: rejected, code: 1, stdout: /"admitted": false/, stderr: /^$/ },
    { name: "cluster file problem: exit 2, document still printed", argv: ["pod.yaml", "--cluster", "cluster.yaml", "--output", "json"], result: badCluster, code: 2, stdout: /"type": "ClusterFileInvalid"/, stderr: /^$/ },
    { name: "help", argv: ["--help"], result: rejected, code: 0, stdout: /^Usage: podlab simulate POD\.yaml/, stderr: /^$/ },
    { name: "usage error", argv: ["pod.yaml", "--until", "-1s"], result: rejected, code: 2, stdout: /^$/, stderr: /^error: .*negative\nSee 'podlab simulate --help' for usage\.\n$/ },
    { name: "missing POD.yaml file", argv: ["nope.yaml"], result: rejected, code: 2, stdout: /^$/, stderr: /^error: the path "nope\.yaml" does not exist\n/ },
    { name: "missing cluster file", argv: ["pod.yaml", "--cluster", "gone.yaml"], result: rejected, code: 2, stdout: /^$/, stderr: /^error: the path "gone\.yaml" does not exist\n/ },
  ];
  it.each(cases)("$name", async ({ argv, result, code, stdout, stderr }) => {
    const io = fakeIo(files);
    expect(await simulateCommand(recorder(result).simulate, argv, io)).toBe(code);
    expect(io.out.join("")).toMatch(stdout);
    expect(io.err.join("")).toMatch(stderr);
  });

  it("prints JSON.stringify(result, null, 2) and a newline, nothing else", async () => {
    const io = fakeIo(files);
    await simulateCommand(recorder(runningNginx).simulate, ["pod.yaml", "--output", "json"], io);
    expect(io.out.join("")).toBe(`${JSON.stringify(runningNginx, null, 2)}\n`);
  });

  it("prints only the contract's keys, in its order: probeRuns and hookRuns stay out", async () => {
    const io = fakeIo(files);
    const withRuns: SimResult = {
      ...runningNginx,
      probeRuns: [{ time: 3, container: "nginx", containerKind: "regular", probe: "readiness", result: "success", message: "" }],
      hookRuns: [{ container: "nginx", containerKind: "regular", hook: "postStart", startTime: 3, endTime: 3, outcome: "success", message: "" }],
    };
    await simulateCommand(recorder(withRuns).simulate, ["pod.yaml", "--output", "json"], io);
    expect(Object.keys(JSON.parse(io.out.join("")))).toEqual(["admitted", "errors", "warnings", "pod", "events", "snapshots", "execs"]);
  });

  it("passes the files and flags to simulate() as SimInput", async () => {
    const { inputs, simulate } = recorder(runningNginx);
    await simulateCommand(simulate, ["pod.yaml", "--cluster", "cluster.yaml", "--until", "2m", "--delete-at", "1m", "--exec", "30s:nginx:a:b"], fakeIo(files));
    expect(inputs).toEqual([{ podYaml: files["pod.yaml"], clusterYaml: files["cluster.yaml"], untilMs: 120_000, deleteAtMs: 60_000, execs: [{ atMs: 30_000, container: "nginx", command: "a:b" }] }]);
  });

  it("reads POD.yaml from standard input for -, and names it STDIN", async () => {
    const { inputs, simulate } = recorder({ ...rejected, errors: [{ ...rejected.errors[0]!, type: "InvalidYAML", message: "error converting YAML to JSON: yaml: line 1: x" }] });
    const io = fakeIo({}, "kind: Pod\n");
    expect(await simulateCommand(simulate, ["-"], io)).toBe(1);
    expect(inputs[0]!.podYaml).toBe("kind: Pod\n");
    expect(io.out.join("")).toBe("$ kubectl apply -f -\nerror: error parsing STDIN: error converting YAML to JSON: yaml: line 1: x\n");
  });

  it("does not call simulate() on a usage error", async () => {
    const { inputs, simulate } = recorder(runningNginx);
    await simulateCommand(simulate, [], fakeIo(files));
    expect(inputs).toEqual([]);
  });
});

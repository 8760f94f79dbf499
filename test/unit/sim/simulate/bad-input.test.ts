// Bad input ends quickly (issue requirement): each case is a clear rejection or a bounded
// simulation, well within a second of CPU. The time is the best of two runs, so a busy CI
// machine does not make the table flaky.
import { describe, expect, it } from "vitest";
import type { SimResult } from "../../../../worker/sim/sim-result.ts";
import { run } from "./harness.ts";
import { simplePod } from "./pods.ts";

const header = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n";
const level = (name: string, previous: string) => `${name}: &${name} [${Array.from({ length: 10 }, () => `*${previous}`).join(",")}]\n`;
const aliasBomb = "a: &a [x,x,x,x,x,x,x,x,x,x]\n" + ["b", "c", "d", "e", "f", "g", "h"].map((name, index) => level(name, "abcdefg"[index]!)).join("");
const manyContainers = header + Array.from({ length: 200 }, (_, index) => `  - name: c${index}\n    image: busybox\n    command: ["sleep", "3600"]\n`).join("");

const cases: { name: string; pod: string; want: (result: SimResult) => void }[] = [
  {
    name: "invalid YAML: InvalidYAML",
    pod: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n spec: [\n",
    want: (result) => expect(result).toMatchObject({ admitted: false, errors: [{ type: "InvalidYAML" }] }),
  },
  {
    name: "wrong kind: WrongKind on kind",
    pod: "apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n",
    want: (result) => expect(result).toMatchObject({ admitted: false, errors: [{ type: "WrongKind", field: "kind" }] }),
  },
  {
    name: "wrong apiVersion: WrongKind on apiVersion",
    pod: "apiVersion: v2\nkind: Pod\nmetadata:\n  name: x\n",
    want: (result) => expect(result).toMatchObject({ admitted: false, errors: [{ type: "WrongKind", field: "apiVersion" }] }),
  },
  {
    name: "a 5 MB document: TooLarge",
    pod: `${header}  - name: a\n    image: busybox\n    env:\n    - name: BIG\n      value: "${"x".repeat(5 * 1024 * 1024)}"\n`,
    want: (result) => expect(result).toMatchObject({ admitted: false, errors: [{ type: "TooLarge" }] }),
  },
  {
    name: "an alias bomb (10^8 nodes once expanded): TooLarge",
    pod: aliasBomb,
    want: (result) => expect(result).toMatchObject({ admitted: false, errors: [{ type: "TooLarge" }] }),
  },
  {
    name: "a shell loop that never sleeps: stopped by the step budget, crash-loops",
    pod: simplePod("spin", { image: "busybox", command: "while true; do :; done" }),
    want: (result) => expect(result.snapshots.at(-1)).toMatchObject({ status: "CrashLoopBackOff" }),
  },
  {
    name: "200 containers: all Running",
    pod: manyContainers,
    want: (result) => expect(result.snapshots.at(-1)).toMatchObject({ status: "Running", ready: "200/200" }),
  },
];

describe("bad input ends within a second", () => {
  it.each(cases)("$name", ({ pod, want }) => {
    let bestMs = Infinity;
    let result: SimResult | undefined;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const start = performance.now();
      result = run(pod, { untilS: 600 });
      bestMs = Math.min(bestMs, performance.now() - start);
    }
    want(result!);
    expect(bestMs).toBeLessThan(1000);
  });
});

// Hostile input, property-based (issue 9): generated Pods and mutations of the course's own Pods
// never make the simulator or the grader throw, every run ends within its budget of virtual time
// with a bounded trace, and the same input always gives the same bytes.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCurriculum } from "../../lib/lessons/load-curriculum.ts";
import { gradeExercise } from "../../worker/grader/grade-exercise.ts";
import { simulate } from "../../worker/sim/index.ts";
import type { SimInput, SimResult } from "../../worker/sim/index.ts";

const root = resolve(import.meta.dirname, "../..");
const exercises = loadCurriculum(join(root, "lessons")).flatMap((lesson) => lesson.exercises);

/** Every Pod the course and the golden tests hold: the seeds the mutations start from. */
const seedPods: string[] = [
  ...exercises.flatMap((exercise) => [...exercise.solutions, ...exercise.wrongAnswers.map((answer) => answer.yaml)]),
  ...["notes", "tasks", "failures"].flatMap((group) =>
    readdirSync(join(root, "test/golden", group)).map((name) => readFileSync(join(root, "test/golden", group, name, "pod.yaml"), "utf8")),
  ),
];

const untilMs = 300_000;

function simulateTwice(podYaml: string, execs: readonly SimInput["execs"][number][] = []): SimResult {
  const input: SimInput = { podYaml, clusterYaml: undefined, untilMs, deleteAtMs: 200_000, execs: [...execs] };
  const first = simulate(input);
  expect(JSON.stringify(simulate(input))).toBe(JSON.stringify(first));
  return first;
}

/** The run stayed inside its window of virtual time and its trace stayed bounded. */
function expectBounded(result: SimResult): void {
  expect(typeof result).toBe("object");
  const json = JSON.stringify(result);
  expect(json.length).toBeLessThan(2_000_000);
  for (const snapshot of result.snapshots ?? []) expect(snapshot.time).toBeLessThanOrEqual(untilMs / 1000);
  for (const event of result.events ?? []) expect(event.time).toBeLessThanOrEqual(untilMs / 1000);
}

// ---- Generated Pods: valid-looking structure, hostile values ----------------------------------

const shellFragment = fc.constantFrom(
  "echo hi", "sleep 5", "sleep 3600", "exit 1", "exit 0", "true", "false", "touch /tmp/healthy", "rm -f /tmp/healthy",
  "while true; do :; done", "while true; do echo x; done", "cat /etc/hosts", "nc -l -p 8080", "kill -TERM 1",
  "trap 'exit 0' TERM", "wget -qO- http://localhost/", ":(){ :|:& };:", "yes", "cat /dev/zero", "$(($(echo 9)**99))",
  "sleep -1", "sleep 1e9", "x=$(printf '%0999999d' 0)", "ls -R /", "read x", "exec sh", "sh -c 'sh -c \"sh\"'",
);
const script = fc.array(shellFragment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join("; "));
/** Mostly a sensible value, sometimes a hostile one: enough Pods get past admission to exercise the kubelet. */
const usually = <T,>(sane: fc.Arbitrary<T>, hostile: fc.Arbitrary<T>) => fc.oneof({ arbitrary: sane, weight: 40 }, { arbitrary: hostile, weight: 1 });

const image = usually(
  fc.constantFrom("busybox", "busybox:1.36", "nginx", "nginx:1.27", "redis", "registry.k8s.io/busybox"),
  fc.constantFrom("no-such/image:1", "NGINX", "nginx:latest:1", ""),
);
const seconds = usually(fc.integer({ min: 1, max: 90 }), fc.constantFrom(0, -5, 2 ** 31, 1e15));
const quantity = usually(fc.constantFrom("64Mi", "1Gi", "100m", "1", "250M"), fc.constantFrom("0", "-1", "1e3", "12345678901234567890Ti", "Mi", "abc"));
const port = usually(fc.constantFrom(80, 8080, 6379, "http"), fc.constantFrom(-1, 0, 70_000, "", "no-such-name"));

const handler = fc.oneof(
  fc.record({ exec: fc.record({ command: fc.tuple(fc.constant("sh"), fc.constant("-c"), script) }) }),
  fc.record({ httpGet: fc.record({ path: fc.constantFrom("/", "/healthz", "//", "/%00"), port }) }),
  fc.record({ tcpSocket: fc.record({ port }) }),
);
const probe = fc
  .tuple(
    handler,
    fc.record({ initialDelaySeconds: seconds, periodSeconds: seconds, timeoutSeconds: seconds, failureThreshold: seconds }, { requiredKeys: [] }),
  )
  .map(([action, timing]) => ({ ...action, ...timing }));

const container = (name: string, hooks = true) =>
  fc.record(
    {
      name: usually(fc.constant(name), fc.constantFrom("c0", "", "Bad_Name", "x".repeat(70))),
      image,
      command: fc.constantFrom(["sh", "-c"], ["sh", "-c"], ["sleep"], ["/no/such/binary"]),
      args: fc.array(script, { minLength: 1, maxLength: 1 }),
      ports: fc.array(fc.record({ containerPort: usually(fc.constantFrom(80, 8080), fc.constantFrom(-1, 70_000)), name: fc.constantFrom("http", "web") }), { maxLength: 1 }),
      resources: fc.record({ limits: fc.record({ memory: quantity, cpu: quantity }, { requiredKeys: [] }) }, { requiredKeys: [] }),
      livenessProbe: probe,
      readinessProbe: probe,
      startupProbe: probe,
      lifecycle: hooks ? fc.record({ postStart: handler, preStop: handler }, { requiredKeys: [] }) : fc.constant(undefined),
      volumeMounts: fc.array(fc.record({ name: usually(fc.constant("data"), fc.constant("missing")), mountPath: usually(fc.constant("/data"), fc.constantFrom("/", "/etc/hosts", "relative")) }), { maxLength: 1 }),
    },
    { requiredKeys: ["name", "image", "command", "args"] },
  );

const generatedPod = fc
  .record(
    {
      restartPolicy: usually(fc.constantFrom("Always", "OnFailure", "Never"), fc.constant("Sometimes")),
      terminationGracePeriodSeconds: seconds,
      activeDeadlineSeconds: seconds,
      shareProcessNamespace: fc.boolean(),
      hostAliases: fc.array(fc.record({ ip: usually(fc.constantFrom("127.0.0.1", "10.1.2.3"), fc.constant("not-an-ip")), hostnames: fc.array(fc.constantFrom("foo.local", "bar"), { minLength: 1, maxLength: 2 }) }), { maxLength: 1 }),
      volumes: fc.constantFrom([{ name: "data", emptyDir: {} }], [{ name: "data", emptyDir: {} }], [{ name: "data", secret: { secretName: "nope" } }], [{ name: "data", hostPath: { path: "/" } }]),
      initContainers: fc.array(container("init", false), { maxLength: 1 }),
      containers: fc.tuple(container("c0"), fc.option(container("c1"), { nil: undefined })).map(([first, second]) => (second ? [first, second] : [first])),
    },
    { requiredKeys: ["containers", "volumes"] },
  )
  .map((spec) => JSON.stringify({ apiVersion: "v1", kind: "Pod", metadata: { name: "fuzz" }, spec }, null, 2));

// ---- Mutations of real Pods ---------------------------------------------------------------

const hostileScalar = usually(fc.constantFrom("1", "5", "30", "nginx", "Always", "true"), fc.constantFrom("-1", "0", '""', "~", "[]", "{}", "*a", "&a x", "!!binary AAAA", "1e999", "0x7fffffff", "0400", "yes", "null", "'", '"', "{{", "- - -", "\t", "x".repeat(5000)));

type Mutation = (lines: string[]) => string[];
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((at): Mutation => (lines) => lines.filter((_, index) => index !== at % lines.length)),
  fc.nat().map((at): Mutation => (lines) => lines.flatMap((line, index) => (index === at % lines.length ? [line, line] : [line]))),
  fc.tuple(fc.nat(), hostileScalar).map(([at, value]): Mutation => (lines) =>
    lines.map((line, index) => (index === at % lines.length && line.includes(": ") ? `${line.slice(0, line.indexOf(": "))}: ${value}` : line)),
  ),
  fc.tuple(fc.nat(), fc.integer({ min: -2, max: 2 })).map(([at, shift]): Mutation => (lines) =>
    lines.map((line, index) => (index === at % lines.length ? (shift > 0 ? " ".repeat(shift) + line : line.slice(-shift)) : line)),
  ),
  fc.nat().map((at): Mutation => (lines) => lines.slice(0, Math.max(1, at % lines.length))),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (lines) => {
    const copy = [...lines];
    const [i, j] = [a % copy.length, b % copy.length];
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    return copy;
  }),
);

const mutatedPod = fc
  .tuple(fc.integer({ min: 0, max: seedPods.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 2 }))
  .map(([seed, mutations]) => mutations.reduce((lines, mutate) => mutate(lines), seedPods[seed]!.split("\n")).join("\n"));

describe("hostile Pods, property-based", () => {
  it("generates Pods of which a fair share get past admission, so the kubelet is exercised too", () => {
    const admitted = (pods: string[]) => pods.filter((yaml) => simulate({ podYaml: yaml, clusterYaml: undefined, untilMs, deleteAtMs: undefined, execs: [] }).admitted).length;
    expect(admitted(fc.sample(generatedPod, { numRuns: 150, seed: 9001 }))).toBeGreaterThan(50);
    expect(admitted(fc.sample(mutatedPod, { numRuns: 200, seed: 1337 }))).toBeGreaterThan(20);
  });

  it("the simulator never throws on generated Pods, stays bounded, and repeats itself byte for byte", () => {
    fc.assert(
      fc.property(generatedPod, fc.constantFrom([], [{ atMs: 30_000, container: "c0", command: "sh -c 'cat /etc/hosts; ps'" }]), (yaml, execs) => {
        expectBounded(simulateTwice(yaml, execs));
      }),
      { numRuns: 300, seed: 9001 },
    );
  });

  it("the simulator never throws on mutated course Pods, stays bounded, and repeats itself", () => {
    fc.assert(
      fc.property(mutatedPod, (yaml) => {
        expectBounded(simulateTwice(yaml));
      }),
      { numRuns: 400, seed: 1337 },
    );
  });

  it("the grader gives every mutated answer a verdict in range, the same one twice", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: exercises.length - 1 }), mutatedPod, (index, yaml) => {
        const exercise = exercises[index]!.gradable;
        const verdict = gradeExercise(exercise, yaml, simulate);
        expect(JSON.stringify(gradeExercise(exercise, yaml, simulate))).toBe(JSON.stringify(verdict));
        expect(verdict.score).toBeGreaterThanOrEqual(0);
        expect(verdict.score).toBeLessThanOrEqual(100);
        expect(verdict.checks.every((check) => typeof check.message === "string")).toBe(true);
      }),
      { numRuns: 150, seed: 4242 },
    );
  });
});

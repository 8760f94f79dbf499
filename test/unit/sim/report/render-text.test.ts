// The text view's frame: apply, get -w, describe, execs; kubectl's error forms for rejections
// (kubelet-semantics.md §2.2.2, §2.9) and kubectl exec's exit-code line.
import { describe, expect, it } from "vitest";
import type { Problem } from "../../../../worker/sim/admission/problem.ts";
import type { SimResult } from "../../../../worker/sim/sim-result.ts";
import { renderExecs } from "../../../../worker/sim/report/render-execs.ts";
import { renderRejection } from "../../../../worker/sim/report/render-rejection.ts";
import { renderText } from "../../../../worker/sim/report/render-text.ts";
import { runningNginx } from "./fixtures.ts";

const problem = (type: Problem["type"], field: string, message: string): Problem => ({ field, type, message, line: 1, column: 1 });

describe("renderRejection", () => {
  const cases: { name: string; errors: Problem[]; text: string }[] = [
    {
      name: "one field error",
      errors: [problem("FieldValueRequired", "spec.containers[0].image", "spec.containers[0].image: Required value")],
      text: 'The Pod "web" is invalid: spec.containers[0].image: Required value\n',
    },
    {
      name: "several field errors",
      errors: [
        problem("FieldValueRequired", "spec.containers[0].image", "spec.containers[0].image: Required value"),
        problem("FieldValueNotSupported", "spec.restartPolicy", 'spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"'),
      ],
      text: 'The Pod "web" is invalid: \n* spec.containers[0].image: Required value\n* spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"\n',
    },
    {
      name: "broken YAML",
      errors: [problem("InvalidYAML", "", "error converting YAML to JSON: yaml: line 14: could not find expected ':'")],
      text: "error: error parsing pod.yaml: error converting YAML to JSON: yaml: line 14: could not find expected ':'\n",
    },
    {
      name: "a type mismatch is a BadRequest",
      errors: [problem("TypeMismatch", "spec.nodeSelector", 'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field PodSpec.spec.nodeSelector of type map[string]string')],
      text: 'Error from server (BadRequest): error when creating "pod.yaml": Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field PodSpec.spec.nodeSelector of type map[string]string\n',
    },
    {
      name: "a missing service account is Forbidden",
      errors: [problem("Forbidden", "spec.serviceAccountName", 'pods "web" is forbidden: error looking up service account default/robot: serviceaccount "robot" not found')],
      text: 'Error from server (Forbidden): error when creating "pod.yaml": pods "web" is forbidden: error looking up service account default/robot: serviceaccount "robot" not found\n',
    },
    {
      name: "missing apiVersion is a validation error of kubectl's",
      errors: [problem("WrongKind", "apiVersion", "error validating data: [apiVersion not set]; a Pod starts with apiVersion: v1 and kind: Pod.")],
      text: 'error: error validating "pod.yaml": error validating data: [apiVersion not set]; a Pod starts with apiVersion: v1 and kind: Pod.\n',
    },
    {
      name: "PodLab's own refusals",
      errors: [problem("WrongKind", "kind", "Expected a v1 Pod, but this is a apps/v1 Deployment.")],
      text: "error: Expected a v1 Pod, but this is a apps/v1 Deployment.\n",
    },
  ];
  it.each(cases)("$name", ({ errors, text }) => expect(renderRejection(errors, "pod.yaml", "web")).toBe(text));
});

describe("renderExecs", () => {
  const exec = { time: 30, container: "nginx", command: "echo 'hi'", exitCode: 0, stdout: "hi\n", stderr: "" };
  const cases: { name: string; execs: (typeof exec)[]; text: string }[] = [
    { name: "a command that succeeds", execs: [exec], text: "$ kubectl exec web -c nginx -- sh -c 'echo '\\''hi'\\'''    # at 30s\nhi\n" },
    {
      name: "a failing command gets kubectl's exit-code line",
      execs: [{ ...exec, time: 90.5, command: "cat /nope", exitCode: 1, stdout: "", stderr: "cat: can't open '/nope': No such file or directory" }],
      text: "$ kubectl exec web -c nginx -- sh -c 'cat /nope'    # at 1m30.5s\ncat: can't open '/nope': No such file or directory\ncommand terminated with exit code 1\n",
    },
    {
      name: "a container that is not running: kubectl's own error only",
      execs: [{ ...exec, command: "ls", exitCode: 1, stdout: "", stderr: 'error: unable to upgrade connection: container not found ("nginx")\n' }],
      text: "$ kubectl exec web -c nginx -- sh -c 'ls'    # at 30s\nerror: unable to upgrade connection: container not found (\"nginx\")\n",
    },
    { name: "blocks are separated by a blank line", execs: [exec, exec], text: "$ kubectl exec web -c nginx -- sh -c 'echo '\\''hi'\\'''    # at 30s\nhi\n\n$ kubectl exec web -c nginx -- sh -c 'echo '\\''hi'\\'''    # at 30s\nhi\n" },
  ];
  it.each(cases)("$name", ({ execs, text }) => expect(renderExecs("web", execs)).toBe(text));
});

describe("renderText", () => {
  const context = { podFileName: "pod.yaml", untilMs: 135_000, writtenName: "nginx" };

  it("frames get -w, describe and execs with the commands a person would type", () => {
    const result: SimResult = { ...runningNginx, warnings: [problem("UnknownField", "spec.foo", 'unknown field "spec.foo"')], execs: [{ time: 30, container: "nginx", command: "hostname", exitCode: 0, stdout: "nginx\n", stderr: "" }] };
    const text = renderText(result, context);
    // Warn mode (kubelet-semantics.md §2.9.3): kubectl's default, strict, would refuse this Pod.
    expect(text.startsWith('$ kubectl apply --validate=warn -f pod.yaml\nWarning: unknown field "spec.foo"\npod/nginx created\n\n$ kubectl get pods -w\nNAME    READY   STATUS    RESTARTS   AGE\n')).toBe(true);
    expect(text).toContain("\n\n$ kubectl describe pod nginx\nName:             nginx\n");
    expect(text.endsWith("Started container nginx\n\n$ kubectl exec nginx -c nginx -- sh -c 'hostname'    # at 30s\nnginx\n")).toBe(true);
  });

  it("keeps kubectl's default command line when no warning is about a field", () => {
    const result: SimResult = { ...runningNginx, warnings: [problem("PodPresetConflict", "metadata.labels", "PodPreset not applied: x")] };
    expect(renderText(result, context).startsWith("$ kubectl apply -f pod.yaml\nWarning: PodPreset not applied: x\npod/nginx created\n")).toBe(true);
  });

  it("prints field warnings before a rejection too", () => {
    const rejected: SimResult = {
      admitted: false,
      errors: [problem("FieldValueRequired", "spec.containers[0].image", "spec.containers[0].image: Required value")],
      warnings: [problem("DuplicateField", "spec.containers[0].name", 'duplicate field "spec.containers[0].name"')],
      pod: null, events: [], snapshots: [], execs: [],
    };
    expect(renderText(rejected, context)).toBe('$ kubectl apply --validate=warn -f pod.yaml\nWarning: duplicate field "spec.containers[0].name"\nThe Pod "nginx" is invalid: spec.containers[0].image: Required value\n');
  });

  it("shows a rejection as kubectl's error, naming standard input STDIN", () => {
    const rejected: SimResult = { admitted: false, errors: [problem("InvalidYAML", "", "error converting YAML to JSON: yaml: line 3: did not find expected key")], warnings: [], pod: null, events: [], snapshots: [], execs: [] };
    expect(renderText(rejected, { ...context, podFileName: "STDIN" })).toBe("$ kubectl apply -f -\nerror: error parsing STDIN: error converting YAML to JSON: yaml: line 3: did not find expected key\n");
  });

  it("is deterministic", () => {
    expect(renderText(runningNginx, context)).toBe(renderText(structuredClone(runningNginx), context));
  });
});

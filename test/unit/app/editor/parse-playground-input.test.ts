import { describe, expect, it } from "vitest";
import { parseDurationText, parsePlaygroundInput } from "@/app/playground/parse-playground-input.ts";
import { examplePlayground, type PlaygroundState } from "@/app/playground/playground-state.ts";

const state = (overrides: Partial<PlaygroundState>): PlaygroundState => ({ ...examplePlayground, ...overrides });

describe("parseDurationText", () => {
  it.each([
    { text: "90", expected: 90_000 },
    { text: "90s", expected: 90_000 },
    { text: "2m", expected: 120_000 },
    { text: "1m30s", expected: 90_000 },
    { text: "1h", expected: 3_600_000 },
    { text: "500ms", expected: 500 },
    { text: " 45s ", expected: 45_000 },
    { text: "", expected: null },
    { text: "-5s", expected: null },
    { text: "1.5s", expected: null },
    { text: "soon", expected: null },
    { text: "99999999999s", expected: null },
  ])("$text → $expected", ({ text, expected }) => {
    expect(parseDurationText(text)).toBe(expected);
  });
});

describe("parsePlaygroundInput", () => {
  it("turns the example into a simulation input", () => {
    expect(parsePlaygroundInput(examplePlayground)).toEqual({
      ok: true,
      input: {
        podYaml: examplePlayground.pod,
        clusterYaml: undefined,
        untilMs: 90_000,
        deleteAtMs: 60_000,
        execs: [{ atMs: 20_000, container: "nginx", command: "cat /etc/hostname" }],
      },
    });
  });

  it("keeps colons inside the command and skips blank exec lines", () => {
    const parsed = parsePlaygroundInput(state({ execs: "\n5s:app:echo a:b\n\n", deleteAt: "" }));
    expect(parsed).toMatchObject({ ok: true, input: { deleteAtMs: undefined, execs: [{ atMs: 5000, container: "app", command: "echo a:b" }] } });
  });

  it.each([
    { name: "an empty Pod", overrides: { pod: "  " }, field: "pod" },
    { name: "a Pod over 128 KiB", overrides: { pod: "a".repeat(128 * 1024 + 1) }, field: "pod" },
    { name: "a cluster over 128 KiB", overrides: { cluster: "a".repeat(128 * 1024 + 1) }, field: "cluster" },
    { name: "an until that is not a duration", overrides: { until: "forever" }, field: "until" },
    { name: "an until of zero", overrides: { until: "0s" }, field: "until" },
    { name: "an until over an hour", overrides: { until: "61m" }, field: "until" },
    { name: "a deletion that is not a duration", overrides: { deleteAt: "later" }, field: "deleteAt" },
    { name: "a deletion after the end", overrides: { deleteAt: "2h", until: "1h" }, field: "deleteAt" },
    { name: "an exec without a command", overrides: { execs: "5s:nginx:" }, field: "execs" },
    { name: "an exec without colons", overrides: { execs: "cat /etc/hosts" }, field: "execs" },
    { name: "an exec at a bad time", overrides: { execs: "x:nginx:ls" }, field: "execs" },
    { name: "an exec after the end", overrides: { execs: "5m:nginx:ls", until: "1m", deleteAt: "" }, field: "execs" },
    { name: "21 execs", overrides: { execs: Array.from({ length: 21 }, () => "1s:nginx:ls").join("\n") }, field: "execs" },
  ])("rejects $name with a message on its field", ({ overrides, field }) => {
    const parsed = parsePlaygroundInput(state(overrides));
    expect(parsed).toMatchObject({ ok: false, field });
    if (!parsed.ok) expect(parsed.message.length).toBeGreaterThan(10);
  });

  it("accepts exactly the limits", () => {
    const parsed = parsePlaygroundInput(state({ pod: "a".repeat(128 * 1024), until: "1h", execs: Array.from({ length: 20 }, () => "1s:nginx:ls").join("\n") }));
    expect(parsed.ok).toBe(true);
  });
});

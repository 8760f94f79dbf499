// The `podlab simulate` command line (simulate-contract.md, "Invocation").
import { describe, expect, it } from "vitest";
import { parseSimulateArgs, type SimulateArgs } from "../../../worker/cli/simulate-args.ts";

const defaults: SimulateArgs = { podPath: "pod.yaml", clusterPath: undefined, untilMs: 600_000, deleteAtMs: undefined, execs: [], output: "text" };

describe("parseSimulateArgs: accepted", () => {
  const cases: { name: string; argv: string[]; args: Partial<SimulateArgs> }[] = [
    { name: "defaults", argv: ["pod.yaml"], args: {} },
    { name: "standard input", argv: ["-"], args: { podPath: "-" } },
    { name: "--cluster", argv: ["pod.yaml", "--cluster", "c.yaml"], args: { clusterPath: "c.yaml" } },
    { name: "--flag=value", argv: ["--cluster=c.yaml", "pod.yaml"], args: { clusterPath: "c.yaml" } },
    { name: "--until seconds suffix", argv: ["pod.yaml", "--until", "90s"], args: { untilMs: 90_000 } },
    { name: "--until minutes", argv: ["pod.yaml", "--until", "2m"], args: { untilMs: 120_000 } },
    { name: "--until minutes and seconds", argv: ["pod.yaml", "--until", "1m30s"], args: { untilMs: 90_000 } },
    { name: "--until plain seconds", argv: ["pod.yaml", "--until", "45"], args: { untilMs: 45_000 } },
    { name: "--until fractional seconds", argv: ["pod.yaml", "--until", "1.5"], args: { untilMs: 1500 } },
    { name: "--until exactly 24h", argv: ["pod.yaml", "--until", "24h"], args: { untilMs: 86_400_000 } },
    { name: "the last --until wins", argv: ["pod.yaml", "--until", "1m", "--until", "2m"], args: { untilMs: 120_000 } },
    { name: "--delete-at", argv: ["pod.yaml", "--delete-at", "30s"], args: { deleteAtMs: 30_000 } },
    { name: "--delete-at 0", argv: ["pod.yaml", "--delete-at", "0"], args: { deleteAtMs: 0 } },
    {
      name: "--exec keeps colons in COMMAND, repeatable",
      argv: ["pod.yaml", "--exec", "30s:nginx:echo a:b", "--exec=1m:side:ls"],
      args: { execs: [{ atMs: 30_000, container: "nginx", command: "echo a:b" }, { atMs: 60_000, container: "side", command: "ls" }] },
    },
    { name: "--output json", argv: ["pod.yaml", "--output", "json"], args: { output: "json" } },
    { name: "--output text", argv: ["--output=text", "pod.yaml"], args: { output: "text" } },
  ];
  it.each(cases)("$name", ({ argv, args }) => {
    expect(parseSimulateArgs(argv)).toEqual({ kind: "run", args: { ...defaults, ...args } });
  });

  it.each([["--help"], ["-h"], ["pod.yaml", "--help"]])("help: %s", (...argv) => {
    expect(parseSimulateArgs(argv)).toEqual({ kind: "help" });
  });
});

describe("parseSimulateArgs: usage errors", () => {
  const execs = Array.from({ length: 101 }, () => ["--exec", "1s:c:true"]).flat();
  const cases: { name: string; argv: string[]; message: RegExp }[] = [
    { name: "no POD.yaml", argv: [], message: /POD\.yaml argument is required/ },
    { name: "two POD.yaml", argv: ["a.yaml", "b.yaml"], message: /expected one POD\.yaml, got 2/ },
    { name: "unknown flag", argv: ["pod.yaml", "--watch"], message: /unknown flag: --watch/ },
    { name: "flag without value", argv: ["pod.yaml", "--until"], message: /flag needs an argument: --until/ },
    { name: "malformed duration", argv: ["pod.yaml", "--until", "ten"], message: /invalid value "ten" for --until/ },
    { name: "negative duration", argv: ["pod.yaml", "--until=-5s"], message: /cannot be negative/ },
    { name: "zero --until", argv: ["pod.yaml", "--until", "0s"], message: /longer than 0s/ },
    { name: "--until beyond a day", argv: ["pod.yaml", "--until", "25h"], message: /at most 24h/ },
    { name: "negative --delete-at", argv: ["pod.yaml", "--delete-at=-1"], message: /cannot be negative/ },
    { name: "--delete-at after --until", argv: ["pod.yaml", "--until", "1m", "--delete-at", "2m"], message: /never happen/ },
    { name: "--exec without COMMAND", argv: ["pod.yaml", "--exec", "30s:nginx"], message: /AT:CONTAINER:COMMAND/ },
    { name: "--exec with empty container", argv: ["pod.yaml", "--exec", "30s::ls"], message: /must not be empty/ },
    { name: "--exec with bad AT", argv: ["pod.yaml", "--exec", "soon:nginx:ls"], message: /invalid value "soon" for --exec/ },
    { name: "--exec after --until", argv: ["pod.yaml", "--until", "10s", "--exec", "20s:nginx:ls"], message: /would never run/ },
    { name: "more than 100 --exec", argv: ["pod.yaml", ...execs], message: /at most 100 --exec/ },
    { name: "bad --output", argv: ["pod.yaml", "--output", "yaml"], message: /use json or text/ },
    { name: "--cluster from standard input", argv: ["pod.yaml", "--cluster", "-"], message: /standard input is only for POD\.yaml/ },
  ];
  it.each(cases)("$name", ({ argv, message }) => {
    const parsed = parseSimulateArgs(argv);
    expect(parsed.kind).toBe("usage-error");
    expect(parsed.kind === "usage-error" && parsed.message).toMatch(message);
  });
});

// `podlab simulate`: the I/O edge around the pure simulator. It reads argv, POD.yaml (a file or
// standard input) and the cluster file, calls simulate(), and writes the contract's JSON or the
// text view. Exit status (simulate-contract.md): 0 admitted, 1 rejected, 2 wrong usage or an
// unreadable file (a cluster file the simulator cannot use counts as one; the document is still
// printed). The simulator is passed in so tests can drive this without it.
import type { SimInput, SimResult } from "../sim/sim-result.ts";
import { contractDocument } from "./contract-document.ts";
import { renderText } from "../sim/report/render-text.ts";
import { parseSimulateArgs, type SimulateArgs } from "./simulate-args.ts";
import { simulateWrittenName } from "./simulate-written-name.ts";

/** Where `podlab simulate` reads and writes; main.ts passes process streams and fs. */
export interface SimulateIo {
  stdin: AsyncIterable<string | Uint8Array>;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Reads a file as UTF-8 text; rejects if it cannot. */
  readFile(path: string): Promise<string>;
}

export const simulateUsage = `Usage: podlab simulate POD.yaml [--cluster CLUSTER.yaml] [--until DURATION]
                        [--delete-at DURATION] [--exec 'AT:CONTAINER:COMMAND']...
                        [--output json|text]

Simulates one Pod in virtual time and reports what kubectl would show.

  POD.yaml              one v1 Pod; - reads standard input
  --cluster FILE        Nodes, Secrets, ConfigMaps, ServiceAccounts, PodPresets (default: one node, node-1)
  --until DURATION      virtual time to simulate: 90s, 2m, 1m30s or seconds (default 600s, at most 24h)
  --delete-at DURATION  delete the pod then, as kubectl delete pod would
  --exec AT:CONTAINER:COMMAND
                        run COMMAND in CONTAINER at AT, as kubectl exec ... -- sh -c COMMAND (repeatable)
  --output json|text    the contract's JSON document, or kubectl-style text (default text)

Exit status: 0 admitted, 1 rejected, 2 wrong usage or unreadable files.
`;

const usageHint = "See 'podlab simulate --help' for usage.\n";

/** Thrown inside this module when an input file cannot be read; turned into exit status 2. */
class UnreadableInputError extends Error {
  readonly code = "UnreadableInput";
  constructor(message: string) {
    super(message);
    this.name = "UnreadableInputError";
  }
}

async function readStdin(stdin: SimulateIo["stdin"]): Promise<string> {
  const decoder = new TextDecoder();
  let text = "";
  for await (const chunk of stdin) text += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

async function readInput(io: SimulateIo, path: string): Promise<string> {
  try {
    return path === "-" ? await readStdin(io.stdin) : await io.readFile(path);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === "ENOENT") throw new UnreadableInputError(`the path ${JSON.stringify(path)} does not exist`);
    if (code === "EISDIR") throw new UnreadableInputError(`${JSON.stringify(path)} is a directory, not a YAML file`);
    const reason = error instanceof Error ? error.message : String(error);
    throw new UnreadableInputError(`cannot read ${path === "-" ? "standard input" : JSON.stringify(path)}: ${reason}`);
  }
}

async function buildInput(io: SimulateIo, args: SimulateArgs): Promise<SimInput> {
  const podYaml = await readInput(io, args.podPath);
  const clusterYaml = args.clusterPath === undefined ? undefined : await readInput(io, args.clusterPath);
  return { podYaml, clusterYaml, untilMs: args.untilMs, deleteAtMs: args.deleteAtMs, execs: args.execs };
}

/** Runs `podlab simulate` with `argv` (the arguments after `simulate`) and returns the exit status. */
export async function simulateCommand(simulate: (input: SimInput) => SimResult, argv: readonly string[], io: SimulateIo): Promise<number> {
  const parsed = parseSimulateArgs(argv);
  if (parsed.kind === "help") {
    io.stdout.write(simulateUsage);
    return 0;
  }
  if (parsed.kind === "usage-error") {
    io.stderr.write(`error: ${parsed.message}\n${usageHint}`);
    return 2;
  }
  const { args } = parsed;
  let input: SimInput;
  try {
    input = await buildInput(io, args);
  } catch (error) {
    if (!(error instanceof UnreadableInputError)) throw error;
    io.stderr.write(`error: ${error.message}\n${usageHint}`);
    return 2;
  }
  const result = simulate(input);
  if (args.output === "json") io.stdout.write(`${JSON.stringify(contractDocument(result), null, 2)}\n`);
  else {
    const podFileName = args.podPath === "-" ? "STDIN" : args.podPath;
    io.stdout.write(renderText(result, { podFileName, untilMs: args.untilMs, writtenName: simulateWrittenName(input.podYaml) }));
  }
  if (result.admitted) return 0;
  return result.errors.some((error) => error.type === "ClusterFileInvalid") ? 2 : 1;
}

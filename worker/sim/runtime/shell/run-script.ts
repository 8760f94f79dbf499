/**
 * The interpreter for lists, and-or lists, pipelines and compound commands. Every function is a
 * generator over Effects so `sleep 600` suspends the process until the kernel's clock gets there.
 *
 * Simplification: pipeline stages run one after another in one process, each reading the
 * previous stage's whole output. Commands in lessons (`echo … | grep …`, `ps ax | grep nginx`)
 * behave the same; stages that would run concurrently forever (`yes | head`) end at the step
 * budget or the output cap instead.
 */
import { Capture, TextSource } from "../process/streams.ts";
import type { Effect, Resume } from "../process/process.ts";
import type { AndOr, CaseCommand, Command, ForCommand, IfCommand, LoopCommand, Pipeline, Script } from "./ast.ts";
import { ExpansionFailure, expandPattern, expandWord, expandWords } from "./expand.ts";
import { withRedirects } from "./redirects.ts";
import { runSimple } from "./run-simple.ts";
import { runBackground, runPendingTraps } from "./run-traps.ts";
import { matchPattern } from "./pattern.ts";
import { cloneShellState, setVar, type ShellState } from "./shell-state.ts";

type Gen<T> = Generator<Effect, T, Resume>;

/** Runs a list; returns the status of the last command run. */
export function* runScript(sh: ShellState, script: Script): Gen<number> {
  for (const item of script.items) {
    if (item.isBackground) runBackground(sh, item);
    else yield* runAndOr(sh, item);
    if (sh.flow === undefined && sh.ctx.proc.pendingSignals.length > 0) yield* runPendingTraps(sh);
    if (sh.flow !== undefined) break;
  }
  return sh.status;
}

/** Runs `script` in a subshell with its stdout captured; returns the output minus trailing newlines. */
export function* runSubstitution(sh: ShellState, script: Script): Gen<string> {
  const sub = cloneShellState(sh);
  const capture = new Capture();
  sub.fds[1] = capture;
  yield* runScript(sub, script);
  sh.substStatus = sub.status;
  return capture.text.replace(/\n+$/, "");
}

/** Runs one and-or list, setting sh.status. */
export function* runAndOr(sh: ShellState, item: AndOr): Gen<number> {
  yield* runPipeline(sh, item.first, item.rest.length > 0);
  for (const { op, pipeline } of item.rest) {
    if (sh.flow !== undefined) break;
    if ((op === "&&") === (sh.status === 0)) yield* runPipeline(sh, pipeline, pipeline !== item.rest[item.rest.length - 1]!.pipeline);
  }
  return sh.status;
}

function* runPipeline(sh: ShellState, pipeline: Pipeline, isTested: boolean): Gen<number> {
  const { commands } = pipeline;
  if (commands.length === 1) yield* runCommand(sh, commands[0]!);
  else yield* runStages(sh, commands);
  if (pipeline.isNegated) sh.status = sh.status === 0 ? 1 : 0;
  else if (sh.isErrexit && sh.status !== 0 && !isTested && sh.flow === undefined) sh.flow = { kind: "exit" };
  return sh.status;
}

function* runStages(sh: ShellState, commands: Command[]): Gen<number> {
  let input: TextSource | undefined;
  for (let i = 0; i < commands.length; i += 1) {
    const stage = cloneShellState(sh);
    const isLast = i === commands.length - 1;
    const capture = new Capture();
    if (input !== undefined) stage.fds[0] = input;
    if (!isLast) stage.fds[1] = capture;
    yield* runCommand(stage, commands[i]!);
    sh.status = stage.status;
    input = new TextSource(capture.text);
  }
  return sh.status;
}

/** Runs any command. */
export function* runCommand(sh: ShellState, command: Command): Gen<number> {
  sh.ctx.host.kernel.tick(sh.ctx.proc);
  sh.line = command.pos.line;
  switch (command.kind) {
    case "simple":
      sh.status = yield* runSimple(sh, command);
      return sh.status;
    case "function":
      sh.functions.set(command.name, command.body);
      sh.status = 0;
      return 0;
    default:
      sh.status = yield* withRedirects(sh, command.redirects, () => runCompound(sh, command));
      return sh.status;
  }
}

function* runCompound(sh: ShellState, command: Exclude<Command, { kind: "simple" | "function" }>): Gen<number> {
  switch (command.kind) {
    case "if":
      return yield* runIf(sh, command);
    case "loop":
      return yield* runLoop(sh, command);
    case "for":
      return yield* runFor(sh, command);
    case "case":
      return yield* runCase(sh, command);
    case "group":
      return command.isSubshell ? yield* runSubshell(sh, command.body) : yield* runScript(sh, command.body);
  }
}

function* runSubshell(sh: ShellState, body: Script): Gen<number> {
  const sub = cloneShellState(sh);
  yield* runScript(sub, body);
  sh.status = sub.status;
  return sh.status;
}

function* runIf(sh: ShellState, command: IfCommand): Gen<number> {
  for (const branch of command.branches) {
    yield* runTested(sh, branch.condition);
    if (sh.flow !== undefined) return sh.status;
    if (sh.status === 0) return yield* runScript(sh, branch.body);
  }
  sh.status = 0;
  return command.otherwise === undefined ? 0 : yield* runScript(sh, command.otherwise);
}

/** Runs a condition list: `set -e` does not apply inside it. */
function* runTested(sh: ShellState, script: Script): Gen<number> {
  const saved = sh.isErrexit;
  sh.isErrexit = false;
  yield* runScript(sh, script);
  sh.isErrexit = saved;
  return sh.status;
}

function* runLoop(sh: ShellState, command: LoopCommand): Gen<number> {
  let status = 0;
  sh.loopDepth += 1;
  for (;;) {
    sh.ctx.host.kernel.tick(sh.ctx.proc);
    yield* runTested(sh, command.condition);
    if (sh.flow !== undefined || (sh.status === 0) === command.isUntil) break;
    status = yield* runScript(sh, command.body);
    if (takeLoopFlow(sh) === "break") break;
  }
  sh.loopDepth -= 1;
  sh.status = status;
  return status;
}

function* runFor(sh: ShellState, command: ForCommand): Gen<number> {
  const items = command.items === undefined ? [...sh.positional] : yield* expandWords(sh, command.items);
  if (items instanceof ExpansionFailure) return failExpansion(sh);
  let status = 0;
  sh.loopDepth += 1;
  for (const item of items) {
    sh.ctx.host.kernel.tick(sh.ctx.proc);
    setVar(sh, command.name, item);
    status = yield* runScript(sh, command.body);
    if (takeLoopFlow(sh) === "break") break;
  }
  sh.loopDepth -= 1;
  sh.status = status;
  return status;
}

/** Consumes a break/continue aimed at this loop; "break" when the loop must stop. */
function takeLoopFlow(sh: ShellState): "break" | "continue" | undefined {
  const flow = sh.flow;
  if (flow === undefined) return undefined;
  if (flow.kind !== "break" && flow.kind !== "continue") return "break";
  if (flow.levels > 1) {
    flow.levels -= 1;
    return "break";
  }
  sh.flow = undefined;
  return flow.kind;
}

function* runCase(sh: ShellState, command: CaseCommand): Gen<number> {
  const subject = yield* expandWord(sh, command.subject);
  if (subject instanceof ExpansionFailure) return failExpansion(sh);
  for (const arm of command.arms) {
    for (const patternWord of arm.patterns) {
      const pattern = yield* expandPattern(sh, patternWord);
      if (pattern instanceof ExpansionFailure) return failExpansion(sh);
      if (matchPattern(pattern, subject)) {
        sh.status = 0;
        return yield* runScript(sh, arm.body);
      }
    }
  }
  sh.status = 0;
  return 0;
}

/** A failed ${x?} or $((...)) ends a non-interactive shell with status 2. */
export function failExpansion(sh: ShellState): number {
  sh.status = 2;
  sh.flow = { kind: "exit" };
  return 2;
}

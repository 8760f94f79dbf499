// The simulator's public surface. Everything here is pure: no clock, no randomness, no I/O.
export { simulate } from "./simulate.ts";
export type { ContainerSnapshot, ExecResult, HookRun, ProbeRun, SimEvent, SimInput, SimResult, Snapshot } from "./sim-result.ts";
export type { Problem, ProblemType } from "./admission/problem.ts";

// The simulator's public surface. Everything here is pure: no clock, no randomness, no I/O.
export { admitPod, type Admission } from "./admission/admit-pod.ts";
export { defaultYamlLimits, type YamlLimits } from "./admission/parse-pod-yaml.ts";
export type { Problem, ProblemType } from "./admission/problem.ts";

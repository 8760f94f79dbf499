// What a check found, as data rather than words: a message key and its parameters. The grader
// writes one beside each check's English `message` so that the site can say the same thing in the
// learner's language (app/exercises/[id]/check-message-text.ts). Values the learner or Kubernetes
// wrote (reasons, field paths, phases, event messages, command output) travel verbatim; times are
// whole milliseconds of virtual time; counts are the exercise's own `Count`.
import type { Count } from "./exercise/exercise-schema.ts";

/** The parts of an event an assertion looks for. */
export interface EventPattern {
  reason: string;
  type?: string;
  object?: string;
  messageContains?: string;
  messageMatches?: string;
}

/** The first few events of a trace, for "what happened instead"; `more` counts the rest. */
export interface EventSummary {
  events: { reason: string; atMs: number }[];
  more: number;
}

/** The pod, or one of its containers, whose state a check read. */
export type StateSubject = { kind: "pod" } | { kind: "container" | "initContainer"; name: string };

/** One field of a state check; values are as kubectl shows them (`Running`, `1/1`, `true`). */
export type StateField =
  | { field: "phase" | "STATUS" | "READY" | "node" | "state" | "reason" | "exitCode" | "ready" | "started"; expected: string; seen: string }
  | { field: "condition"; condition: string; expected: string; seen: string }
  | { field: "RESTARTS" | "restartCount"; expected: Count; seen: number };

/** One way an exec's result differed from what was expected. */
export type ExecProblem =
  | { kind: "exitCode"; expected: number; seen: number; stderr: string }
  | { kind: "stdoutContains" | "stdoutMatches"; expected: string; stdout: string }
  | { kind: "stderrContains"; expected: string; stderr: string };

/** What a podField check asked of the field. */
export type PodFieldExpectation =
  | { kind: "set" | "notSet" }
  | { kind: "equals"; value: string }
  | { kind: "contains" | "matches"; value: string };

/**
 * Every message a check can give, by key. Optional fields are `null` rather than absent, so
 * that the JSON stored with a verdict has the same keys whatever the outcome.
 */
export type CheckMessage =
  | { key: "admitted"; params: Record<string, never> }
  | { key: "notAdmitted"; params: { errors: string[] } }
  | { key: "notCheckedRejected"; params: Record<string, never> }
  | { key: "rejected"; params: { error: string } }
  | { key: "notRejected"; params: Record<string, never> }
  | { key: "rejectedElsewhere"; params: { field: string; fields: string[] } }
  | {
      key: "warnings";
      params: { passed: boolean; count: Count; type: string | null; field: string | null; seen: { message: string; line: number | null }[] };
    }
  | { key: "execMissing" | "execPassed"; params: { container: string; atMs: number } }
  | { key: "execFailed"; params: { container: string; atMs: number; problems: ExecProblem[] } }
  | { key: "podNotStored"; params: { path: string } }
  | { key: "podField"; params: { passed: boolean; path: string; expected: PodFieldExpectation | null; seen: string | null } }
  | { key: "podMissing"; params: { atMs: number } }
  | { key: "containerMissing"; params: { atMs: number; subject: StateSubject & { name: string }; names: string[] } }
  | { key: "state"; params: { passed: boolean; atMs: number; subject: StateSubject; fields: StateField[] } }
  | {
      key: "eventCount";
      params: {
        passed: boolean;
        pattern: EventPattern;
        count: Count;
        fromMs: number;
        toMs: number | null;
        seen: number;
        firstAtMs: number | null;
        outside: { count: number; firstAtMs: number } | null;
        unmatchedMessage: string | null;
        happened: EventSummary | null;
      };
    }
  | { key: "eventMissing"; params: { pattern: EventPattern; happened: EventSummary } }
  | { key: "eventOrderWrong"; params: { before: EventPattern; beforeAtMs: number; after: EventPattern; afterAtMs: number } }
  | { key: "eventOrder"; params: { reasons: string[] } };

/** The message keys, one per variant of CheckMessage. */
export type CheckMessageKey = CheckMessage["key"];

// Events → instant marks on a container's lane (kubelet-semantics §17): failed probes from
// `Unhealthy` (P5: one event per failed attempt, none for a success), failed hooks from
// `FailedPostStartHook` / `FailedPreStopHook` (K17, T3), and stops from `Killing` (K18, T2).
// Pod-level events (`pod/NAME`) have no lane; they stay in the events table. A result with the
// simulator's probe and hook records (build-run-marks) draws probes and hooks from those instead,
// so only the Killing marks are taken from events then.
import type { SimEvent } from "@/worker/sim/sim-result.ts";
import { laneKey } from "./build-lanes.ts";

/** The probe types of the `Unhealthy` message prefix, in Kubernetes' words. */
export type ProbeKind = "liveness" | "readiness" | "startup";

/** What a `Killing` says about why the container is stopped (K18). */
export type KillCause = "liveness" | "startup" | "postStart" | "stop" | "other";

interface EventMarkBase {
  laneKey: string;
  timeS: number;
  event: SimEvent;
}

/** One failed (or errored) probe attempt. */
export interface ProbeMark extends EventMarkBase {
  kind: "probe";
  probe: ProbeKind;
}

/** A lifecycle hook that failed. */
export interface HookMark extends EventMarkBase {
  kind: "hook";
  hook: "postStart" | "preStop";
}

/** The kubelet stopping a container. */
export interface KillMark extends EventMarkBase {
  kind: "kill";
  cause: KillCause;
}

/** A mark derived from an event. */
export type EventMark = ProbeMark | HookMark | KillMark;

const OBJECT_PATTERN = /^spec\.(initContainers|containers)\{(.+)\}$/;
const PROBE_PATTERN = /^(Liveness|Readiness|Startup) probe (failed|errored)/;

/** The lane an event's `object` names, or undefined for pod-level events. Pure. */
export function laneKeyOfObject(object: string): string | undefined {
  const match = OBJECT_PATTERN.exec(object);
  if (match === null) return undefined;
  return laneKey(match[1] === "initContainers" ? "init" : "app", match[2]);
}

/** The probe type named at the start of an `Unhealthy` message, if any. Pure. */
export function probeKindOfMessage(message: string): ProbeKind | undefined {
  const match = PROBE_PATTERN.exec(message);
  return match === null ? undefined : (match[1].toLowerCase() as ProbeKind);
}

/** Why a `Killing` was emitted, from its message (K18). Pure. */
export function killCauseOfMessage(message: string): KillCause {
  if (message.startsWith("Stopping container ")) return "stop";
  if (message === "FailedPostStartHook") return "postStart";
  if (message.includes(" failed liveness probe")) return "liveness";
  if (message.includes(" failed startup probe")) return "startup";
  return "other";
}

/**
 * Marks for every container event that has one, in event order; with `hasRunRecords` only the
 * kills (probe attempts and hook runs are drawn from their own records). Pure.
 */
export function buildEventMarks(events: SimEvent[], hasRunRecords = false): EventMark[] {
  const marks: EventMark[] = [];
  for (const event of events) {
    const mark = markOf(event);
    if (mark !== undefined && (!hasRunRecords || mark.kind === "kill")) marks.push(mark);
  }
  return marks;
}

function markOf(event: SimEvent): EventMark | undefined {
  const key = laneKeyOfObject(event.object);
  if (key === undefined) return undefined;
  const base = { laneKey: key, timeS: event.time, event };
  switch (event.reason) {
    case "Unhealthy": {
      const probe = probeKindOfMessage(event.message);
      return probe === undefined ? undefined : { ...base, kind: "probe", probe };
    }
    case "FailedPostStartHook":
      return { ...base, kind: "hook", hook: "postStart" };
    case "FailedPreStopHook":
      return { ...base, kind: "hook", hook: "preStop" };
    case "Killing":
      return { ...base, kind: "kill", cause: killCauseOfMessage(event.message) };
    default:
      return undefined;
  }
}

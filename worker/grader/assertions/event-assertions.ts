// Assertions on the pod's events: present or absent in a time window, how many, and in which
// order they first happened.
import type { SimEvent, SimResult } from "../../sim/sim-result.ts";
import type { EventPattern, EventSummary } from "../check-message.ts";
import type { Assertion } from "../exercise/exercise-schema.ts";
import { countMatches, describeCount, type Outcome, seconds, sentence } from "./outcome.ts";

type EventAssertion = Extract<Assertion, { kind: "event" }>;
type EventOrderAssertion = Extract<Assertion, { kind: "eventOrder" }>;

function matches(event: SimEvent, pattern: EventPattern): boolean {
  return (
    event.reason === pattern.reason &&
    (pattern.type === undefined || event.type === pattern.type) &&
    (pattern.object === undefined || event.object === pattern.object) &&
    (pattern.messageContains === undefined || event.message.includes(pattern.messageContains)) &&
    (pattern.messageMatches === undefined || new RegExp(pattern.messageMatches).test(event.message))
  );
}

function describePattern(pattern: EventPattern): string {
  return sentence(
    `${pattern.type ?? ""} ${pattern.reason} event`.trim(),
    pattern.object && `for ${pattern.object}`,
    pattern.messageContains && `with "${pattern.messageContains}" in its message`,
    pattern.messageMatches && `with a message matching /${pattern.messageMatches}/`,
  );
}

/** Only the pattern's own fields of an assertion, in a fixed key order. */
function patternOf(pattern: EventPattern): EventPattern {
  return {
    reason: pattern.reason,
    ...(pattern.type === undefined ? {} : { type: pattern.type }),
    ...(pattern.object === undefined ? {} : { object: pattern.object }),
    ...(pattern.messageContains === undefined ? {} : { messageContains: pattern.messageContains }),
    ...(pattern.messageMatches === undefined ? {} : { messageMatches: pattern.messageMatches }),
  };
}

const summaryLimit = 8;

/** The first few events that did happen, as data. */
function summaryOf(events: readonly SimEvent[]): EventSummary {
  return {
    events: events.slice(0, summaryLimit).map((e) => ({ reason: e.reason, atMs: Math.round(e.time * 1000) })),
    more: Math.max(0, events.length - summaryLimit),
  };
}

/** A short list of what did happen, for a message: `Scheduled 0 s, Pulling 0 s, ...`. */
function summarize(events: readonly SimEvent[]): string {
  const { events: shown, more } = summaryOf(events);
  if (shown.length === 0) return "no events at all";
  return `${shown.map((e) => `${e.reason} ${seconds(e.atMs)}`).join(", ")}${more > 0 ? `, and ${more} more` : ""}`;
}

/** How many matching events happened in a window, against a count (default: at least one). */
export function checkEvent(trace: SimResult, assertion: EventAssertion): Outcome {
  const from = assertion.from ?? 0;
  const to = assertion.to ?? Number.POSITIVE_INFINITY;
  const inWindow = (e: SimEvent) => e.time * 1000 >= from && e.time * 1000 <= to;
  const found = trace.events.filter((e) => matches(e, assertion) && inWindow(e));
  const count = assertion.count ?? { min: 1 };
  const window = assertion.to === undefined ? (from > 0 ? ` after ${seconds(from)}` : "") : ` between ${seconds(from)} and ${seconds(to)}`;
  const what = `${describeCount(count)} ${describePattern(assertion)}${window}`;
  const data = {
    pattern: patternOf(assertion),
    count,
    fromMs: from,
    toMs: assertion.to ?? null,
    seen: found.length,
    firstAtMs: found.length > 0 ? Math.round(found[0]!.time * 1000) : null,
  };
  if (countMatches(count, found.length)) {
    const when = found.length > 0 ? ` (first at ${seconds(found[0]!.time * 1000)})` : "";
    const messageData = { key: "eventCount" as const, params: { passed: true, ...data, outside: null, unmatchedMessage: null, happened: null } };
    return { passed: true, message: `Saw ${found.length}${when}: expected ${what}.`, messageData };
  }
  const elsewhere = trace.events.filter((e) => matches(e, assertion) && !inWindow(e));
  const outside = elsewhere.length > 0 ? ` ${elsewhere.length} happened outside that window, first at ${seconds(elsewhere[0]!.time * 1000)}.` : "";
  const same = trace.events.filter((e) => e.reason === assertion.reason);
  const isUnmatched = found.length === 0 && elsewhere.length === 0 && same.length > 0;
  const isAbsent = found.length === 0 && elsewhere.length === 0 && same.length === 0;
  const seenReason = isUnmatched ? ` There were ${assertion.reason} events, but not matching: "${same[0]!.message}".` : "";
  const seen = isAbsent ? ` What happened: ${summarize(trace.events)}.` : "";
  const params = {
    passed: false,
    ...data,
    outside: elsewhere.length > 0 ? { count: elsewhere.length, firstAtMs: Math.round(elsewhere[0]!.time * 1000) } : null,
    unmatchedMessage: isUnmatched ? same[0]!.message : null,
    happened: isAbsent ? summaryOf(trace.events) : null,
  };
  return { passed: false, message: `Expected ${what}; saw ${found.length}.${outside}${seenReason}${seen}`, messageData: { key: "eventCount", params } };
}

/** The first occurrences of several events came in the given order. */
export function checkEventOrder(trace: SimResult, assertion: EventOrderAssertion): Outcome {
  const firsts = assertion.events.map((pattern) => ({ pattern, index: trace.events.findIndex((e) => matches(e, pattern)) }));
  const missing = firsts.find((f) => f.index === -1);
  if (missing) {
    return {
      passed: false,
      message: `Expected a ${describePattern(missing.pattern)}, but there was none. What happened: ${summarize(trace.events)}.`,
      messageData: { key: "eventMissing", params: { pattern: patternOf(missing.pattern), happened: summaryOf(trace.events) } },
    };
  }
  for (let i = 1; i < firsts.length; i++) {
    if (firsts[i]!.index < firsts[i - 1]!.index) {
      const [before, after] = [firsts[i - 1]!, firsts[i]!];
      const atMs = (f: typeof before) => Math.round(trace.events[f.index]!.time * 1000);
      const at = (f: typeof before) => seconds(atMs(f));
      return {
        passed: false,
        message: `Expected the ${describePattern(before.pattern)} (at ${at(before)}) before the ${describePattern(after.pattern)} (at ${at(after)}), but it came after.`,
        messageData: {
          key: "eventOrderWrong",
          params: { before: patternOf(before.pattern), beforeAtMs: atMs(before), after: patternOf(after.pattern), afterAtMs: atMs(after) },
        },
      };
    }
  }
  const reasons = assertion.events.map((e) => e.reason);
  return { passed: true, message: `The events happened in the expected order: ${reasons.join(" → ")}.`, messageData: { key: "eventOrder", params: { reasons } } };
}

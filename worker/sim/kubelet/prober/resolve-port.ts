// A probe's or hook's port: a number, a numeric string, or the name of one of the container's
// ports (prober.go findPortByName). An unknown name resolves to 0, which nothing listens on.
import type { EffectiveContainer } from "../effective-spec.ts";

/** The port number a probe or hook targets. Pure. */
export function resolvePort(container: EffectiveContainer, port: number | string): number {
  if (typeof port === "number") return port;
  if (/^\d+$/.test(port)) return Number(port);
  return container.ports.find((candidate) => candidate.name === port)?.containerPort ?? 0;
}

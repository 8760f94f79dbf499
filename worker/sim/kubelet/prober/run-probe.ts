// One probe attempt (prober.go runProbe; kubelet-semantics.md P1–P4, P9). exec runs in the
// container and is answered by its exit, or fails at attempt + timeoutSeconds; httpGet, tcpSocket
// and grpc answer at once from the runtime's network. The runtime has no gRPC, so a grpc probe
// succeeds when its port accepts a connection (SIM).
import type { ExitRecord } from "../../runtime/runtime-types.ts";
import type { KubeletContext } from "../kubelet-context.ts";
import { type ContainerRecord, probeField, type ProbeKind } from "../pod-state.ts";
import { Message } from "../../vocab.ts";
import { finishProbe, probeErrored } from "./probe-result.ts";
import { probeRequest } from "./probe-request.ts";
import { resolvePort } from "./resolve-port.ts";

/** P1: probe output is truncated to 10240 bytes. */
const maxOutputBytes = 10_240;

/** Starts an attempt of the record's `kind` probe. */
export function runProbe(ctx: KubeletContext, record: ContainerRecord, kind: ProbeKind): void {
  const probe = record.spec[probeField[kind]]!;
  const worker = record.probes[kind];
  const attempt = ++worker.attempt;
  worker.isInFlight = true;
  worker.process = undefined;
  const { handler } = probe;
  const sandbox = ctx.state.sandbox!;
  if (handler.kind === "exec") {
    const proc = record.instance === undefined ? undefined : ctx.rt.exec(record.instance, handler.command);
    if (proc === undefined || ("code" in proc && proc.code === "NotRunning")) {
      worker.isInFlight = false;
      return;
    }
    if ("code" in proc) return probeErrored(ctx, record, kind, Message.execProbeError(proc.message));
    worker.process = proc;
    ctx.watchExec(proc, record.instance!.id, { purpose: "probe", container: record.spec.name, probe: kind, attempt });
    // Most probe commands (cat, test) exit at once; their result is routed in this same step, so
    // a timeout task would only find the attempt finished. Skipping it spares the run a step.
    if (proc.state !== "exited") ctx.schedule(ctx.nowMs + probe.timeoutMs, { kind: "probeTimeout", container: record.spec.name, probe: kind, attempt });
    return;
  }
  if (handler.kind === "sleep") return finishProbe(ctx, record, kind, attempt, true, "");
  const port = resolvePort(record.spec, handler.port);
  const host = (handler.kind === "grpc" ? undefined : handler.host) ?? sandbox.spec.podIp;
  if (handler.kind === "httpGet") {
    const url = `${handler.scheme.toLowerCase()}://${host}:${port}${handler.path}`;
    const outcome = ctx.rt.httpGet(sandbox, port, handler.path, host, probeRequest(handler.headers, "probe", host, port));
    if (outcome.kind === "response") {
      const isSuccess = outcome.status >= 200 && outcome.status < 400;
      return finishProbe(ctx, record, kind, attempt, isSuccess, isSuccess ? "" : `HTTP probe failed with statuscode: ${outcome.status}`);
    }
    if (outcome.kind === "refused") return finishProbe(ctx, record, kind, attempt, false, `Get "${url}": dial tcp ${host}:${port}: connect: connection refused`);
    return finishProbe(ctx, record, kind, attempt, false, `Get "${url}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`);
  }
  const connected = ctx.rt.tcpConnect(sandbox, port, host);
  if (connected === "connected") return finishProbe(ctx, record, kind, attempt, true, "");
  if (handler.kind === "grpc") {
    return finishProbe(ctx, record, kind, attempt, false, `timeout: failed to connect service "${host}:${port}" within ${probe.timeoutMs / 1000}s: context deadline exceeded`);
  }
  return finishProbe(ctx, record, kind, attempt, false, `dial tcp ${host}:${port}: ${connected === "refused" ? "connect: connection refused" : "i/o timeout"}`);
}

/** An exec probe's process exited: exit 0 is success; output is stdout and stderr (P1). */
export function onProbeExit(ctx: KubeletContext, record: ContainerRecord, kind: ProbeKind, attempt: number, exit: ExitRecord): void {
  finishProbe(ctx, record, kind, attempt, exit.exitCode === 0, truncate(exit.stdout + exit.stderr));
}

/** timeoutSeconds passed with the exec still running: failure, and the exec is killed (P1, P9). */
export function onProbeTimeout(ctx: KubeletContext, record: ContainerRecord, kind: ProbeKind, attempt: number): void {
  const worker = record.probes[kind];
  if (!worker.isInFlight || worker.attempt !== attempt) return;
  const proc = worker.process;
  const probe = record.spec[probeField[kind]]!;
  const command = probe.handler.kind === "exec" ? probe.handler.command.join(" ") : "";
  finishProbe(ctx, record, kind, attempt, false, `command "${command}" timed out`);
  if (proc !== undefined && proc.state !== "exited") ctx.rt.signalProcess(proc, "KILL");
}

function truncate(output: string): string {
  // A UTF-16 code unit is at most 3 UTF-8 bytes: short output needs no encoding to measure.
  if (output.length * 3 <= maxOutputBytes) return output;
  const bytes = new TextEncoder().encode(output);
  return bytes.length <= maxOutputBytes ? output : new TextDecoder().decode(bytes.slice(0, maxOutputBytes));
}

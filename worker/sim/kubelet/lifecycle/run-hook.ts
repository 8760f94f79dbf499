// postStart and preStop handlers (kubelet-semantics.md K16, K17, T2, T3; pkg/kubelet/lifecycle
// handlers.go). exec runs in the container and finishes when its process exits; httpGet and
// tcpSocket answer at once; sleep finishes after its seconds. Every outcome arrives as a hookDone
// task (or an exec exit), never inside the call, so the start loop is not re-entered.
import type { ExitRecord } from "../../runtime/runtime-types.ts";
import type { Handler } from "../effective-spec.ts";
import { type KubeletContext, podRef } from "../kubelet-context.ts";
import type { ContainerRecord } from "../pod-state.ts";
import { probeRequest } from "../prober/probe-request.ts";
import { resolvePort } from "../prober/resolve-port.ts";

/** Starts a hook of the record's current instance. */
export function runHook(ctx: KubeletContext, record: ContainerRecord, hook: "postStart" | "preStop", handler: Handler): void {
  const attempt = ++record.hookAttempt;
  const container = record.spec.name;
  const id: HookAttempt = { container, hook, attempt };
  ctx.hookStarted(record, hook);
  if (handler.kind === "sleep") return hookDone(ctx, id, true, "", handler.seconds * 1000);
  if (handler.kind === "tcpSocket" || handler.kind === "grpc") return hookDone(ctx, id, true, "");
  if (handler.kind === "httpGet") {
    const sandbox = ctx.state.sandbox!;
    const port = resolvePort(record.spec, handler.port);
    const host = handler.host ?? sandbox.spec.podIp;
    const outcome = ctx.rt.httpGet(sandbox, port, handler.path, host, probeRequest(handler.headers, "lifecycle", host, port));
    const url = `${handler.scheme.toLowerCase()}://${host}:${port}${handler.path}`;
    if (outcome.kind === "response" && outcome.status >= 200 && outcome.status < 400) return hookDone(ctx, id, true, "");
    const error = outcome.kind === "response"
      ? `HTTP status code ${outcome.status}`
      : `Get "${url}": dial tcp ${host}:${port}: ${outcome.kind === "refused" ? "connect: connection refused" : "i/o timeout"}`;
    return hookDone(ctx, id, false, `HTTP lifecycle hook (${handler.path}) for Container "${container}" in Pod "${podRef(ctx.state)}" failed - error: ${error}`);
  }
  const instance = record.instance;
  const proc = instance === undefined ? undefined : ctx.rt.exec(instance, handler.command);
  if (instance === undefined || proc === undefined || "code" in proc) {
    const why = proc !== undefined && "code" in proc ? proc.message : "container not running";
    return hookDone(ctx, id, false, execDetail(ctx, record, handler.command, `rpc error: code = Unknown desc = ${why}`, ""));
  }
  ctx.watchExec(proc, instance.id, { purpose: "hook", container, hook, attempt });
}

/** Which hook attempt an outcome belongs to. */
interface HookAttempt {
  container: string;
  hook: "postStart" | "preStop";
  attempt: number;
}

/**
 * Schedules the attempt's outcome as a hookDone task `afterMs` from now. A module function, not
 * a closure in runHook: tsx (esbuild's keepNames) renames a named closure with an
 * Object.defineProperty call each time it is made, exec hooks included, which never call it.
 */
function hookDone(ctx: KubeletContext, id: HookAttempt, isSuccess: boolean, detail: string, afterMs = 0): void {
  ctx.schedule(ctx.nowMs + afterMs, { kind: "hookDone", ...id, isSuccess, detail, isGraceExpiry: false });
}

/** The hook's exec exited: exit 0 is success, anything else the K17 detail. */
export function hookExecResult(ctx: KubeletContext, record: ContainerRecord, exit: ExitRecord, command: string[]): { isSuccess: boolean; detail: string } {
  if (exit.exitCode === 0) return { isSuccess: true, detail: "" };
  const error = `command '${command.join(" ")}' exited with ${exit.exitCode}: ${exit.stderr}`;
  return { isSuccess: false, detail: execDetail(ctx, record, command, error, exit.stdout + exit.stderr) };
}

function execDetail(ctx: KubeletContext, record: ContainerRecord, command: string[], error: string, output: string): string {
  return `Exec lifecycle hook ([${command.join(" ")}]) for Container "${record.spec.name}" in Pod "${podRef(ctx.state)}" failed - error: ${error}, message: ${JSON.stringify(output)}`;
}

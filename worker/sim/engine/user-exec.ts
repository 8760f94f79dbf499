// The contract's --exec: at its time, `sh -c COMMAND` runs in the container as kubectl exec would.
// A container that is not running gets exit 1 and kubectl's error text; an exec still running
// when the simulation ends is killed then (exit 137) and reported with the output it had.
import type { KubeletContext } from "../kubelet/kubelet-context.ts";
import { execNotRunningError } from "../vocab.ts";
import type { Process } from "../runtime/process/process.ts";
import type { ExitRecord } from "../runtime/runtime-types.ts";
import type { ExecResult, SimInput } from "../sim-result.ts";

/** The requested execs, their results by index, and the processes still running. */
export interface UserExecs {
  requests: SimInput["execs"];
  results: (ExecResult | undefined)[];
  running: Map<number, Process>;
}

/** Starts (or refuses) exec `index` at ctx.nowMs. */
export function runUserExec(ctx: KubeletContext, execs: UserExecs, index: number): void {
  const request = execs.requests[index]!;
  const fail = (stderr: string) => {
    execs.results[index] = { time: ctx.nowMs / 1000, container: request.container, command: request.command, exitCode: 1, stdout: "", stderr };
  };
  const { state } = ctx;
  const record = state.containers.get(request.container);
  if (state.isGone) return fail(`Error from server (NotFound): pods "${state.pod.name}" not found\n`);
  if (record === undefined) return fail(`Error from server (BadRequest): container ${request.container} is not valid for pod ${state.pod.name}\n`);
  if (state.terminalPhase !== undefined) return fail(`error: cannot exec into a container in a completed pod; current phase is ${state.terminalPhase}\n`);
  if (state.isNodeDown) return fail(`Error from server: error dialing backend: dial tcp ${state.hostIp}:10250: connect: no route to host\n`);
  if (!record.isProcessRunning || record.instance === undefined) return fail(execNotRunningError(request.container));
  const proc = ctx.rt.exec(record.instance, ["sh", "-c", request.command]);
  if ("code" in proc) {
    return fail(`error: Internal error occurred: error executing command in container: failed to exec in container: OCI runtime exec failed: exec failed: unable to start container process: ${proc.message}: unknown\n`);
  }
  execs.results[index] = undefined;
  execs.running.set(index, proc);
  ctx.watchExec(proc, record.instance.id, { purpose: "user", index });
}

/** Exec `index` exited. */
export function onUserExecExit(execs: UserExecs, index: number, exit: ExitRecord): void {
  const request = execs.requests[index]!;
  execs.running.delete(index);
  execs.results[index] = { time: request.atMs / 1000, container: request.container, command: request.command, exitCode: exit.exitCode, stdout: exit.stdout, stderr: exit.stderr };
}

/** The results that exist, by time, ties in request order. Pure. */
export function execResults(execs: UserExecs): ExecResult[] {
  const out: { result: ExecResult; index: number }[] = [];
  execs.results.forEach((result, index) => {
    if (result !== undefined) out.push({ result, index });
  });
  out.sort((a, b) => a.result.time - b.result.time || a.index - b.index);
  return out.map((entry) => entry.result);
}

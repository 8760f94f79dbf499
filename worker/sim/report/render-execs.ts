// Each --exec as a terminal would show it: the kubectl command, then what it printed. kubectl
// adds `command terminated with exit code N` on a non-zero exit of the command itself
// (kubectl cmd/exec); errors of kubectl's own, such as a container that is not running, arrive
// already as `error: ...` text on stderr.
import type { ExecResult } from "../sim-result.ts";
import { goDuration } from "./go-duration.ts";

function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

function withNewline(text: string): string {
  return text === "" || text.endsWith("\n") ? text : `${text}\n`;
}

/** One block per exec, in order, each led by its `$ kubectl exec` line. Pure. */
export function renderExecs(podName: string, execs: readonly ExecResult[]): string {
  return execs.map((exec) => {
    const command = `$ kubectl exec ${podName} -c ${exec.container} -- sh -c ${shellQuote(exec.command)}    # at ${goDuration(Math.round(exec.time * 1000))}\n`;
    const isKubectlError = exec.stderr.startsWith("error: ");
    const trailer = exec.exitCode !== 0 && !isKubectlError ? `command terminated with exit code ${exec.exitCode}\n` : "";
    return command + withNewline(exec.stdout) + withNewline(exec.stderr) + trailer;
  }).join("\n");
}

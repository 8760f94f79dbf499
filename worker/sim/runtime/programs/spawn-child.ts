/** Starting a child process in the same container (fork + exec, as one step). */
import type { Process, ProcessBody } from "../process/process.ts";
import type { OutStream } from "../process/streams.ts";
import type { ProgramContext } from "./program.ts";

/**
 * Spawns a child of `parent` in its container's PID namespace and runs it until it first blocks.
 * Undefined when the namespace is full or the start chain is too deep ("can't fork").
 */
export function spawnChild(
  parent: ProgramContext,
  argv: string[],
  stderr: OutStream,
  body: (proc: Process) => ProcessBody,
): Process | undefined {
  const proc = parent.proc;
  return parent.host.kernel.spawn({
    ns: proc.ns, ppid: proc.pid, containerId: proc.containerId, argv, user: proc.user, stderr,
    depth: proc.depth + 1, body,
  });
}

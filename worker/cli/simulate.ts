// The `podlab simulate` subcommand wired to the real simulator; see simulate-command.ts.
import { simulate } from "../sim/simulate.ts";
import { simulateCommand, type SimulateIo } from "./simulate-command.ts";

export type { SimulateIo };

/**
 * Runs `podlab simulate` (argv after the subcommand) and returns the exit status: 0, 1 or 2.
 * Resolves only once standard output has been handed to the OS: the caller exits the process
 * right after, and a pipe would otherwise lose everything past its first 64 KiB.
 */
export async function runSimulate(argv: string[], io: SimulateIo): Promise<number> {
  const code = await simulateCommand(simulate, argv, io);
  await flushed(io.stdout);
  return code;
}

/** Waits for a Node stream's buffered writes (an empty write's callback runs after them); fakes pass through. */
function flushed(stream: SimulateIo["stdout"]): Promise<void> {
  const writable = stream as { writableLength?: unknown; write(text: string, done: () => void): unknown };
  if (typeof writable.writableLength !== "number") return Promise.resolve();
  return new Promise((resolve) => writable.write("", resolve));
}

// The `podlab simulate` subcommand wired to the real simulator; see simulate-command.ts.
import { simulate } from "../sim/simulate.ts";
import { simulateCommand, type SimulateIo } from "./simulate-command.ts";

export type { SimulateIo };

/** Runs `podlab simulate` (argv after the subcommand) and returns the exit status: 0, 1 or 2. */
export function runSimulate(argv: string[], io: SimulateIo): Promise<number> {
  return simulateCommand(simulate, argv, io);
}

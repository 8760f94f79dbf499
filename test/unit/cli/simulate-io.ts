// An in-memory SimulateIo for CLI tests: files in a map, captured stdout and stderr.
import type { SimulateIo } from "../../../worker/cli/simulate-command.ts";

export interface FakeIo extends SimulateIo {
  out: string[];
  err: string[];
}

/** A SimulateIo over `files` (path → text) with `stdinText` on standard input. */
export function fakeIo(files: Record<string, string>, stdinText = ""): FakeIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdin: (async function* () { yield new TextEncoder().encode(stdinText); })(),
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
    readFile: async (path: string) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: "ENOENT" });
      return text;
    },
  };
}

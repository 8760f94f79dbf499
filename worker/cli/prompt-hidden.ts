import { createInterface } from "node:readline";

/**
 * Asks `question` on the terminal and reads one line without echoing it (a password); undefined
 * when standard input is not a terminal.
 */
export function terminalPromptHidden(): ((question: string) => Promise<string>) | undefined {
  if (!process.stdin.isTTY) return undefined;
  return (question) =>
    new Promise((done) => {
      process.stderr.write(question);
      // Echo nothing but line ends: the output stream swallows what readline would print.
      const muted = { write: (text: string) => (text.includes("\n") ? process.stderr.write("\n") : true) };
      const rl = createInterface({ input: process.stdin, output: muted as unknown as NodeJS.WritableStream, terminal: true });
      rl.question("", (answer) => {
        rl.close();
        done(answer);
      });
    });
}

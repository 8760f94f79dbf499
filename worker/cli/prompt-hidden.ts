/**
 * Asks `question` on the terminal and reads one line without echoing it (a password); undefined
 * when standard input is not a terminal. The terminal is put in raw mode while reading, so the
 * typed characters are never shown; Backspace edits, Ctrl+C and Ctrl+D give up.
 */
export function terminalPromptHidden(): ((question: string) => Promise<string>) | undefined {
  const input = process.stdin;
  if (!input.isTTY) return undefined;
  return (question) =>
    new Promise((done, fail) => {
      process.stderr.write(question);
      let line = "";
      const finish = (then: () => void) => {
        input.off("data", onData);
        input.setRawMode(false);
        input.pause();
        process.stderr.write("\n");
        then();
      };
      const onData = (chunk: Buffer) => {
        for (const char of chunk.toString("utf8")) {
          if (char === "\r" || char === "\n") return finish(() => done(line));
          if (char === "\u0003" || char === "\u0004") return finish(() => fail(new Error("cancelled")));
          if (char === "\u007f" || char === "\b") line = line.slice(0, -1);
          else if (char >= " ") line += char;
        }
      };
      input.setRawMode(true);
      input.resume();
      input.on("data", onData);
    });
}

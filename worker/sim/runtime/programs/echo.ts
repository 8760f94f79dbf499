/** `echo`: busybox/dash style; `-n` drops the newline, `-e` (and dash always) interprets escapes. */
import type { ProgramContext } from "./program.ts";
import { writeOut } from "./write-out.ts";

/** The echo program/builtin. */
export function echo(ctx: ProgramContext): number {
  const args = ctx.argv.slice(1);
  let isNewline = true;
  let isEscapes = ctx.host.flavor === "gnu";
  while (args[0] !== undefined && /^-[neE]+$/.test(args[0])) {
    const flags = args.shift()!;
    if (flags.includes("n")) isNewline = false;
    if (flags.includes("e")) isEscapes = true;
    if (flags.includes("E")) isEscapes = false;
  }
  let text = args.join(" ");
  if (isEscapes) {
    const cut = text.indexOf("\\c");
    if (cut >= 0) {
      text = text.slice(0, cut);
      isNewline = false;
    }
    text = unescapeC(text);
  }
  return writeOut(ctx, isNewline ? `${text}\n` : text);
}

/** Interprets C escapes (\n \t \\ \0NNN …) as echo -e and printf do. Pure. */
export function unescapeC(text: string): string {
  return text.replace(/\\(0[0-7]{0,3}|[0-7]{1,3}|x[0-9a-fA-F]{1,2}|.)/g, (_all, esc: string) => {
    const simple: Record<string, string> = { n: "\n", t: "\t", r: "\r", a: "\x07", b: "\b", f: "\f", v: "\v", "\\": "\\", e: "\x1b" };
    if (esc in simple) return simple[esc]!;
    if (esc.startsWith("x")) return String.fromCharCode(parseInt(esc.slice(1), 16));
    if (/^[0-7]/.test(esc)) return String.fromCharCode(parseInt(esc, 8) & 255);
    return `\\${esc}`;
  });
}

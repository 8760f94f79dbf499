/** `grep [-qvicnEFwhl] [-e PATTERN] PATTERN [FILE...]`: status 0 matched, 1 none, 2 error. */
import { failFlavored, reason } from "./fs-messages.ts";
import { lines } from "./head-tail.ts";
import { fail, type ProgramContext } from "./program.ts";
import { compileRegex, type Regex, searchRegex } from "./regex.ts";
import { writeOut } from "./write-out.ts";

/** The grep program (egrep/fgrep map to -E/-F by name). */
export function grep(ctx: ProgramContext): number {
  const flags = new Set<string>();
  const operands: string[] = [];
  let pattern: string | undefined;
  const args = ctx.argv.slice(1);
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === "-e") pattern = args[++i];
    else if (arg.startsWith("-") && arg.length > 1 && operands.length === 0 && pattern === undefined) for (const ch of arg.slice(1)) flags.add(ch);
    else operands.push(arg);
  }
  if (ctx.argv[0]?.endsWith("egrep")) flags.add("E");
  if (ctx.argv[0]?.endsWith("fgrep")) flags.add("F");
  pattern ??= operands.shift();
  if (pattern === undefined) return fail(ctx, "usage: grep [-qvicnEF] PATTERN [FILE]...", 2);
  const source = flags.has("F") ? pattern.replace(/[\\.[\]*^$+?{}()|]/g, "\\$&") : pattern;
  const wordSource = flags.has("w") ? `(^|[^[:alnum:]_])(${source})([^[:alnum:]_]|$)` : source;
  const re = compileRegex(wordSource, flags.has("E") || flags.has("F") || flags.has("w"), flags.has("i"));
  if (typeof re === "string") return fail(ctx, re, 2);
  const files = operands.length === 0 ? ["-"] : operands;
  let isAnyMatch = false;
  let isError = false;
  let out = "";
  for (const file of files) {
    const text = read(ctx, file);
    if (text === undefined) {
      isError = true;
      continue;
    }
    const result = grepText(re, text, flags, files.length > 1 && !flags.has("h") ? `${file}:` : "");
    isAnyMatch ||= result.count > 0;
    if (flags.has("q") && isAnyMatch) return 0;
    if (flags.has("l")) out += result.count > 0 ? `${file}\n` : "";
    else out += flags.has("c") ? `${files.length > 1 ? `${file}:` : ""}${result.count}\n` : result.out;
  }
  if (!flags.has("q")) writeOut(ctx, out);
  return isError && !(flags.has("q") && isAnyMatch) ? 2 : isAnyMatch ? 0 : 1;
}

function grepText(re: Regex, text: string, flags: Set<string>, prefix: string): { count: number; out: string } {
  let count = 0;
  let out = "";
  lines(text).forEach((line, index) => {
    const body = line.endsWith("\n") ? line.slice(0, -1) : line;
    const isMatch = (searchRegex(re, body) !== undefined) !== flags.has("v");
    if (!isMatch) return;
    count += 1;
    out += `${prefix}${flags.has("n") ? `${index + 1}:` : ""}${body}\n`;
  });
  return { count, out };
}

function read(ctx: ProgramContext, file: string): string | undefined {
  if (file === "-") return ctx.stdio.stdin.readAll();
  try {
    return ctx.host.fs.readFile(file, ctx.cwd);
  } catch (caught) {
    const why = reason(caught);
    failFlavored(ctx, `${file}: ${why}`, `${file}: ${why}`);
    return undefined;
  }
}

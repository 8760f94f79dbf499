/**
 * `sed [-n] [-i] [-E|-r] [-e] SCRIPT [FILE...]` with `;`-separated commands: `s/RE/REPL/[gpI]`
 * (any delimiter, `&` and `\1`-`\9` in REPL), `p`, `d`, and `/RE/` or line-number addresses.
 */
import { failFlavored, reason } from "./fs-messages.ts";
import { lines } from "./head-tail.ts";
import { fail, type ProgramContext } from "./program.ts";
import { compileRegex, type Regex, searchRegex } from "./regex.ts";
import { writeOut } from "./write-out.ts";

type Address = { kind: "line"; line: number } | { kind: "regex"; re: Regex } | undefined;
type SedCommand =
  | { kind: "s"; address: Address; re: Regex; replacement: string; isGlobal: boolean; isPrint: boolean }
  | { kind: "p" | "d"; address: Address };

/** The sed program. */
export function sed(ctx: ProgramContext): number {
  let isQuiet = false;
  let isInPlace = false;
  let isExtended = false;
  const scripts: string[] = [];
  const files: string[] = [];
  const args = ctx.argv.slice(1);
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === "-e") scripts.push(args[++i] ?? "");
    else if (/^-[niEr]+$/.test(arg)) {
      isQuiet ||= arg.includes("n");
      isInPlace ||= arg.includes("i");
      isExtended ||= arg.includes("E") || arg.includes("r");
    } else if (scripts.length === 0) scripts.push(arg);
    else files.push(arg);
  }
  const commands = parseCommands(scripts.join("\n"), isExtended);
  if (typeof commands === "string") return fail(ctx, commands);
  let status = 0;
  let out = "";
  for (const file of files.length === 0 ? ["-"] : files) {
    let text: string;
    try {
      text = file === "-" ? ctx.stdio.stdin.readAll() : ctx.host.fs.readFile(file, ctx.cwd);
    } catch (caught) {
      const why = reason(caught);
      status = failFlavored(ctx, `${file}: ${why}`, `can't read ${file}: ${why}`);
      continue;
    }
    const edited = runSed(commands, text, isQuiet);
    if (!isInPlace || file === "-") out += edited;
    else {
      try {
        ctx.host.fs.writeFile(file, ctx.cwd, edited);
      } catch (caught) {
        status = failFlavored(ctx, `${file}: ${reason(caught)}`, `couldn't open temporary file ${file}: ${reason(caught)}`);
      }
    }
  }
  return writeOut(ctx, out) || status;
}

function parseCommands(script: string, isExtended: boolean): SedCommand[] | string {
  const commands: SedCommand[] = [];
  let i = 0;
  while (i < script.length) {
    while (/[\s;]/.test(script[i] ?? "")) i += 1;
    if (i >= script.length) break;
    let address: Address;
    const lineMatch = /^\d+/.exec(script.slice(i));
    if (lineMatch !== null) {
      address = { kind: "line", line: Number(lineMatch[0]) };
      i += lineMatch[0].length;
    } else if (script[i] === "/") {
      const end = findDelimiter(script, i + 1, "/");
      const re = compileRegex(script.slice(i + 1, end), isExtended, false);
      if (typeof re === "string") return `-e expression #1, char ${i + 1}: ${re}`;
      address = { kind: "regex", re };
      i = end + 1;
    }
    const op = script[i];
    if (op === "p" || op === "d") {
      commands.push({ kind: op, address });
      i += 1;
      continue;
    }
    if (op !== "s") return `-e expression #1, char ${i + 1}: unknown command: \`${op ?? ""}'`;
    const parsed = parseSubstitute(script, i, isExtended, address);
    if (typeof parsed === "string") return parsed;
    commands.push(parsed.command);
    i = parsed.end;
  }
  return commands;
}

function parseSubstitute(script: string, at: number, isExtended: boolean, address: Address): { command: SedCommand; end: number } | string {
  const delim = script[at + 1];
  if (delim === undefined) return `-e expression #1, char ${at + 1}: unterminated \`s' command`;
  const patternEnd = findDelimiter(script, at + 2, delim);
  const replacementEnd = findDelimiter(script, patternEnd + 1, delim);
  if (replacementEnd >= script.length) return `-e expression #1, char ${script.length}: unterminated \`s' command`;
  let end = replacementEnd + 1;
  let flags = "";
  while (end < script.length && /[gpI0-9]/.test(script[end]!)) flags += script[end++]!;
  const re = compileRegex(script.slice(at + 2, patternEnd), isExtended, flags.includes("I"));
  if (typeof re === "string") return `-e expression #1, char ${end}: ${re}`;
  const replacement = script.slice(patternEnd + 1, replacementEnd);
  return { command: { kind: "s", address, re, replacement, isGlobal: flags.includes("g"), isPrint: flags.includes("p") }, end };
}

function findDelimiter(text: string, from: number, delim: string): number {
  let i = from;
  while (i < text.length && text[i] !== delim) i += text[i] === "\\" ? 2 : 1;
  return Math.min(i, text.length);
}

function runSed(commands: SedCommand[], text: string, isQuiet: boolean): string {
  let out = "";
  lines(text).forEach((raw, index) => {
    const hasNewline = raw.endsWith("\n");
    let line = hasNewline ? raw.slice(0, -1) : raw;
    let isDeleted = false;
    for (const command of commands) {
      if (!addressMatches(command.address, line, index + 1)) continue;
      if (command.kind === "d") {
        isDeleted = true;
        break;
      }
      if (command.kind === "p") out += `${line}\n`;
      else if (command.kind === "s") {
        const result = substitute(command.re, line, command.replacement, command.isGlobal);
        line = result.text;
        if (result.isChanged && command.isPrint) out += `${line}\n`;
      }
    }
    if (!isDeleted && !isQuiet) out += hasNewline ? `${line}\n` : line;
  });
  return out;
}

function addressMatches(address: Address, line: string, number: number): boolean {
  if (address === undefined) return true;
  return address.kind === "line" ? address.line === number : searchRegex(address.re, line) !== undefined;
}

function substitute(re: Regex, line: string, replacement: string, isGlobal: boolean): { text: string; isChanged: boolean } {
  let out = "";
  let from = 0;
  let isChanged = false;
  while (from <= line.length) {
    const match = searchRegex(re, line, from);
    if (match === undefined) break;
    isChanged = true;
    out += line.slice(from, match.start) + expandReplacement(replacement, line, match.start, match.end, match.groups);
    if (match.end === match.start) {
      out += line.slice(match.end, match.end + 1);
      from = match.end + 1;
    } else from = match.end;
    if (!isGlobal) break;
  }
  return { text: isChanged ? out + line.slice(from) : line, isChanged };
}

function expandReplacement(replacement: string, line: string, start: number, end: number, groups: number[]): string {
  return replacement.replace(/\\([0-9n&\\/])|&/g, (all, esc: string | undefined) => {
    if (all === "&") return line.slice(start, end);
    if (esc === "n") return "\n";
    if (esc !== undefined && /[1-9]/.test(esc)) {
      const g = (Number(esc) - 1) * 2;
      return groups[g] !== undefined && groups[g]! >= 0 ? line.slice(groups[g], groups[g + 1]) : "";
    }
    return esc === "0" ? line.slice(start, end) : esc ?? "";
  });
}

/** `printf FORMAT [ARGS]`: %s %d %i %x %o %c %% and C escapes; the format repeats for extra args. */
import { unescapeC } from "./echo.ts";
import { fail, type ProgramContext } from "./program.ts";
import { writeOut } from "./write-out.ts";

/** The printf program/builtin. */
export function printf(ctx: ProgramContext): number {
  const format = ctx.argv[1];
  if (format === undefined) return fail(ctx, "usage: printf FORMAT [ARGUMENT...]", 2);
  const args = ctx.argv.slice(2);
  let out = "";
  let status = 0;
  let index = 0;
  do {
    out += unescapeC(format).replace(/%([-+ 0#]*)(\d*)(?:\.(\d+))?([sdiouxXcb%])/g, (_all, flags: string, width: string, precision: string | undefined, conv: string) => {
      if (conv === "%") return "%";
      const arg = args[index++] ?? "";
      let text: string;
      if (conv === "s" || conv === "b") text = conv === "b" ? unescapeC(arg) : arg;
      else if (conv === "c") text = arg.charAt(0);
      else {
        const value = arg === "" ? 0 : Number(arg);
        if (!Number.isFinite(value)) {
          fail(ctx, `invalid number '${arg}'`);
          status = 1;
        }
        const int = Math.trunc(Number.isFinite(value) ? value : 0);
        text = conv === "x" ? int.toString(16) : conv === "X" ? int.toString(16).toUpperCase() : conv === "o" ? int.toString(8) : String(int);
      }
      if (precision !== undefined && conv === "s") text = text.slice(0, Number(precision));
      const pad = Number(width || "0") - text.length;
      if (pad <= 0) return text;
      if (flags.includes("-")) return text + " ".repeat(pad);
      return (flags.includes("0") && conv !== "s" ? "0" : " ").repeat(pad) + text;
    });
  } while (index > 0 && index < args.length);
  return writeOut(ctx, out) || status;
}

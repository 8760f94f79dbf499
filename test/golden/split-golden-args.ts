// The `args` file of a golden case: extra command-line arguments, split as a POSIX shell would
// for the simple cases we need: whitespace separates, '...' and "..." quote, \ escapes one char.

/** Splits `text` into arguments. Pure. */
export function splitGoldenArgs(text: string): string[] {
  const args: string[] = [];
  let current: string | null = null;
  let quote: "'" | '"' | null = null;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quote !== null) {
      if (char === quote) quote = null;
      else if (char === "\\" && quote === '"' && index + 1 < text.length) current += text[++index]!;
      else current += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      current ??= "";
    } else if (char === "\\" && index + 1 < text.length) current = (current ?? "") + text[++index]!;
    else if (/\s/.test(char)) {
      if (current !== null) args.push(current);
      current = null;
    } else current = (current ?? "") + char;
  }
  if (current !== null) args.push(current);
  return args;
}

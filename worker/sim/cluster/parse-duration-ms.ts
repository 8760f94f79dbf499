// Durations in the contract's form (`90s`, `2m`, `1m30s`, or a plain number of seconds), plus the
// `h` and `ms` units of Go's time.ParseDuration, turned into whole milliseconds without floats.

const unitMs: Record<string, bigint> = { h: 3_600_000n, m: 60_000n, s: 1000n, ms: 1n };
const partPattern = /(\d+(?:\.\d+)?)(ms|h|m|s)/y;

/** Whole milliseconds of a duration, or null if it is malformed or finer than 1ms. Pure. */
export function parseDurationMs(text: string): number | null {
  if (/^\d+(\.\d+)?$/.test(text)) return partMs(text, unitMs.s!);
  if (text === "") return null;
  partPattern.lastIndex = 0;
  let total = 0;
  while (partPattern.lastIndex < text.length) {
    const start = partPattern.lastIndex;
    const match = partPattern.exec(text);
    if (!match || match.index !== start) return null;
    const ms = partMs(match[1]!, unitMs[match[2]!]!);
    if (ms === null) return null;
    total += ms;
  }
  return total;
}

function partMs(number: string, unit: bigint): number | null {
  const [whole = "", fraction = ""] = number.split(".");
  const scaled = BigInt(whole + fraction) * unit;
  const divisor = 10n ** BigInt(fraction.length);
  return scaled % divisor === 0n ? Number(scaled / divisor) : null;
}

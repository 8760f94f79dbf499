// resource.Quantity as the API server reads and prints it (k8s.io/apimachinery/pkg/api/resource):
// parse `<signedNumber><suffix>`, keep milli precision (finer values round up), and print the
// canonical form the server stores, e.g. `0.5` → `500m`, `1.5Gi` → `1536Mi`, `1000M` → `1G`.

/** A parsed quantity: its value in thousandths, and the suffix family it was written in. */
export interface Quantity {
  milli: bigint;
  format: "DecimalSI" | "BinarySI" | "DecimalExponent";
}

/** The regular expression the API server quotes when a quantity cannot be parsed. */
const splitREString = "^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$";
const splitRE = new RegExp(splitREString);

/** ParseQuantity's error texts, exactly. */
export const quantityErrors = {
  format: `quantities must match the regular expression '${splitREString}'`,
  numeric: "unable to parse numeric part of quantity",
  suffix: "unable to parse quantity's suffix",
};

const binaryExponents: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const decimalExponents: Record<string, number> = { n: -9, u: -6, m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };

/** Parses a quantity string; returns the API server's error text when it cannot. Pure. */
export function parseQuantity(text: string): Quantity | string {
  const match = splitRE.exec(text.trim());
  if (!match) return quantityErrors.format;
  const [, number, suffix] = match as unknown as [string, string, string];
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(number)) return quantityErrors.numeric;
  const scale = suffixScale(suffix);
  if (!scale) return quantityErrors.suffix;
  return { milli: toMilli(number, scale.base, scale.exponent), format: scale.format };
}

function suffixScale(suffix: string): { base: 2 | 10; exponent: number; format: Quantity["format"] } | null {
  if (suffix in binaryExponents) return { base: 2, exponent: binaryExponents[suffix]!, format: "BinarySI" };
  if (suffix in decimalExponents) return { base: 10, exponent: decimalExponents[suffix]!, format: "DecimalSI" };
  const exponent = /^[eE]([-+]?\d+)$/.exec(suffix);
  if (exponent) return { base: 10, exponent: Number(exponent[1]), format: "DecimalExponent" };
  return null;
}

/** number × base^exponent in thousandths, rounded up (away from zero) past milli precision. */
function toMilli(number: string, base: 2 | 10, exponent: number): bigint {
  const negative = number.startsWith("-");
  const [whole = "", fraction = ""] = number.replace(/^[+-]/, "").split(".");
  let numerator = BigInt(`${whole}${fraction}` || "0") * 1000n;
  let denominator = 10n ** BigInt(fraction.length);
  const power = BigInt(base) ** BigInt(Math.abs(exponent));
  if (exponent >= 0) numerator *= power;
  else denominator *= power;
  const milli = (numerator + denominator - 1n) / denominator;
  return negative ? -milli : milli;
}

/** Compares two quantities: negative, zero or positive. Pure. */
export function compareQuantities(a: Quantity, b: Quantity): number {
  return a.milli < b.milli ? -1 : a.milli > b.milli ? 1 : 0;
}

/** The canonical text the API server stores and prints for a quantity. Pure. */
export function formatQuantity(quantity: Quantity): string {
  const { milli } = quantity;
  const sign = milli < 0n ? "-" : "";
  const magnitude = milli < 0n ? -milli : milli;
  const whole = magnitude % 1000n === 0n ? magnitude / 1000n : null;
  if (quantity.format === "BinarySI" && whole !== null && whole >= 1024n) return sign + binaryText(whole);
  if (whole === null) return `${sign}${magnitude}${quantity.format === "DecimalExponent" ? "e-3" : "m"}`;
  return sign + decimalText(whole, quantity.format === "DecimalExponent");
}

function binaryText(value: bigint): string {
  const suffixes = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"];
  let index = 0;
  while (index < suffixes.length - 1 && value % 1024n === 0n) {
    value /= 1024n;
    index++;
  }
  return `${value}${suffixes[index]}`;
}

function decimalText(value: bigint, exponentForm: boolean): string {
  const suffixes = ["", "k", "M", "G", "T", "P", "E"];
  let index = 0;
  while (value !== 0n && index < suffixes.length - 1 && value % 1000n === 0n) {
    value /= 1000n;
    index++;
  }
  if (exponentForm) return index === 0 ? `${value}` : `${value}e${index * 3}`;
  return `${value}${suffixes[index]}`;
}

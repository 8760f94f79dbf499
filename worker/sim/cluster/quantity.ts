// Kubernetes resource quantities (k8s.io/apimachinery/pkg/api/resource, quantity.go), held exactly
// as `mantissa × 10^exponent` with BigInt, so `0.1 + 0.2` style drift cannot happen.
//
// Grammar (the API server's, plus the `n`/`u` suffixes its parser also accepts):
//   quantity ::= [+-] number suffix;  number ::= digits | digits "." [digits] | "." digits
//   suffix   ::= "" n u m k M G T P E | Ki Mi Gi Ti Pi Ei | (e|E) [+-] digits
// Precision below one nano-unit is rounded up, as ParseQuantity does.

/** How a quantity was written, which decides how it is written back (quantity.go, Format). */
export type QuantityFormat = "DecimalSI" | "BinarySI" | "DecimalExponent";

/** An exact quantity: `mantissa × 10^exponent`, exponent ≥ -9. */
export interface Quantity {
  mantissa: bigint;
  exponent: number;
  format: QuantityFormat;
}

/** The API server's text for a malformed quantity (quantity.go, ErrFormatWrong). */
export const quantityFormatMessage =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

const decimalSuffixes: Record<string, number> = { n: -9, u: -6, m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const binarySuffixes: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const numberPattern = /^([+-]?)(\d*)(?:\.(\d*))?(.*)$/;
const minExponent = -9;

/** Parses a quantity string (a YAML number is accepted as its decimal text); null if malformed. Pure. */
export function parseQuantity(text: string | number): Quantity | null {
  const match = numberPattern.exec(String(text));
  if (!match) return null;
  const [, sign = "", whole = "", fraction = "", suffix = ""] = match;
  if (whole === "" && fraction === "") return null;
  const scale = suffixScale(suffix);
  if (scale === null) return null;
  let mantissa = BigInt(whole + fraction) * 2n ** BigInt(scale.binaryPower);
  if (sign === "-") mantissa = -mantissa;
  return roundToNano({ mantissa, exponent: scale.decimalPower - fraction.length, format: scale.format });
}

function suffixScale(suffix: string): { decimalPower: number; binaryPower: number; format: QuantityFormat } | null {
  const decimal = decimalSuffixes[suffix];
  if (decimal !== undefined) return { decimalPower: decimal, binaryPower: 0, format: "DecimalSI" };
  const binary = binarySuffixes[suffix];
  if (binary !== undefined) return { decimalPower: 0, binaryPower: binary, format: "BinarySI" };
  const exponent = /^[eE]([+-]?\d+)$/.exec(suffix);
  if (exponent) return { decimalPower: Number(exponent[1]), binaryPower: 0, format: "DecimalExponent" };
  return null;
}

function roundToNano(quantity: Quantity): Quantity {
  if (quantity.exponent >= minExponent) return quantity;
  const mantissa = ceilDivide(quantity.mantissa, 10n ** BigInt(minExponent - quantity.exponent));
  return { ...quantity, mantissa, exponent: minExponent };
}

/** The value in whole units (bytes, pods), rounded up as Quantity.Value() does. Pure. */
export function quantityValue(quantity: Quantity): bigint {
  return scaledCeil(quantity, 0);
}

/** The value in thousandths (millicores), rounded up as Quantity.MilliValue() does. Pure. */
export function quantityMilliValue(quantity: Quantity): bigint {
  return scaledCeil(quantity, 3);
}

function scaledCeil(quantity: Quantity, digits: number): bigint {
  const power = quantity.exponent + digits;
  if (power >= 0) return quantity.mantissa * 10n ** BigInt(power);
  return ceilDivide(quantity.mantissa, 10n ** BigInt(-power));
}

function ceilDivide(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  return numerator % denominator > 0n ? quotient + 1n : quotient;
}

/**
 * The canonical text kubectl prints (Quantity.String()): no fractional digits, the largest
 * suffix that keeps the value exact; BinarySI falls back to DecimalSI below 1024 or for
 * fractions. Pure.
 */
export function formatQuantity(quantity: Quantity): string {
  if (quantity.mantissa === 0n) return "0";
  const sign = quantity.mantissa < 0n ? "-" : "";
  const magnitude = { ...quantity, mantissa: quantity.mantissa < 0n ? -quantity.mantissa : quantity.mantissa };
  if (magnitude.format === "BinarySI") {
    const binary = formatBinary(magnitude);
    if (binary !== null) return sign + binary;
  }
  return sign + formatDecimal(magnitude);
}

function formatBinary(quantity: Quantity): string | null {
  if (quantity.exponent < 0 && quantity.mantissa % 10n ** BigInt(-quantity.exponent) !== 0n) return null;
  let value = quantityValue(quantity);
  if (value < 1024n) return null;
  let power = 0;
  while (value % 1024n === 0n && power < 60) {
    value /= 1024n;
    power += 10;
  }
  const suffix = Object.keys(binarySuffixes).find((name) => binarySuffixes[name] === power) ?? "";
  return `${value}${suffix}`;
}

function formatDecimal(quantity: Quantity): string {
  let { mantissa, exponent } = quantity;
  while (mantissa % 10n === 0n) {
    mantissa /= 10n;
    exponent += 1;
  }
  // Largest multiple of 3 not above the exponent (and within the suffix table), moving digits into the mantissa.
  let target = Math.floor(exponent / 3) * 3;
  if (quantity.format === "DecimalSI") target = Math.min(target, 18);
  mantissa *= 10n ** BigInt(exponent - target);
  return `${mantissa}${decimalSuffix(target, quantity.format)}`;
}

function decimalSuffix(exponent: number, format: QuantityFormat): string {
  if (format === "DecimalExponent") return exponent === 0 ? "" : `e${exponent}`;
  return Object.keys(decimalSuffixes).find((name) => decimalSuffixes[name] === exponent) ?? "";
}

// Kubernetes resource quantities (k8s.io/apimachinery/pkg/api/resource, quantity.go), held exactly
// as `mantissa × 10^exponent` with BigInt, so `0.1 + 0.2` style drift cannot happen.
//
// The scanner is parseQuantityString's language, not the regular expression the error text quotes:
//   quantity ::= [+-] digits ["." digits] suffix;  digits may be empty ("." and "Mi" are zero)
//   suffix   ::= "" n u m k M G T P E | Ki Mi Gi Ti Pi Ei | (e|E) [+-] digits
// Precision below one nano-unit is rounded away from zero, as ParseQuantity does.

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

/** ParseQuantity's three error texts, exactly (quantity.go ErrFormatWrong, ErrNumeric, ErrSuffix). */
export const quantityErrors = {
  format: quantityFormatMessage,
  numeric: "unable to parse numeric part of quantity",
  suffix: "unable to parse quantity's suffix",
} as const;

const decimalSuffixes: Record<string, number> = { n: -9, u: -6, m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const binarySuffixes: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const scannerPattern = /^([+-]?)(\d*)(?:\.(\d*))?([eEinumkKMGTP]*[+-]?\d*)$/;
const minExponent = -9;
const maxInt32 = 2 ** 31 - 1;
const maxInt64 = 2n ** 63n - 1n;

interface SuffixScale {
  decimalPower: number;
  binaryPower: number;
  format: QuantityFormat;
}

/** Parses a quantity string (a YAML number is accepted as its decimal text); null if malformed. Pure. */
export function parseQuantity(text: string | number): Quantity | null {
  const parsed = parseQuantityOrError(String(text));
  return typeof parsed === "string" ? null : parsed;
}

/**
 * ParseQuantity: the quantity, or the one of `quantityErrors` the API server answers with.
 * No whitespace is trimmed (UnmarshalJSON trims before calling it). Pure.
 */
export function parseQuantityOrError(text: string): Quantity | string {
  const match = scannerPattern.exec(text);
  if (text === "" || !match) return quantityErrors.format;
  const [, sign = "", whole = "", fraction = "", suffix = ""] = match;
  const scale = suffixScale(suffix);
  if (scale === null) return quantityErrors.suffix;
  if (whole === "" && fraction === "" && takesDecimalPath(scale)) return quantityErrors.numeric;
  const magnitude = BigInt(whole + fraction) * 2n ** BigInt(scale.binaryPower);
  const quantity = capBinary(roundToNano({ mantissa: magnitude, exponent: scale.decimalPower - fraction.length, format: scale.format }));
  return sign === "-" ? { ...quantity, mantissa: -quantity.mantissa } : quantity;
}

function suffixScale(suffix: string): SuffixScale | null {
  const decimal = decimalSuffixes[suffix];
  if (decimal !== undefined) return { decimalPower: decimal, binaryPower: 0, format: "DecimalSI" };
  const binary = binarySuffixes[suffix];
  if (binary !== undefined) return { decimalPower: 0, binaryPower: binary, format: "BinarySI" };
  const exponent = /^[eE]([+-]?\d+)$/.exec(suffix);
  // quantitySuffixer.interpret refuses exponents outside int32 rather than truncating them.
  if (exponent && Math.abs(Number(exponent[1])) <= maxInt32) return { decimalPower: Number(exponent[1]), binaryPower: 0, format: "DecimalExponent" };
  return null;
}

/**
 * Whether ParseQuantity leaves its int64 fast path for inf.Dec, whose SetString fails (ErrNumeric)
 * on a number without digits: below nano, or a binary suffix too wide for its precision estimate.
 */
function takesDecimalPath(scale: SuffixScale): boolean {
  return scale.decimalPower < minExponent || scale.binaryPower >= 50;
}

function roundToNano(quantity: Quantity): Quantity {
  if (quantity.exponent >= minExponent) return quantity;
  return { ...quantity, mantissa: shiftAwayFromZero(quantity.mantissa, minExponent - quantity.exponent), exponent: minExponent };
}

/** ParseQuantity caps BinarySI amounts at the largest int64 (its maxAllowed). */
function capBinary(quantity: Quantity): Quantity {
  if (quantity.format !== "BinarySI") return quantity;
  const cap: Quantity = { mantissa: maxInt64, exponent: 0, format: "BinarySI" };
  return compareQuantities(quantity, cap) > 0 ? cap : quantity;
}

/** The value in whole units (bytes, pods), rounded away from zero as Quantity.Value() does. Pure. */
export function quantityValue(quantity: Quantity): bigint {
  return scaledValue(quantity, 0);
}

/** The value in thousandths (millicores), rounded away from zero as Quantity.MilliValue() does. Pure. */
export function quantityMilliValue(quantity: Quantity): bigint {
  return scaledValue(quantity, 3);
}

function scaledValue(quantity: Quantity, digits: number): bigint {
  const power = quantity.exponent + digits;
  if (power >= 0) return quantity.mantissa * 10n ** BigInt(power);
  return shiftAwayFromZero(quantity.mantissa, -power);
}

/** mantissa ÷ 10^digits, rounded away from zero (int64Amount's negativeScaleInt64). */
function shiftAwayFromZero(mantissa: bigint, digits: number): bigint {
  if (mantissa === 0n) return 0n;
  const away = mantissa < 0n ? -1n : 1n;
  if (digits > digitCount(mantissa)) return away;
  const divisor = 10n ** BigInt(digits);
  return mantissa % divisor === 0n ? mantissa / divisor : mantissa / divisor + away;
}

function digitCount(mantissa: bigint): number {
  return (mantissa < 0n ? -mantissa : mantissa).toString().length;
}

/** Quantity.Cmp: negative, zero or positive as `a` is below, equal to or above `b`. Pure. */
export function compareQuantities(a: Quantity, b: Quantity): number {
  const signs = signOf(a.mantissa) - signOf(b.mantissa);
  if (signs !== 0 || a.mantissa === 0n) return signs;
  // Same sign: a different order of magnitude decides without expanding huge exponents.
  const magnitudes = digitCount(a.mantissa) + a.exponent - (digitCount(b.mantissa) + b.exponent);
  if (magnitudes !== 0) return magnitudes * signOf(a.mantissa);
  const exponent = Math.min(a.exponent, b.exponent);
  return signOf(alignedMantissa(a, exponent) - alignedMantissa(b, exponent));
}

/** Quantity.Add: the exact sum, in `a`'s format unless `a` is zero. Pure. */
export function addQuantities(a: Quantity, b: Quantity): Quantity {
  const exponent = Math.min(a.exponent, b.exponent);
  const format = a.mantissa === 0n ? b.format : a.format;
  return { mantissa: alignedMantissa(a, exponent) + alignedMantissa(b, exponent), exponent, format };
}

function alignedMantissa(quantity: Quantity, exponent: number): bigint {
  return quantity.mantissa * 10n ** BigInt(quantity.exponent - exponent);
}

function signOf(value: bigint): number {
  return value < 0n ? -1 : value > 0n ? 1 : 0;
}

/**
 * The canonical text kubectl prints (Quantity.String()): no fractional digits, the largest
 * suffix that keeps the value exact; BinarySI falls back to DecimalSI below 1024 or for
 * fractions, DecimalSI to an exponent past `E`. Pure.
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
  // Largest multiple of 3 not above the exponent, moving digits into the mantissa.
  const target = Math.floor(exponent / 3) * 3;
  mantissa *= 10n ** BigInt(exponent - target);
  return `${mantissa}${decimalSuffix(target, quantity.format)}`;
}

/** DecimalSI has no suffix past `E` (10^18), so larger values take exponent notation (quantity.go, CanonicalizeBytes). */
function decimalSuffix(exponent: number, format: QuantityFormat): string {
  const name = Object.keys(decimalSuffixes).find((suffix) => decimalSuffixes[suffix] === exponent);
  if (format !== "DecimalExponent" && name !== undefined) return name;
  return exponent === 0 ? "" : `e${exponent}`;
}

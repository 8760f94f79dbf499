import { describe, expect, it } from "vitest";
import {
  addQuantities,
  compareQuantities,
  formatQuantity,
  parseQuantity,
  parseQuantityOrError,
  quantityErrors,
  quantityMilliValue,
  quantityValue,
} from "../../../../worker/sim/cluster/quantity.ts";

// Expected values follow k8s.io/apimachinery/pkg/api/resource (quantity.go, quantity_test.go):
// MilliValue/Value round away from zero, String prints the canonical form.
const cases = [
  { name: "millicores", text: "100m", milli: 100n, value: 1n, canonical: "100m" },
  { name: "a half as a decimal", text: "0.5", milli: 500n, value: 1n, canonical: "500m" },
  { name: "a leading dot", text: ".5", milli: 500n, value: 1n, canonical: "500m" },
  { name: "a trailing dot", text: "5.", milli: 5000n, value: 5n, canonical: "5" },
  { name: "one", text: "1", milli: 1000n, value: 1n, canonical: "1" },
  { name: "a YAML number", text: 4, milli: 4000n, value: 4n, canonical: "4" },
  { name: "an explicit plus sign", text: "+2", milli: 2000n, value: 2n, canonical: "2" },
  { name: "1000m folds to 1", text: "1000m", milli: 1000n, value: 1n, canonical: "1" },
  { name: "2000m folds to 2", text: "2000m", milli: 2000n, value: 2n, canonical: "2" },
  { name: "1500m stays milli", text: "1500m", milli: 1500n, value: 2n, canonical: "1500m" },
  { name: "a kibibyte", text: "1Ki", milli: 1024000n, value: 1024n, canonical: "1Ki" },
  { name: "mebibytes", text: "128Mi", milli: 134217728000n, value: 134217728n, canonical: "128Mi" },
  { name: "gibibytes", text: "8Gi", milli: 8589934592000n, value: 8589934592n, canonical: "8Gi" },
  { name: "a fractional gibibyte", text: "1.5Gi", milli: 1610612736000n, value: 1610612736n, canonical: "1536Mi" },
  { name: "a binary value under 1024", text: "0.5Ki", milli: 512000n, value: 512n, canonical: "512" },
  { name: "a thousandth of a kibibyte", text: ".001Ki", milli: 1024n, value: 2n, canonical: "1024m" },
  { name: "a sub-nano binary fraction rounds up", text: ".000000000001Ki", milli: 1n, value: 1n, canonical: "2n" },
  { name: "1024Ki folds to 1Mi", text: "1024Ki", milli: 1048576000n, value: 1048576n, canonical: "1Mi" },
  { name: "BinarySI is capped at the largest int64", text: "9Ei", milli: 9223372036854775807000n, value: 9223372036854775807n, canonical: "9223372036854775807" },
  { name: "gigabytes", text: "1G", milli: 1000000000000n, value: 1000000000n, canonical: "1G" },
  { name: "1000M folds to 1G", text: "1000M", milli: 1000000000000n, value: 1000000000n, canonical: "1G" },
  { name: "1000k folds to 1M", text: "1000k", milli: 1000000000n, value: 1000000n, canonical: "1M" },
  { name: "1500 keeps its digits", text: "1500", milli: 1500000n, value: 1500n, canonical: "1500" },
  { name: "512 stays plain", text: "512", milli: 512000n, value: 512n, canonical: "512" },
  { name: "bytes without a suffix", text: "128974848", milli: 128974848000n, value: 128974848n, canonical: "128974848" },
  { name: "a decimal exponent", text: "2e3", milli: 2000000n, value: 2000n, canonical: "2e3" },
  { name: "a decimal exponent of six", text: "129e6", milli: 129000000000n, value: 129000000n, canonical: "129e6" },
  { name: "a capital exponent", text: "1E3", milli: 1000000n, value: 1000n, canonical: "1e3" },
  { name: "a fractional exponent form", text: "1.5e3", milli: 1500000n, value: 1500n, canonical: "1500" },
  { name: "a negative exponent", text: "1e-3", milli: 1n, value: 1n, canonical: "1e-3" },
  { name: "exa, beyond float precision", text: "9E", milli: 9000000000000000000000n, value: 9000000000000000000n, canonical: "9E" },
  { name: "DecimalSI past E takes an exponent", text: "1000E", milli: 10n ** 24n, value: 10n ** 21n, canonical: "1e21" },
  { name: "nanocores", text: "1500n", milli: 1n, value: 1n, canonical: "1500n" },
  { name: "micro", text: "2u", milli: 1n, value: 1n, canonical: "2u" },
  { name: "a tenth of a milli keeps nano precision", text: "0.1m", milli: 1n, value: 1n, canonical: "100u" },
  { name: "sub-nano precision rounds up", text: "0.0000000001", milli: 1n, value: 1n, canonical: "1n" },
  { name: "negative sub-nano precision rounds away from zero", text: "-0.0000000001", milli: -1n, value: -1n, canonical: "-1n" },
  { name: "zero", text: "0", milli: 0n, value: 0n, canonical: "0" },
  { name: "zero with a suffix", text: "0Mi", milli: 0n, value: 0n, canonical: "0" },
  { name: "a lone dot is zero", text: ".", milli: 0n, value: 0n, canonical: "0" },
  { name: "a bare suffix is zero", text: "Mi", milli: 0n, value: 0n, canonical: "0" },
  { name: "minus one", text: "-1", milli: -1000n, value: -1n, canonical: "-1" },
  { name: "a negative value rounds away from zero", text: "-1500m", milli: -1500n, value: -2n, canonical: "-1500m" },
  { name: "0.1 + 0.2 drift cannot happen", text: "0.3", milli: 300n, value: 1n, canonical: "300m" },
];

const malformed = [
  { name: "an empty string", text: "", error: quantityErrors.format },
  { name: "a unit word after a space", text: "1 cpu", error: quantityErrors.format },
  { name: "a space before the suffix", text: "1 Gi", error: quantityErrors.format },
  { name: "leading whitespace", text: " 1", error: quantityErrors.format },
  { name: "two dots", text: "1.2.3", error: quantityErrors.format },
  { name: "a dot after the suffix", text: "1.1.M", error: quantityErrors.format },
  { name: "a sign inside the number", text: "1+1.0M", error: quantityErrors.format },
  { name: "a letter outside the suffix alphabet", text: "0.1am", error: quantityErrors.format },
  { name: "a unit word", text: "1GB", error: quantityErrors.format },
  { name: "a doubled suffix", text: "1kk", error: quantityErrors.suffix },
  { name: "a lowercase binary suffix", text: "1mi", error: quantityErrors.suffix },
  { name: "a lone i", text: ".5i", error: quantityErrors.suffix },
  { name: "an exponent without digits", text: "1e", error: quantityErrors.suffix },
  { name: "an exponent with only a sign", text: "-3.01e-", error: quantityErrors.suffix },
  { name: "an exponent past int32", text: "1e4294967297", error: quantityErrors.suffix },
  { name: "no digits before a wide binary suffix", text: "Ei", error: quantityErrors.numeric },
  { name: "no digits before a sub-nano exponent", text: "-.e-10", error: quantityErrors.numeric },
];

describe("parseQuantity", () => {
  it.each(cases)("parses $name ($text)", ({ text, milli, value }) => {
    const quantity = parseQuantity(text);
    expect(quantity).not.toBeNull();
    expect(quantityMilliValue(quantity!)).toBe(milli);
    expect(quantityValue(quantity!)).toBe(value);
  });

  it.each(malformed)("refuses $name ($text)", ({ text }) => {
    expect(parseQuantity(text)).toBeNull();
  });
});

describe("parseQuantityOrError", () => {
  it.each(malformed)("names the API server's error for $name ($text)", ({ text, error }) => {
    expect(parseQuantityOrError(text)).toBe(error);
  });
});

describe("formatQuantity", () => {
  it.each(cases)("prints $name as $canonical", ({ text, canonical }) => {
    expect(formatQuantity(parseQuantity(text)!)).toBe(canonical);
  });
});

const comparisons = [
  { name: "zeros", a: "0", b: "0", sign: 0 },
  { name: "more millicores", a: "100m", b: "50m", sign: 1 },
  { name: "fewer millicores", a: "50m", b: "100m", sign: -1 },
  { name: "terabytes over gibibytes", a: "10000T", b: "100Gi", sign: 1 },
  { name: "the same value in two suffixes", a: "1", b: "1000m", sign: 0 },
  { name: "nano precision", a: "1500n", b: "2u", sign: -1 },
  { name: "a negative below a positive", a: "-1", b: "1m", sign: -1 },
  { name: "two negatives", a: "-2", b: "-1", sign: -1 },
  { name: "a huge exponent", a: "1e2147483647", b: "1", sign: 1 },
];

describe("compareQuantities", () => {
  it.each(comparisons)("orders $name ($a vs $b)", ({ a, b, sign }) => {
    expect(Math.sign(compareQuantities(parseQuantity(a)!, parseQuantity(b)!))).toBe(sign);
  });
});

const sums = [
  { name: "nano values", a: "1500n", b: "500n", sum: "2u" },
  { name: "zero takes the other's format", a: "0", b: "1Gi", sum: "1Gi" },
  { name: "binary values", a: "1Gi", b: "512Mi", sum: "1536Mi" },
];

describe("addQuantities", () => {
  it.each(sums)("adds $name ($a + $b)", ({ a, b, sum }) => {
    expect(formatQuantity(addQuantities(parseQuantity(a)!, parseQuantity(b)!))).toBe(sum);
  });
});

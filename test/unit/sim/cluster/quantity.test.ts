import { describe, expect, it } from "vitest";
import {
  formatQuantity,
  parseQuantity,
  quantityMilliValue,
  quantityValue,
} from "../../../../worker/sim/cluster/quantity.ts";

// Expected values follow k8s.io/apimachinery/pkg/api/resource: MilliValue/Value round up, String
// prints the canonical form.
const cases = [
  { name: "millicores", text: "100m", milli: 100n, value: 1n, canonical: "100m" },
  { name: "a half as a decimal", text: "0.5", milli: 500n, value: 1n, canonical: "500m" },
  { name: "a leading dot", text: ".5", milli: 500n, value: 1n, canonical: "500m" },
  { name: "a trailing dot", text: "5.", milli: 5000n, value: 5n, canonical: "5" },
  { name: "one", text: "1", milli: 1000n, value: 1n, canonical: "1" },
  { name: "a YAML number", text: 4, milli: 4000n, value: 4n, canonical: "4" },
  { name: "an explicit plus sign", text: "+2", milli: 2000n, value: 2n, canonical: "2" },
  { name: "1000m folds to 1", text: "1000m", milli: 1000n, value: 1n, canonical: "1" },
  { name: "1500m stays milli", text: "1500m", milli: 1500n, value: 2n, canonical: "1500m" },
  { name: "mebibytes", text: "128Mi", milli: 134217728000n, value: 134217728n, canonical: "128Mi" },
  { name: "gibibytes", text: "8Gi", milli: 8589934592000n, value: 8589934592n, canonical: "8Gi" },
  { name: "a fractional gibibyte", text: "1.5Gi", milli: 1610612736000n, value: 1610612736n, canonical: "1536Mi" },
  { name: "a binary value under 1024", text: "0.5Ki", milli: 512000n, value: 512n, canonical: "512" },
  { name: "1024Ki folds to 1Mi", text: "1024Ki", milli: 1048576000n, value: 1048576n, canonical: "1Mi" },
  { name: "gigabytes", text: "1G", milli: 1000000000000n, value: 1000000000n, canonical: "1G" },
  { name: "1000k folds to 1M", text: "1000k", milli: 1000000000n, value: 1000000n, canonical: "1M" },
  { name: "1500 keeps its digits", text: "1500", milli: 1500000n, value: 1500n, canonical: "1500" },
  { name: "a decimal exponent", text: "2e3", milli: 2000000n, value: 2000n, canonical: "2e3" },
  { name: "a capital exponent", text: "1E3", milli: 1000000n, value: 1000n, canonical: "1e3" },
  { name: "a fractional exponent form", text: "1.5e3", milli: 1500000n, value: 1500n, canonical: "1500" },
  { name: "a negative exponent", text: "1e-3", milli: 1n, value: 1n, canonical: "1e-3" },
  { name: "exa, beyond float precision", text: "9E", milli: 9000000000000000000000n, value: 9000000000000000000n, canonical: "9E" },
  { name: "nanocores", text: "1500n", milli: 1n, value: 1n, canonical: "1500n" },
  { name: "micro", text: "2u", milli: 1n, value: 1n, canonical: "2u" },
  { name: "sub-nano precision rounds up", text: "0.0000000001", milli: 1n, value: 1n, canonical: "1n" },
  { name: "zero", text: "0", milli: 0n, value: 0n, canonical: "0" },
  { name: "zero with a suffix", text: "0Mi", milli: 0n, value: 0n, canonical: "0" },
  { name: "a negative value", text: "-1500m", milli: -1500n, value: -1n, canonical: "-1500m" },
  { name: "0.1 + 0.2 drift cannot happen", text: "0.3", milli: 300n, value: 1n, canonical: "300m" },
];

const malformed = [
  { name: "an empty string", text: "" },
  { name: "a bare suffix", text: "Mi" },
  { name: "a lowercase binary suffix", text: "1mi" },
  { name: "a space before the suffix", text: "1 Gi" },
  { name: "two dots", text: "1.2.3" },
  { name: "a unit word", text: "1GB" },
  { name: "a lone dot", text: "." },
  { name: "an exponent without digits", text: "1e" },
];

describe("parseQuantity", () => {
  it.each(cases)("parses $name ($text)", ({ text, milli, value }) => {
    const quantity = parseQuantity(text);
    expect(quantity).not.toBeNull();
    expect(quantityMilliValue(quantity!)).toBe(milli);
    expect(quantityValue(quantity!)).toBe(value);
  });

  it.each(malformed)("refuses $name", ({ text }) => {
    expect(parseQuantity(text)).toBeNull();
  });
});

describe("formatQuantity", () => {
  it.each(cases)("prints $name as $canonical", ({ text, canonical }) => {
    expect(formatQuantity(parseQuantity(text)!)).toBe(canonical);
  });
});

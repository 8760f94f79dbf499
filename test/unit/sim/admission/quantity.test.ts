import { describe, expect, it } from "vitest";
import { formatQuantity, parseQuantity, quantityErrors } from "../../../../worker/sim/admission/quantity.ts";

// Canonical forms as resource.Quantity.String() prints them (apimachinery api/resource).
const canonical = [
  { written: "0.5", stored: "500m" },
  { written: "1.5Gi", stored: "1536Mi" },
  { written: "1000M", stored: "1G" },
  { written: "2000m", stored: "2" },
  { written: "100m", stored: "100m" },
  { written: "128974848", stored: "128974848" },
  { written: "129e6", stored: "129e6" },
  { written: "1Ki", stored: "1Ki" },
  { written: "512", stored: "512" },
  { written: "0.1m", stored: "1m" },
  { written: "-1", stored: "-1" },
];

describe("quantities", () => {
  it.each(canonical)("stores $written as $stored", ({ written, stored }) => {
    const parsed = parseQuantity(written);
    expect(typeof parsed === "string" ? parsed : formatQuantity(parsed)).toBe(stored);
  });

  const invalid = [
    { written: "", error: quantityErrors.format },
    { written: "1 cpu", error: quantityErrors.format },
    { written: "1.2.3", error: quantityErrors.numeric },
    { written: "1kk", error: quantityErrors.suffix },
  ];
  it.each(invalid)("refuses $written", ({ written, error }) => {
    expect(parseQuantity(written)).toBe(error);
  });
});

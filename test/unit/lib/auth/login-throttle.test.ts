import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { resolveAuthSecret } from "../../../../lib/auth/auth-secret.ts";
import { afterFailure, lockRemainingMs, loginThrottleRule, throttleKey } from "../../../../lib/auth/login-throttle.ts";
import { siteOrigins } from "../../../../lib/auth/auth.ts";

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 29, 8, 0) + minutes * 60_000);

describe("afterFailure", () => {
  it("locks on the fifth failure within the window, for the lock time", () => {
    let row = null;
    for (let failure = 1; failure <= 4; failure++) {
      row = afterFailure(row, at(failure));
      expect(row.lockedUntil).toBeNull();
    }
    row = afterFailure(row, at(5));
    expect(row.failures).toBe(loginThrottleRule.maxFailures);
    expect(row.lockedUntil).toEqual(at(5 + 15));
    expect(lockRemainingMs(row, at(10))).toBe(10 * 60_000);
    expect(lockRemainingMs(row, at(21))).toBe(0);
  });

  it("starts a new window after the old one ends", () => {
    const old = { failures: 4, firstFailedAt: at(0), lockedUntil: null };
    expect(afterFailure(old, at(16))).toEqual({ failures: 1, firstFailedAt: at(16), lockedUntil: null });
  });

  it("starts over after a lock has run out", () => {
    const locked = { failures: 5, firstFailedAt: at(0), lockedUntil: at(15) };
    expect(afterFailure(locked, at(15))).toEqual({ failures: 1, firstFailedAt: at(15), lockedUntil: null });
  });

  it("keys an email without case or spaces, and without storing it", () => {
    expect(throttleKey(" Ada@Example.org ")).toBe(throttleKey("ada@example.org"));
    expect(throttleKey("ada@example.org")).not.toContain("ada");
  });
});

describe("resolveAuthSecret", () => {
  const dir = mkdtempSync(join(tmpdir(), "podlab-secret-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prefers AUTH_SECRET", () => {
    expect(resolveAuthSecret("x".repeat(40), join(dir, "unused"))).toBe("x".repeat(40));
  });

  it("generates one secret on first use, readable only by its owner, and keeps it", () => {
    const path = join(dir, "data", "auth-secret");
    const first = resolveAuthSecret(undefined, path);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(path).mode & 0o077).toBe(0);
    expect(resolveAuthSecret(undefined, path)).toBe(first);
    expect(readFileSync(path, "utf8").trim()).toBe(first);
  });
});

describe("siteOrigins", () => {
  it("accepts both loopback names for a local site", () => {
    expect(siteOrigins({ publicUrl: undefined, port: 3000 })).toEqual({ baseURL: "http://localhost:3000", trustedOrigins: ["http://127.0.0.1:3000"] });
  });
  it("accepts only PUBLIC_URL's origin when it is set", () => {
    expect(siteOrigins({ publicUrl: "https://podlab.example.org/", port: 3000 })).toEqual({ baseURL: "https://podlab.example.org", trustedOrigins: [] });
  });
});

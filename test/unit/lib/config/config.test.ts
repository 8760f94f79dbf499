import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../../../lib/config/config.ts";

describe("parseConfig", () => {
  it("serves one machine with no settings at all", () => {
    expect(parseConfig({})).toMatchObject({
      PORT: 3000,
      DATABASE_URL: "file:./data/podlab.db",
      REDIS_URL: "redis://127.0.0.1:6379",
      QUEUE_PREFIX: "podlab",
      WORKERS: 1,
      TRUST_PROXY: false,
    });
  });

  it("trusts a proxy's X-Forwarded-For only with TRUST_PROXY=1", () => {
    expect(parseConfig({ TRUST_PROXY: "1" }).TRUST_PROXY).toBe(true);
    expect(parseConfig({ TRUST_PROXY: "0" }).TRUST_PROXY).toBe(false);
  });

  it("reads numbers from strings and treats empty values as unset", () => {
    expect(parseConfig({ PORT: "8080", WORKER_CONCURRENCY: "8", REDIS_URL: "" })).toMatchObject({
      PORT: 8080,
      WORKER_CONCURRENCY: 8,
      REDIS_URL: "redis://127.0.0.1:6379",
    });
  });

  it("takes a PostgreSQL URL for PostgreSQL mode", () => {
    expect(parseConfig({ DATABASE_URL: "postgresql://podlab@db.internal:5432/podlab" }).DATABASE_URL).toBe("postgresql://podlab@db.internal:5432/podlab");
    expect(parseConfig({ DATABASE_URL: "postgres://podlab@db.internal/podlab" }).DATABASE_URL).toBe("postgres://podlab@db.internal/podlab");
  });

  const badCases = [
    { name: "a port out of range", env: { PORT: "70000" }, variable: "PORT" },
    { name: "a non-Redis URL", env: { REDIS_URL: "http://localhost:6379" }, variable: "REDIS_URL" },
    { name: "a MySQL URL", env: { DATABASE_URL: "mysql://root@localhost/podlab" }, variable: "DATABASE_URL" },
    { name: "a bare file path", env: { DATABASE_URL: "./data/podlab.db" }, variable: "DATABASE_URL" },
    { name: "negative workers", env: { WORKERS: "-1" }, variable: "WORKERS" },
    { name: "a prefix with a colon", env: { QUEUE_PREFIX: "a:b" }, variable: "QUEUE_PREFIX" },
    { name: "TRUST_PROXY other than 0 or 1", env: { TRUST_PROXY: "yes" }, variable: "TRUST_PROXY" },
  ];
  it.each(badCases)("refuses $name, naming the variable", ({ env, variable }) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(variable);
  });
});

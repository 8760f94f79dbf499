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
    });
  });

  it("reads numbers from strings and treats empty values as unset", () => {
    expect(parseConfig({ PORT: "8080", WORKER_CONCURRENCY: "8", REDIS_URL: "" })).toMatchObject({
      PORT: 8080,
      WORKER_CONCURRENCY: 8,
      REDIS_URL: "redis://127.0.0.1:6379",
    });
  });

  const badCases = [
    { name: "a port out of range", env: { PORT: "70000" }, variable: "PORT" },
    { name: "a non-Redis URL", env: { REDIS_URL: "http://localhost:6379" }, variable: "REDIS_URL" },
    { name: "a PostgreSQL URL before PostgreSQL mode exists", env: { DATABASE_URL: "postgres://x" }, variable: "DATABASE_URL" },
    { name: "zero workers", env: { WORKERS: "0" }, variable: "WORKERS" },
    { name: "a prefix with a colon", env: { QUEUE_PREFIX: "a:b" }, variable: "QUEUE_PREFIX" },
  ];
  it.each(badCases)("refuses $name, naming the variable", ({ env, variable }) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(variable);
  });
});

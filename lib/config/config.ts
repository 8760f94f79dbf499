import { z } from "zod";
import { defaultDatabaseUrl } from "./database-url.ts";

const positiveInt = z.coerce.number().int().positive();

/** Every setting PodLab reads from the environment, with defaults that serve one machine. */
const configSchema = z.object({
  PORT: positiveInt.max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "use a SQLite file: URL (file:./data/podlab.db) or a PostgreSQL one (postgresql://user@host:5432/podlab)")
    .default(defaultDatabaseUrl),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).default("redis://127.0.0.1:6379"),
  /** BullMQ key prefix: tests use their own so they never touch a running site's queue. */
  QUEUE_PREFIX: z.string().regex(/^[A-Za-z0-9_-]+$/).default("podlab"),
  /** Worker processes `podlab start` runs beside the web server; 0 runs the web server alone. */
  WORKERS: z.coerce.number().int().min(0).max(64).default(1),
  /** Jobs one worker process grades at once. */
  WORKER_CONCURRENCY: positiveInt.max(256).default(4),
  /** A job whose worker stops renewing its lock for this long is handed to another worker. */
  JOB_LOCK_MS: positiveInt.min(1000).default(30_000),
  /** A submission still queued or running after this long is put back on the queue. */
  REQUEUE_AFTER_MS: positiveInt.min(1000).default(120_000),
  /** Longest one submission may take to grade; past it the submission fails (a retry would repeat it). */
  GRADING_TIMEOUT_MS: positiveInt.min(100).default(10_000),
  /** Largest Pod YAML accepted, in bytes of UTF-8. */
  MAX_YAML_BYTES: positiveInt.max(4 * 1024 * 1024).default(128 * 1024),
  /**
   * Signs session cookies (32+ characters). Unset, PodLab keeps a generated one in data/auth-secret
   * (lib/auth/auth-secret.ts). Several web servers must share one.
   */
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters; e.g. openssl rand -base64 32").optional(),
  /**
   * The address people open PodLab at, e.g. https://podlab.example.org. Sign-in accepts requests
   * only from this origin, and an https address makes the cookies Secure. Unset, it is
   * http://localhost:PORT (http://127.0.0.1:PORT is accepted too).
   */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * 1: the web server keeps the X-Forwarded-For a client sends, for a reverse proxy in front that
   * sets it. 0 (default): it is replaced by the connection's own address, so a client reaching
   * PodLab directly cannot pick the address the per-address sign-in and sign-up limits count.
   */
  TRUST_PROXY: z.enum(["0", "1"]).default("0").transform((value) => value === "1"),
  /** Submissions one learner may make per minute; past it the API answers 429 with Retry-After. */
  SUBMISSIONS_PER_MINUTE: positiveInt.max(1000).default(10),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Config = z.infer<typeof configSchema>;

/** Thrown when the environment holds a setting PodLab cannot use. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  readonly code = "config_invalid";
}

/** Parses settings from an environment; throws ConfigError naming every bad variable. Pure. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const result = configSchema.safeParse(present);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration. ${problems.join("; ")}`);
}

let cached: Config | undefined;

/** The process's configuration, read from process.env once. */
export function getConfig(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}

// Nothing secret reaches the browser: the built client files (.next/static) hold no session
// secret, no server setting's name and no server-only package.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildIfStale } from "../../worker/cli/build-if-stale.ts";
import { projectRoot } from "../support/test-env.ts";

const staticDir = join(projectRoot, ".next", "static");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

let client: { path: string; text: string }[];

beforeAll(() => {
  buildIfStale(projectRoot);
  client = filesUnder(staticDir)
    .filter((path) => /\.(js|css|html|json|map|txt)$/.test(path))
    .map((path) => ({ path, text: readFileSync(path, "utf8") }));
});

describe("client bundle", () => {
  it("holds client code to check", () => {
    expect(client.filter((file) => file.path.endsWith(".js")).length).toBeGreaterThan(5);
  });

  const forbidden = [
    "AUTH_SECRET",
    "BETTER_AUTH_SECRET",
    "DATABASE_URL",
    "REDIS_URL",
    "PUBLIC_URL",
    "podlab.session_token",
    "@node-rs/argon2",
    "$argon2id$",
    "PrismaClient",
    "ioredis",
  ];
  it.each(forbidden)("does not contain %s", (needle) => {
    expect(client.filter((file) => file.text.includes(needle)).map((file) => file.path)).toEqual([]);
  });

  it("does not contain this machine's generated session secret", () => {
    const secretFile = join(projectRoot, "data", "auth-secret");
    if (!existsSync(secretFile)) return;
    const secret = readFileSync(secretFile, "utf8").trim();
    expect(client.filter((file) => file.text.includes(secret)).map((file) => file.path)).toEqual([]);
  });
});

import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * The secret that signs session cookies: AUTH_SECRET when set, else the one kept in `path`
 * (data/auth-secret), generated on first use so a fresh machine starts with one command.
 * Several processes may race to create it: each writes a file of its own and links it into place,
 * so the file is never seen half-written, the first link wins and everyone reads that one.
 */
export function resolveAuthSecret(fromEnv: string | undefined, path: string): string {
  if (fromEnv) return fromEnv;
  try {
    return readSecret(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(dirname(path), { recursive: true });
  const ownCopy = `${path}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(ownCopy, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600 });
  try {
    linkSync(ownCopy, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    unlinkSync(ownCopy);
  }
  return readSecret(path);
}

function readSecret(path: string): string {
  const secret = readFileSync(path, "utf8").trim();
  if (secret.length < 32) throw new Error(`${path} holds no usable secret (under 32 characters); delete it to generate a new one`);
  return secret;
}

import { resolve } from "node:path";
import { getConfig } from "../config/config.ts";
import { getDb } from "../db/client.ts";
import { databaseKind } from "../db/database-kind.ts";
import { getLogger } from "../log/logger.ts";
import { resolveAuthSecret } from "./auth-secret.ts";
import { type Auth, createAuth } from "./auth.ts";
import type { SessionSettings } from "./read-session.ts";

/** Where the generated secret is kept, relative to the working directory like the database. */
export const authSecretPath = resolve("data/auth-secret");

const globalForAuth = globalThis as unknown as { podlabAuth?: Auth; podlabSessionSettings?: Promise<SessionSettings> };

/** The process's better-auth instance over the process's PrismaClient, built on first use. */
export function getAuth(): Auth {
  if (!globalForAuth.podlabAuth) {
    const config = getConfig();
    const secret = resolveAuthSecret(config.AUTH_SECRET, authSecretPath);
    globalForAuth.podlabAuth = createAuth(getDb(), { secret, publicUrl: config.PUBLIC_URL, port: config.PORT, database: databaseKind(config.DATABASE_URL), log: getLogger("auth") });
  }
  return globalForAuth.podlabAuth;
}

/** How the process's better-auth names, signs and ages session cookies, from its own context. */
export function getSessionSettings(): Promise<SessionSettings> {
  globalForAuth.podlabSessionSettings ??= getAuth().$context.then((context) => ({
    cookieName: context.authCookies.sessionToken.name,
    secret: context.secret,
    expiresInSeconds: context.sessionConfig.expiresIn,
    updateAgeSeconds: context.sessionConfig.updateAge,
  }));
  return globalForAuth.podlabSessionSettings;
}

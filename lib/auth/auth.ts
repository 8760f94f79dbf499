// PodLab's accounts on better-auth: email and password (argon2id), sessions in the database,
// its per-IP rate limits and origin checks, plus a per-account sign-in throttle. The HTTP API
// is mounted at /api/auth (app/api/auth/[...all]/route.ts); the protections above run only on
// that router, so the site's own forms call it rather than `auth.api` from server actions.
import { betterAuth } from "better-auth/minimal";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import type { Logger } from "pino";
import type { PrismaClient } from "../db/client.ts";
import type { DatabaseKind } from "../db/database-kind.ts";
import { clearLoginFailures, loginRetryAfterSeconds, recordLoginFailure } from "./login-throttle.ts";
import { hashResetIdentifier, resetIdentifierPrefix, resetLinkLifetimeSeconds } from "./reset-link-identifier.ts";
import { deliverResetLink } from "./reset-link-capture.ts";
import { hashPassword, verifyPassword } from "./password-hash.ts";
import { isValidDisplayName } from "./display-name.ts";
import { passwordLimits } from "./password-limits.ts";

export interface AuthSettings {
  /** Signs the session cookie; see auth-secret.ts. */
  secret: string;
  /** Where people open the site (config PUBLIC_URL); undefined means http://localhost:PORT. */
  publicUrl: string | undefined;
  port: number;
  database: DatabaseKind;
  /** Where better-auth's own messages go (a wrong password is logged at warn). */
  log: Logger;
}

const day = 24 * 60 * 60;
const signInPath = "/sign-in/email";

/**
 * Requests one address may make. Generous enough for a class signing in together behind one NAT
 * address; guessing one account's password is stopped by the per-account lock instead.
 */
export const addressLimits = {
  signIn: { window: 60, max: 30 },
  signUp: { window: 60 * 60, max: 60 },
  changePassword: { window: 60, max: 5 },
  resetPassword: { window: 60, max: 10 },
} as const;

/** The origin of the site, and every origin a browser may post from. Pure. */
export function siteOrigins({ publicUrl, port }: Pick<AuthSettings, "publicUrl" | "port">): { baseURL: string; trustedOrigins: string[] } {
  if (publicUrl) return { baseURL: new URL(publicUrl).origin, trustedOrigins: [] };
  // Both loopback names reach a local PodLab; a browser sends whichever was typed.
  return { baseURL: `http://localhost:${port}`, trustedOrigins: [`http://127.0.0.1:${port}`] };
}

function emailOf(body: unknown): string | null {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" && email.length <= 320 ? email : null;
}

/**
 * better-auth takes any `name`; a display name must fit a leaderboard row. A missing one is left
 * to better-auth (required at sign-up, optional in an update).
 */
function assertDisplayName(body: unknown): void {
  const name = (body as { name?: unknown } | undefined)?.name;
  if (name === undefined) return;
  if (typeof name === "string" && isValidDisplayName(name)) return;
  throw new APIError("BAD_REQUEST", { code: "INVALID_DISPLAY_NAME", message: "A display name is 1 to 60 characters." });
}

/**
 * better-auth checks an address's form but not its length: a megabyte-long one made an account
 * (issue 9's hostile-input corpus). 254 characters is the longest an SMTP path allows (RFC 5321
 * §4.5.3.1.3, 256 with its angle brackets).
 */
function assertEmailLength(body: unknown): void {
  const email = (body as { email?: unknown } | undefined)?.email;
  if (typeof email !== "string" || email.length <= 254) return;
  throw new APIError("BAD_REQUEST", { code: "INVALID_EMAIL", message: "An email address is at most 254 characters." });
}

/** Builds the better-auth instance over `db`. One per process: see get-auth.ts. */
export function createAuth(db: PrismaClient, settings: AuthSettings) {
  const { baseURL, trustedOrigins } = siteOrigins(settings);
  return betterAuth({
    appName: "PodLab",
    baseURL,
    basePath: "/api/auth",
    trustedOrigins,
    secret: settings.secret,
    database: prismaAdapter(db, { provider: settings.database === "postgres" ? "postgresql" : "sqlite" }),
    telemetry: { enabled: false },
    logger: { log: (level, message, ...args) => settings.log[level]({ details: args.length > 0 ? args : undefined }, message) },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: passwordLimits.min,
      maxPasswordLength: passwordLimits.max,
      autoSignIn: true,
      password: { hash: hashPassword, verify: verifyPassword },
      // Reset links are made by admins and operators and handed over in person (see
      // create-password-reset-link.ts); using one signs every session of the account out and
      // lifts a sign-in lock, since whoever holds the link was given a fresh start.
      sendResetPassword: deliverResetLink,
      resetPasswordTokenExpiresIn: resetLinkLifetimeSeconds,
      revokeSessionsOnPasswordReset: true,
      onPasswordReset: async ({ user }) => {
        await clearLoginFailures(db, user.email);
        settings.log.info({ userId: user.id }, "password set with a reset link");
      },
    },
    // A reset token in the database is only its hash: a copy of the database opens no account.
    verification: { storeIdentifier: { default: "plain", overrides: { [resetIdentifierPrefix]: { hash: hashResetIdentifier } } } },
    user: {
      fields: { name: "displayName" },
      additionalFields: {
        // input: false — nobody picks their own role; admins (and `podlab user create`) do.
        role: { type: "string", input: false, defaultValue: "student", required: false },
        // The learner's own choice, set from the profile through /update-user.
        hiddenFromLeaderboard: { type: "boolean", input: true, defaultValue: false, required: false },
      },
    },
    // No cookie cache: every request reads the session row, so signing out or changing the
    // password ends a session at once.
    session: { expiresIn: 30 * day, updateAge: day },
    rateLimit: {
      // better-auth enables these only when NODE_ENV is production; PodLab wants them always.
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        [signInPath]: addressLimits.signIn,
        "/sign-up/email": addressLimits.signUp,
        "/change-password": addressLimits.changePassword,
        "/reset-password": addressLimits.resetPassword,
        // Read by the header on every page; a plain session read, limited like any page view.
        "/get-session": false,
      },
    },
    advanced: {
      cookiePrefix: "podlab",
      useSecureCookies: baseURL.startsWith("https://"),
      // Spelled out: under NODE_ENV=test better-auth would skip the origin check by default.
      disableOriginCheck: false,
      disableCSRFCheck: false,
      // Reads a session and its user in one Prisma query instead of two: every signed-in request
      // reads them, and each Prisma query costs a query-plan compilation (~0.5 ms of CPU).
      database: { joins: true },
    },
    // Endpoints for features PodLab does not offer (no mail is sent, no social sign-in): off,
    // so nothing half-configured answers. Asking for a reset link by email is one of them: only
    // server code asks (auth.api, which this list does not stop); /reset-password stays open.
    disabledPaths: [
      "/sign-in/social",
      "/callback/:id",
      "/link-social",
      "/unlink-account",
      "/get-access-token",
      "/refresh-token",
      "/request-password-reset",
      "/send-verification-email",
      "/verify-email",
      "/change-email",
      "/delete-user",
      "/delete-user/callback",
      "/update-session",
    ],
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path === "/sign-up/email" || ctx.path === "/update-user") assertDisplayName(ctx.body);
        if (ctx.path === "/sign-up/email") assertEmailLength(ctx.body);
        if (ctx.path !== signInPath) return;
        const email = emailOf(ctx.body);
        const retryAfter = email ? await loginRetryAfterSeconds(db, email) : 0;
        if (retryAfter > 0) {
          throw new APIError(
            "TOO_MANY_REQUESTS",
            { code: "ACCOUNT_LOCKED", message: "Too many wrong passwords for this account.", retryAfterSeconds: retryAfter },
            { "Retry-After": String(retryAfter) },
          );
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== signInPath) return;
        const email = emailOf(ctx.body);
        if (!email) return;
        const returned = ctx.context.returned;
        if (isAPIError(returned)) {
          if (returned.statusCode === 401) await recordLoginFailure(db, email);
        } else {
          await clearLoginFailures(db, email);
        }
      }),
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

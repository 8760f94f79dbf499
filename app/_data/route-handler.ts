import "server-only";
import { ZodError } from "zod";
import { isDatabaseUnavailable } from "@/lib/db/database-unavailable.ts";
import { isUnstorableText } from "@/lib/db/unstorable-text.ts";
import { AppError } from "@/lib/errors/app-error.ts";
import { getLogger } from "@/lib/log/logger.ts";
import { readLimited } from "@/lib/streams/read-limited.ts";

const log = getLogger("web");

/**
 * JSON body of every error answer: a stable code and one sentence for the person; a 429 also
 * says when to try again, in the body and in Retry-After.
 */
export function errorResponse(error: AppError): Response {
  const { retryAfterSeconds } = error;
  if (retryAfterSeconds === undefined) {
    return Response.json({ error: { code: error.code, message: error.userMessage } }, { status: error.status });
  }
  return Response.json(
    { error: { code: error.code, message: error.userMessage, retryAfterSeconds } },
    { status: error.status, headers: { "retry-after": String(retryAfterSeconds) } },
  );
}

/**
 * Runs a route handler body: expected failures become their status with a clear message; a
 * database that is locked or unreachable for a moment, 503 with Retry-After; anything else is
 * logged and answered with one generic sentence.
 */
export async function handleRoute(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error);
    if (error instanceof ZodError) {
      const first = error.issues[0];
      const where = first?.path.length ? `${first.path.join(".")}: ` : "";
      return errorResponse(new AppError("bad_request", error.message, `Invalid request. ${where}${first?.message ?? ""}`.trim()));
    }
    if (isUnstorableText(error)) {
      return errorResponse(new AppError("bad_request", "NUL character in a database parameter", "The request holds a NUL character, which no PodLab id or text contains."));
    }
    if (isDatabaseUnavailable(error)) {
      log.warn({ err: error }, "database unavailable");
      return errorResponse(
        new AppError("unavailable", "database unavailable", "The database is not answering right now, so nothing was saved. Please try again in a moment.", 5),
      );
    }
    log.error({ err: error }, "unexpected error in route handler");
    return Response.json(
      { error: { code: "internal", message: "Something went wrong on our side. Please try again in a moment." } },
      { status: 500 },
    );
  }
}

/**
 * Refuses cross-site state changes: a browser sends Origin on every cross-origin POST, and it
 * must name this site; a browser's Sec-Fetch-Site, when sent, must say same-origin. Callers
 * without either header are not browsers, so no other site can make them send our cookies.
 * (The session cookie is also SameSite=Lax.)
 */
export function assertSameOrigin(request: Request): void {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none") {
    throw new AppError("forbidden", `sec-fetch-site ${fetchSite}`, "This request must come from the PodLab site itself.");
  }
  const origin = request.headers.get("origin");
  if (origin === null) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (host === null || hostOf(origin) !== host) {
    throw new AppError("forbidden", `cross-origin request from ${origin}`, "This request must come from the PodLab site itself.");
  }
}

/**
 * The host of an Origin header, or null when it is not a URL: browsers send `Origin: null` from
 * sandboxed frames and some redirects, and `new URL("null")` throws, which answered 500.
 */
function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** Reads a JSON body of at most `maxBytes`, checking the declared length first. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) {
    throw new AppError("unsupported_media_type", "body is not JSON", "Send the submission as JSON (Content-Type: application/json).");
  }
  const tooLarge = new AppError("payload_too_large", "request body too large", `The request is larger than ${maxBytes} bytes.`);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge;
  const text = await readTextLimited(request, maxBytes, tooLarge);
  if (text.trim() === "") throw new AppError("bad_request", "empty body", "The request body is empty.");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "body is not valid JSON", "The request body is not valid JSON.");
  }
}

async function readTextLimited(request: Request, maxBytes: number, tooLarge: AppError): Promise<string> {
  if (!request.body) return "";
  const bytes = await readLimited(request.body, maxBytes);
  if (bytes === null) throw tooLarge;
  return new TextDecoder().decode(bytes);
}

// better-auth's HTTP API (sign-up, sign-in, sign-out, password change, session): its rate limits,
// origin checks and the per-account sign-in throttle run here (lib/auth/auth.ts).
import { getAuth } from "@/lib/auth/get-auth.ts";

export const dynamic = "force-dynamic";

/**
 * better-auth's own rate limiter answers 429 with X-Retry-After only; the standard Retry-After
 * is what clients and our forms read.
 */
async function handle(request: Request): Promise<Response> {
  const response = await getAuth().handler(request);
  const retryAfter = response.headers.get("x-retry-after");
  if (response.status === 429 && retryAfter && !response.headers.has("retry-after")) {
    const headers = new Headers(response.headers);
    headers.set("retry-after", retryAfter);
    return new Response(response.body, { status: 429, statusText: response.statusText, headers });
  }
  return response;
}

export const GET = handle;
export const POST = handle;

// The account forms' one way to the auth API (app/api/auth): a same-origin JSON POST, whose
// answer is reduced to what a form needs to say. Safe for client components.

/** How the auth API answered a form. */
export type AuthOutcome =
  | { kind: "ok"; body: unknown }
  | { kind: "refused"; status: number; code: string | null; retryAfterSeconds: number }
  | { kind: "offline" };

/** POSTs `body` to /api/auth`path` and classifies the answer; never throws. */
export async function postAuth(path: string, body: unknown): Promise<AuthOutcome> {
  let response: Response;
  try {
    response = await fetch(`/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      credentials: "same-origin",
    });
  } catch {
    return { kind: "offline" };
  }
  const json = (await response.json().catch(() => null)) as { code?: unknown } | null;
  if (response.ok) return { kind: "ok", body: json };
  const retryAfterSeconds = Number(response.headers.get("retry-after") ?? "") || 0;
  return { kind: "refused", status: response.status, code: typeof json?.code === "string" ? json.code : null, retryAfterSeconds };
}

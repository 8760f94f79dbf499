/** Every failure the web layer reports on purpose, with the HTTP status it maps to. */
export const appErrorStatus = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  unavailable: 503,
} as const;

export type AppErrorCode = keyof typeof appErrorStatus;

/**
 * An expected failure: `message` is for the log, `userMessage` is shown to the person
 * (one or two plain sentences, no ids or stack traces).
 */
export class AppError extends Error {
  override readonly name = "AppError";

  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly userMessage: string = message,
    /** For too_many_requests and unavailable: when to try again, sent as Retry-After. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  get status(): number {
    return appErrorStatus[this.code];
  }
}

/** Thrown when an operation did not settle in time. */
export class TimeoutError extends Error {
  override readonly name = "TimeoutError";
  readonly code = "timeout";
}

/**
 * Settles like `work`, or rejects with TimeoutError after `ms`. Used where a dependency that is
 * down would otherwise keep a request waiting forever (BullMQ waits for Redis to come back).
 */
export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new TimeoutError(`${what} did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

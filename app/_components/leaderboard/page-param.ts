// The query parameters of the leaderboard pages, read safely. Pure.
/** The page number in a `?page=` value: a whole number from 1 to 999,999, else 1. */
export function parsePageParam(value: string | string[] | undefined): number {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text || !/^[1-9][0-9]{0,5}$/.test(text)) return 1;
  return Number(text);
}

/** The cohort id in a `?cohort=` value: null when absent, undefined when it cannot be an id. */
export function parseCohortParam(value: string | string[] | undefined): string | null | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined || text === "") return null;
  return /^[A-Za-z0-9_-]{1,64}$/.test(text) ? text : undefined;
}

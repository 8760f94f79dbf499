/** Longest display name, in characters: it has to fit a leaderboard row. */
export const maxDisplayNameLength = 60;

/** Whether `name` may be shown as a display name: 1 to 60 characters after trimming, no control characters. Pure. */
export function isValidDisplayName(name: string): boolean {
  const trimmed = name.trim();
  // eslint-disable-next-line no-control-regex
  return trimmed.length > 0 && trimmed.length <= maxDisplayNameLength && !/[\u0000-\u001f\u007f]/.test(trimmed);
}

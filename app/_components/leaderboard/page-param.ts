/** The page number in a `?page=` value: a whole number from 1 to 999,999, else 1. Pure. */
export function parsePageParam(value: string | string[] | undefined): number {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text || !/^[1-9][0-9]{0,5}$/.test(text)) return 1;
  return Number(text);
}

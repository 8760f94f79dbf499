/**
 * Virtual Unix milliseconds to UTC calendar fields, without the JS Date object (banned in the
 * pure core). Days-to-civil after Howard Hinnant's public-domain algorithm.
 */

/** UTC calendar fields; month 1-12, weekday 0 = Sunday. */
export interface Civil {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

/** Month and weekday abbreviations as C's locale prints them. */
export const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
export const weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** Converts Unix milliseconds to UTC fields. Pure. */
export function toCivil(unixMs: number): Civil {
  const totalSeconds = Math.floor(unixMs / 1000);
  const days = Math.floor(totalSeconds / 86400);
  const secondOfDay = totalSeconds - days * 86400;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return {
    year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day,
    hour: Math.floor(secondOfDay / 3600), minute: Math.floor((secondOfDay % 3600) / 60), second: secondOfDay % 60,
    weekday: (((days % 7) + 11) % 7),
  };
}

/** Two-digit zero padding. Pure. */
export function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

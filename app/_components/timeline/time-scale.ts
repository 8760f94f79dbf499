/** A linear map from virtual seconds to x in the picture's coordinates. */
export interface TimeScale {
  durationS: number;
  x0: number;
  width: number;
}

/**
 * Coordinates are kept to a hundredth of a unit (a unit is drawn at most 1.25 px wide): more
 * digits (193.44444444444446) changed nothing on screen but were written into every lesson page's
 * HTML and RSC payload, twice per timeline.
 */
function toHundredths(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The x of `timeS`, clamped to the plot. Pure. */
export function timeToX(scale: TimeScale, timeS: number): number {
  if (scale.durationS <= 0) return scale.x0;
  const clamped = Math.min(Math.max(timeS, 0), scale.durationS);
  return toHundredths(scale.x0 + (clamped / scale.durationS) * scale.width);
}

/** The width between the x of `startS` and the x of `endS`. Pure. */
export function spanWidth(scale: TimeScale, startS: number, endS: number): number {
  return toHundredths(timeToX(scale, endS) - timeToX(scale, startS));
}

/** A linear map from virtual seconds to x in the picture's coordinates. */
export interface TimeScale {
  durationS: number;
  x0: number;
  width: number;
}

/** The x of `timeS`, clamped to the plot. Pure. */
export function timeToX(scale: TimeScale, timeS: number): number {
  if (scale.durationS <= 0) return scale.x0;
  const clamped = Math.min(Math.max(timeS, 0), scale.durationS);
  return scale.x0 + (clamped / scale.durationS) * scale.width;
}

// The cohort page's per-exercise figures from the rows read for it. Pure.

/** The median of `values`, the mean of the middle two for an even count; null for none. Pure. */
function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** One exercise's figures over a cohort. */
export interface ExerciseFigures {
  /** Students who solved it (a passing verdict at some time). */
  solvedCount: number;
  /** solvedCount over the cohort's students, 0..1; null for a cohort without students. */
  passRate: number | null;
  /** Median over students who passed of their graded submissions up to and including the first passing one. */
  medianAttemptsToPass: number | null;
}

/**
 * Figures of one exercise: `solvedCount` of `studentCount` students, and `attemptsToPass` of each
 * student who passed. Pure.
 */
export function exerciseFigures(studentCount: number, solvedCount: number, attemptsToPass: readonly number[]): ExerciseFigures {
  return {
    solvedCount,
    passRate: studentCount === 0 ? null : solvedCount / studentCount,
    medianAttemptsToPass: median(attemptsToPass),
  };
}

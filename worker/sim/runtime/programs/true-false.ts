/** `true` and `false`. */

/** Exits 0. */
export function trueProgram(): number {
  return 0;
}

/** Exits 1. */
export function falseProgram(): number {
  return 1;
}

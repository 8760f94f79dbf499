// Cohort join codes: what an instructor reads out or writes on a board and a student types.
// Eight characters from 31 that cannot be mistaken for one another (no 0/O, 1/I/L): 31^8 ≈ 8.5e11
// codes, so with the per-account limit on wrong codes (join-cohort.ts) guessing one is hopeless.
import { randomInt } from "node:crypto";

/** The characters of a join code: digits and capitals without 0, 1, I, L and O. */
export const joinCodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** Characters in a join code. */
const joinCodeLength = 8;

/** A new random join code (crypto random, uniform over the alphabet). */
export function generateJoinCode(): string {
  let code = "";
  for (let index = 0; index < joinCodeLength; index++) code += joinCodeAlphabet[randomInt(joinCodeAlphabet.length)];
  return code;
}

/**
 * A typed code as stored: upper case, without spaces or dashes (people copy "ABCD-EFGH" or type
 * lower case). Pure; does not check the alphabet, a wrong code simply matches nothing.
 */
export function normalizeJoinCode(typed: string): string {
  return typed.replace(/[\s-]+/g, "").toUpperCase();
}

/** Whether `code` (normalised) could be a join code at all; anything else matches no cohort. Pure. */
export function isJoinCodeShape(code: string): boolean {
  return code.length === joinCodeLength && [...code].every((character) => joinCodeAlphabet.includes(character));
}

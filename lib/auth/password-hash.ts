import { type Algorithm, hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults: 19 MiB, 2 passes, 1 lane, OWASP's first recommended
// setting for argon2id (Password Storage Cheat Sheet). The PHC string records the parameters, so
// raising them later still verifies the hashes made before.

/** The package declares its algorithms as a const enum, which isolatedModules cannot read. */
const argon2id = 2 as Algorithm.Argon2id;

/** An argon2id PHC string for `password`. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: argon2id });
}

/** Whether `password` matches an argon2id PHC string; false (not an error) for a malformed hash. */
export async function verifyPassword({ hash: phc, password }: { hash: string; password: string }): Promise<boolean> {
  try {
    return await verify(phc, password);
  } catch {
    return false;
  }
}

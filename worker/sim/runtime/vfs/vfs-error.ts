/** Errno-style failures of the virtual filesystem, with the strerror texts tools print. */

/** The closed list of filesystem error codes. */
export type VfsErrorCode =
  | "ENOENT"
  | "EEXIST"
  | "ENOTDIR"
  | "EISDIR"
  | "EROFS"
  | "ENOTEMPTY"
  | "ELOOP"
  | "EACCES"
  | "EXDEV"
  | "EBUSY"
  | "EFBIG"
  | "EINVAL"
  | "ENAMETOOLONG";

/** strerror(3) texts (glibc wording, as in the debian and busybox images). */
export const strerror: Readonly<Record<VfsErrorCode, string>> = {
  ENOENT: "No such file or directory",
  EEXIST: "File exists",
  ENOTDIR: "Not a directory",
  EISDIR: "Is a directory",
  EROFS: "Read-only file system",
  ENOTEMPTY: "Directory not empty",
  ELOOP: "Too many levels of symbolic links",
  EACCES: "Permission denied",
  EXDEV: "Invalid cross-device link",
  EBUSY: "Device or resource busy",
  EFBIG: "File too large",
  EINVAL: "Invalid argument",
  ENAMETOOLONG: "File name too long",
};

/** Thrown by ContainerFs operations; utilities catch it and print `strerror[code]`. */
export class VfsError extends Error {
  override readonly name = "VfsError";
  readonly code: VfsErrorCode;

  constructor(code: VfsErrorCode) {
    super(strerror[code]);
    this.code = code;
  }
}

/** Narrows an unknown caught value to a VfsError; anything else is a bug and is rethrown. */
export function asVfsError(caught: unknown): VfsError {
  if (caught instanceof VfsError) return caught;
  throw caught;
}

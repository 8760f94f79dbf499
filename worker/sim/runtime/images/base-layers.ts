/**
 * Layers shared by several images: the filesystem skeleton, busybox applets (one program file per
 * applet in /bin, as busybox's hard links), and a Debian-style userland (dash as /bin/sh,
 * coreutils in /usr/bin, merged /usr).
 */
import type { ProgramName } from "../programs/program-table.ts";
import type { ImageFile } from "./image-spec.ts";

const passwd = "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\n";

/** Directories and files every Linux image has. */
export const skeletonLayer: ImageFile[] = [
  { path: "/tmp", kind: "dir", mode: 0o1777 },
  { path: "/root", kind: "dir", mode: 0o700 },
  { path: "/var/log", kind: "dir" },
  { path: "/run", kind: "dir" },
  { path: "/home", kind: "dir" },
  { path: "/proc", kind: "dir", mode: 0o555 },
  { path: "/etc/passwd", kind: "file", data: passwd },
  { path: "/etc/group", kind: "file", data: "root:x:0:\nnogroup:x:65534:\n" },
];

const busyboxApplets: ProgramName[] = [
  "sh", "cat", "cp", "date", "echo", "egrep", "env", "false", "fgrep", "grep", "head", "hostname", "id", "kill",
  "ln", "ls", "mkdir", "mv", "nc", "nslookup", "ps", "pwd", "printf", "rm", "sed", "sleep", "tail", "test", "[",
  "touch", "true", "wc", "wget", "whoami",
];

/** busybox in /bin. */
export const busyboxLayer: ImageFile[] = busyboxApplets.map((program) => ({
  path: `/bin/${program}`, kind: "program", program, mode: 0o755,
}));

const gnuTools: ProgramName[] = [
  "cat", "cp", "date", "echo", "egrep", "env", "false", "fgrep", "grep", "head", "hostname", "id", "kill", "ln", "ls",
  "mkdir", "mv", "pwd", "printf", "rm", "sed", "sleep", "tail", "test", "[", "touch", "true", "wc", "whoami", "getent",
];

/** A Debian/Ubuntu userland: /bin -> usr/bin, dash as sh, bash approximated by the same shell. */
export const gnuLayer: ImageFile[] = [
  { path: "/bin", kind: "symlink", target: "usr/bin" },
  { path: "/sbin", kind: "symlink", target: "usr/sbin" },
  { path: "/usr/sbin", kind: "dir" },
  { path: "/usr/bin/sh", kind: "symlink", target: "dash" },
  { path: "/usr/bin/dash", kind: "program", program: "sh", mode: 0o755 },
  { path: "/usr/bin/bash", kind: "program", program: "sh", mode: 0o755 },
  ...gnuTools.map((program): ImageFile => ({ path: `/usr/bin/${program}`, kind: "program", program, mode: 0o755 })),
];

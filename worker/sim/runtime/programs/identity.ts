/** `env`, `hostname`, `id`, `whoami`: the process's environment and identity. */
import type { ProgramContext } from "./program.ts";
import { writeOut } from "./write-out.ts";

/** `env` with no arguments: prints the environment (running a command through env is not simulated). */
export function env(ctx: ProgramContext): number {
  let out = "";
  for (const [name, value] of ctx.env) out += `${name}=${value}\n`;
  return writeOut(ctx, out);
}

/** `hostname`: the pod's hostname. */
export function hostname(ctx: ProgramContext): number {
  return writeOut(ctx, `${ctx.host.hostname}\n`);
}

/** `id`: containers run as root unless the image says otherwise. */
export function id(ctx: ProgramContext): number {
  return writeOut(ctx, ctx.proc.user === "root" ? "uid=0(root) gid=0(root) groups=0(root)\n" : `uid=${ctx.proc.user} gid=${ctx.proc.user}\n`);
}

/** `whoami`. */
export function whoami(ctx: ProgramContext): number {
  return writeOut(ctx, `${ctx.proc.user}\n`);
}

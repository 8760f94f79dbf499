/**
 * `getent hosts NAME` (glibc images) and `nslookup NAME` (busybox). Both answer from /etc/hosts
 * and localhost only: the simulator has no cluster DNS, so other names are not found.
 */
import { hostsEntries, resolveHost } from "../net/resolve-host.ts";
import { fail, type ProgramContext } from "./program.ts";
import { writeOut } from "./write-out.ts";

/** `getent hosts [NAME]`: `IP` padded to 15, a space, then the names of the matching line. */
export function getent(ctx: ProgramContext): number {
  if (ctx.argv[1] !== "hosts") return fail(ctx, `Unknown database: ${ctx.argv[1] ?? ""}`);
  const entries = hostsEntries(ctx.host.fs);
  const name = ctx.argv[2];
  const found = name === undefined ? entries : entries.filter((entry) => entry.names.includes(name) || entry.ip === name).slice(0, 1);
  if (found.length === 0) return 2;
  return writeOut(ctx, found.map((entry) => `${entry.ip.padEnd(15)} ${entry.names.join(" ")}\n`).join(""));
}

/** busybox `nslookup NAME`. */
export function nslookup(ctx: ProgramContext): number {
  const name = ctx.argv[ctx.argv.length - 1] ?? "";
  const header = "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n";
  const ip = ctx.argv.length < 2 ? undefined : resolveHost(ctx.host.fs, name);
  if (ip === undefined) {
    writeOut(ctx, `${header}** server can't find ${name}: NXDOMAIN\n\n`);
    return 1;
  }
  return writeOut(ctx, `${header}Name:\t${name}\nAddress: ${ip}\n\n`);
}

/**
 * Every simulated executable by name. Image files point at these names (FileNode.program), so a
 * new image is a data file that reuses them; only a new kind of program needs code here.
 */
import { cat } from "./cat.ts";
import { cp } from "./cp.ts";
import { date } from "./date.ts";
import { echo } from "./echo.ts";
import { goproxy } from "./goproxy.ts";
import { grep } from "./grep.ts";
import { head, tail } from "./head-tail.ts";
import { httpEcho } from "./http-echo.ts";
import { env, hostname, id, whoami } from "./identity.ts";
import { kill } from "./kill.ts";
import { livenessServer } from "./liveness-server.ts";
import { ln } from "./ln.ts";
import { ls } from "./ls.ts";
import { mkdir } from "./mkdir.ts";
import { mv } from "./mv.ts";
import { curl, wget } from "./net-clients.ts";
import { nc } from "./nc.ts";
import { nginx } from "./nginx.ts";
import { pause } from "./pause.ts";
import { printf } from "./printf.ts";
import type { Program } from "./program.ts";
import { ps } from "./ps.ts";
import { pwd } from "./pwd.ts";
import { redisCli, redisServer } from "./redis.ts";
import { rm } from "./rm.ts";
import { sed } from "./sed.ts";
import { sh } from "./sh.ts";
import { sleep } from "./sleep.ts";
import { stress } from "./stress.ts";
import { test } from "./test.ts";
import { java } from "./tomcat.ts";
import { touch } from "./touch.ts";
import { falseProgram, trueProgram } from "./true-false.ts";
import { wc } from "./wc.ts";
import { getent, nslookup } from "./lookup.ts";

/** Names of all simulated programs (what image data may reference). */
export type ProgramName =
  | "sh" | "cat" | "cp" | "date" | "echo" | "egrep" | "env" | "false" | "fgrep" | "grep" | "head" | "hostname"
  | "id" | "kill" | "ln" | "ls" | "mkdir" | "mv" | "ps" | "pwd" | "printf" | "rm" | "sed" | "sleep" | "tail"
  | "test" | "[" | "touch" | "true" | "wc" | "whoami" | "wget" | "curl" | "nc" | "nslookup" | "getent"
  | "nginx" | "pause" | "liveness-server" | "goproxy" | "http-echo" | "java" | "redis-server" | "redis-cli" | "stress";

const table: Record<ProgramName, Program> = {
  sh, cat, cp, date, echo, egrep: grep, env, false: falseProgram, fgrep: grep, grep, head, hostname, id, kill, ln,
  ls, mkdir, mv, ps, pwd, printf, rm, sed, sleep, tail, test, "[": test, touch, true: trueProgram, wc, whoami, wget,
  curl, nc, nslookup, getent, nginx, pause, "liveness-server": livenessServer, goproxy, "http-echo": httpEcho, java,
  "redis-server": redisServer, "redis-cli": redisCli, stress,
};

/** The table as a Map: name lookups at every command run cost less than hasOwn on a big object. */
const programs: ReadonlyMap<string, Program> = new Map(Object.entries(table));

/** The program called `name`; an unknown name (a bad image file) runs as `false`. */
export function getProgram(name: string): Program {
  return programs.get(name) ?? falseProgram;
}

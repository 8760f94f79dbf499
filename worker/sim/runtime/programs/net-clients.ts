/**
 * `wget` (busybox), `curl` and `nc`: HTTP and TCP clients over the pod network. Messages and exit
 * codes follow the tools: wget exits 1 on any failure; curl uses 6 (cannot resolve), 7 (cannot
 * connect), 22 (`-f` and a status >= 400), 28 (timeout); busybox `nc -z` exits 1 when refused.
 */
import { hostWithPort, httpGet, parseUrl } from "../net/http-get.ts";
import { reasonPhrase } from "../net/http-status.ts";
import { resolveHost } from "../net/resolve-host.ts";
import { basename } from "./cp.ts";
import { fail, type ProgramContext } from "./program.ts";
import { writeOut } from "./write-out.ts";

/** busybox wget: `wget [-q] [-O FILE|-] [--spider] [-T SEC] URL`. */
export function wget(ctx: ProgramContext): number {
  let isQuiet = false;
  let isSpider = false;
  let output: string | undefined;
  let target: string | undefined;
  const args = ctx.argv.slice(1);
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === "-O" || arg === "-T" || arg === "-U") {
      const value = args[++i];
      if (arg === "-O") output = value;
    } else if (arg.startsWith("-qO") || arg === "-qO-") {
      isQuiet = true;
      output = arg.slice(3) || args[++i];
    } else if (arg === "-q") isQuiet = true;
    else if (arg === "--spider" || arg === "-s") isSpider = true;
    else if (!arg.startsWith("-")) target = arg;
  }
  const url = target === undefined ? undefined : parseUrl(target);
  if (url === undefined) return fail(ctx, target === undefined ? "missing URL" : `not an http or ftp url: ${target}`);
  const result = httpGet(ctx.host.net, ctx.host.fs, url, { host: hostWithPort(url), headers: [["User-Agent", "Wget"], ["Connection", "close"]] });
  if (result.kind === "bad-address") return fail(ctx, `bad address '${url.host}'`);
  if (!isQuiet) ctx.stdio.stderr.write(`Connecting to ${url.host}:${url.port} (${result.ip}:${url.port})\n`);
  if (result.kind === "refused") return fail(ctx, `can't connect to remote host (${result.ip}): Connection refused`);
  if (result.kind === "timeout") return fail(ctx, `can't connect to remote host (${result.ip}): Connection timed out`);
  const { response } = result;
  if (response.status >= 400) return fail(ctx, `server returned error: HTTP/1.1 ${response.status} ${reasonPhrase(response.status)}`);
  if (isSpider) return 0;
  const file = output ?? (basename(url.path.replace(/\?.*/, "")) || "index.html").replace(/^\/$/, "index.html");
  if (file === "-") {
    if (!isQuiet) ctx.stdio.stderr.write("writing to stdout\n");
    return writeOut(ctx, response.body);
  }
  if (!isQuiet) ctx.stdio.stderr.write(`saving to '${file}'\n`);
  try {
    ctx.host.fs.writeFile(file, ctx.cwd, response.body);
  } catch {
    return fail(ctx, `can't open '${file}': Read-only file system`);
  }
  if (!isQuiet) ctx.stdio.stderr.write(`'${file}' saved\n`);
  return 0;
}

/** curl: `curl [-s] [-S] [-f] [-I] [-o FILE] [-m SEC] URL`. */
export function curl(ctx: ProgramContext): number {
  const flags = new Set<string>();
  let output: string | undefined;
  let target: string | undefined;
  const args = ctx.argv.slice(1);
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === "-o" || arg === "-m" || arg === "-H" || arg === "--max-time") {
      const value = args[++i];
      if (arg === "-o") output = value;
    } else if (arg === "--fail") flags.add("f");
    else if (arg === "--silent") flags.add("s");
    else if (/^-[a-zA-Z]+$/.test(arg)) for (const ch of arg.slice(1)) flags.add(ch);
    else if (!arg.startsWith("-")) target = arg;
  }
  const isShowErrors = !flags.has("s") || flags.has("S");
  const error = (code: number, message: string): number => {
    if (isShowErrors) ctx.stdio.stderr.write(`curl: (${code}) ${message}\n`);
    return code;
  };
  const url = target === undefined ? undefined : parseUrl(target);
  if (url === undefined) return error(3, target === undefined ? "no URL specified" : `URL rejected: Malformed input to a URL function`);
  const result = httpGet(ctx.host.net, ctx.host.fs, url, { host: hostWithPort(url), headers: [["User-Agent", "curl/7.88.1"], ["Accept", "*/*"]] });
  if (result.kind === "bad-address") return error(6, `Could not resolve host: ${url.host}`);
  if (result.kind === "refused") return error(7, `Failed to connect to ${url.host} port ${url.port} after 0 ms: Couldn't connect to server`);
  if (result.kind === "timeout") return error(28, `Failed to connect to ${url.host} port ${url.port} after 0 ms: Timeout was reached`);
  const { response } = result;
  if (flags.has("f") && response.status >= 400) return error(22, `The requested URL returned error: ${response.status}`);
  const head = `HTTP/1.1 ${response.status} ${reasonPhrase(response.status)}\r\n${response.headers.map(([k, v]) => `${k}: ${v}\r\n`).join("")}\r\n`;
  const body = flags.has("I") ? head : flags.has("i") ? head + response.body : response.body;
  if (output === undefined || output === "-") return writeOut(ctx, body);
  try {
    ctx.host.fs.writeFile(output, ctx.cwd, body);
    return 0;
  } catch {
    return error(23, "Failure writing output to destination");
  }
}

/** busybox nc client: `nc [-z] [-w SEC] HOST PORT` sends stdin and prints the reply. */
export function ncClient(ctx: ProgramContext, operands: string[], isScan: boolean): number {
  const [host = "", portText = ""] = operands;
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return fail(ctx, `bad port '${portText}'`);
  const ip = resolveHost(ctx.host.fs, host);
  if (ip === undefined) return fail(ctx, `bad address '${host}'`);
  const connection = ctx.host.net.connect(ip, port);
  if (connection.kind !== "connected") return isScan ? 1 : fail(ctx, connection.kind === "refused" ? "can't connect to remote host: Connection refused" : "timed out");
  if (isScan) return 0;
  const { listener } = connection;
  const data = ctx.stdio.stdin.readAll();
  const reply = listener.onRaw?.(data) ?? "";
  return writeOut(ctx, reply);
}

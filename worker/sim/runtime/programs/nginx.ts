/**
 * nginx: the master (PID written to /run/nginx.pid) forks one worker, serves
 * /usr/share/nginx/html on :80, stops fast on TERM/INT and gracefully on QUIT (both exit 0),
 * and treats HUP as a reload. `nginx -s quit|stop|reload|reopen` signals the running master,
 * as preStop hooks use it. `-t` and `-v` print what nginx prints.
 */
import type { HttpResponse } from "../net/net-namespace.ts";
import type { Process, ProcessBody } from "../process/process.ts";
import type { Signal } from "../process/signals.ts";
import { spawnChild } from "./spawn-child.ts";
import type { ProgramContext } from "./program.ts";
import { serve } from "./serve.ts";

const pidFile = "/run/nginx.pid";
const webRoot = "/usr/share/nginx/html";
const version = "1.27.3";
const signalsByName: Record<string, Signal> = { quit: "QUIT", stop: "TERM", reload: "HUP", reopen: "USR1" };

/** The nginx program. */
export function nginx(ctx: ProgramContext): number | ProcessBody {
  const args = ctx.argv.slice(1);
  if (args.includes("-v") || args.includes("-V")) {
    ctx.stdio.stderr.write(`nginx version: nginx/${version}\n`);
    return 0;
  }
  if (args.includes("-t")) {
    ctx.stdio.stderr.write("nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n");
    return 0;
  }
  const at = args.indexOf("-s");
  if (at >= 0) return sendSignal(ctx, args[at + 1] ?? "");
  return master(ctx);
}

function sendSignal(ctx: ProgramContext, name: string): number {
  const signal = signalsByName[name];
  if (signal === undefined) {
    ctx.stdio.stderr.write(`nginx: invalid option: "-s ${name}"\n`);
    return 1;
  }
  ctx.stdio.stderr.write("nginx: [notice] signal process started\n");
  let text: string;
  try {
    text = ctx.host.fs.readFile(pidFile, "/");
  } catch {
    ctx.stdio.stderr.write(`nginx: [error] open() "${pidFile}" failed (2: No such file or directory)\n`);
    return 1;
  }
  const target = ctx.proc.ns.processes.get(Number(text.trim()));
  if (target === undefined) {
    ctx.stdio.stderr.write(`nginx: [error] kill(${text.trim()}, ${name}) failed (3: No such process)\n`);
    return 1;
  }
  ctx.host.kernel.signal(target, signal);
  return 0;
}

function master(ctx: ProgramContext): ProcessBody {
  ctx.proc.argv = [`nginx: master process ${ctx.argv.join(" ")}`];
  const worker = spawnChild(ctx, ["nginx: worker process"], ctx.stdio.stderr, function* () {
    for (;;) yield { kind: "pause" };
  });
  if (worker !== undefined) worker.user = "101";
  try {
    ctx.host.fs.writeFile(pidFile, "/", `${ctx.proc.pid}\n`);
  } catch {
    ctx.stdio.stderr.write(`nginx: [emerg] open() "${pidFile}" failed (30: Read-only file system)\n`);
  }
  return serveStatic(ctx, worker);
}

// Methods, not arrow properties or named arrows: under tsx (esbuild's keepNames) each of those is
// renamed with an Object.defineProperty call every time nginx starts.
function serveStatic(ctx: ProgramContext, worker: Process | undefined): ProcessBody {
  return serve(ctx, {
    port: 80,
    onHttp(request) {
      return staticFile(ctx, request.path);
    },
    onRaw: undefined,
    exitOn: { TERM: 0, INT: 0, QUIT: 0 },
    keepOn: ["HUP", "USR1", "USR2", "WINCH"],
    bindError: "nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)\n",
    onStop() {
      if (worker !== undefined) ctx.host.kernel.exit(worker, 0);
    },
  });
}

function staticFile(ctx: ProgramContext, rawPath: string): HttpResponse {
  const path = decodePath(rawPath.replace(/[?#].*$/, ""));
  try {
    const node = ctx.host.fs.stat(`${webRoot}${path}`, "/");
    if (node.kind === "dir") {
      const index = ctx.host.fs.stat(`${webRoot}${path.replace(/\/?$/, "/")}index.html`, "/");
      if (index.kind === "file") return ok(index.data);
      return errorPage(403);
    }
    return node.kind === "file" ? ok(node.data) : errorPage(404);
  } catch {
    return errorPage(404);
  }
}

function decodePath(path: string): string {
  const segments: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return `/${segments.join("/")}${path.endsWith("/") && segments.length > 0 ? "/" : ""}`;
}

function ok(body: string): HttpResponse {
  return { status: 200, headers: [["Server", `nginx/${version}`], ["Content-Type", "text/html"], ["Content-Length", String(body.length)]], body };
}

function errorPage(status: 403 | 404): HttpResponse {
  const title = status === 404 ? "404 Not Found" : "403 Forbidden";
  const body = `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx/${version}</center>\r\n</body>\r\n</html>\r\n`;
  return { status, headers: [["Server", `nginx/${version}`], ["Content-Type", "text/html"]], body };
}

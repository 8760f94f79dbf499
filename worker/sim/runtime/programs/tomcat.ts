/**
 * `java` running Tomcat (catalina.sh run): prints its startup log, binds :8080 after a 2 s
 * virtual startup, deploys every `webapps/NAME.war` or `webapps/NAME/` as `/NAME/`, and exits
 * 143 on SIGTERM after its shutdown hooks, as the JVM does.
 */
import type { HttpResponse } from "../net/net-namespace.ts";
import { type ProcessBody, setDisposition } from "../process/process.ts";
import type { ProgramContext } from "./program.ts";
import { serve } from "./serve.ts";
import { writeOut } from "./write-out.ts";

const startupMs = 2000;

/** The java program (only Tomcat's Bootstrap is simulated). */
export function* java(ctx: ProgramContext): ProcessBody {
  const home = ctx.env.get("CATALINA_HOME") ?? "/usr/local/tomcat";
  setDisposition(ctx.proc, "TERM", "handle");
  writeOut(ctx, `INFO: Starting Servlet Engine: Apache Tomcat\n`);
  yield { kind: "sleep", untilMs: ctx.host.kernel.nowMs + startupMs };
  if (ctx.proc.pendingSignals.length > 0) return 143;
  writeOut(ctx, `INFO: Server startup in ${startupMs} ms\n`);
  return yield* serve(ctx, {
    port: 8080,
    onHttp: (request) => respond(ctx, `${home}/webapps`, request.path),
    onRaw: undefined,
    exitOn: { TERM: 143, INT: 130 },
    keepOn: [],
    bindError: "SEVERE: Failed to initialize end point associated with ProtocolHandler [\"http-bio-8080\"]\njava.net.BindException: Address already in use\n",
    onStop: undefined,
  });
}

function respond(ctx: ProgramContext, webapps: string, path: string): HttpResponse {
  const app = path.split("/")[1] ?? "";
  const fs = ctx.host.fs;
  const isDeployed = app === "" ? fs.exists(`${webapps}/ROOT`, "/") : fs.exists(`${webapps}/${app}.war`, "/") || fs.exists(`${webapps}/${app}`, "/");
  if (!isDeployed) {
    return { status: 404, headers: [["Content-Type", "text/html"]], body: `<html><head><title>Apache Tomcat - Error report</title></head><body><h1>HTTP Status 404 - ${path}</h1></body></html>` };
  }
  if (app !== "" && path === `/${app}`) return { status: 302, headers: [["Location", `/${app}/`]], body: "" };
  return { status: 200, headers: [["Content-Type", "text/html"]], body: `<html><body><h1>Hello from ${app === "" ? "Tomcat" : app}</h1></body></html>\n` };
}

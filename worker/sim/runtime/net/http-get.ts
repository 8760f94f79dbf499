/** A client-side HTTP GET between simulated processes (wget, curl, httpGet probes). */
import type { ContainerFs } from "../vfs/container-fs.ts";
import type { HttpResponse, NetNamespace } from "./net-namespace.ts";
import { resolveHost } from "./resolve-host.ts";

/** A parsed http:// URL. */
export interface Url {
  host: string;
  port: number;
  path: string;
}

/** What a GET came to. */
export type GetResult =
  | { kind: "response"; ip: string; response: HttpResponse }
  | { kind: "bad-address" }
  | { kind: "refused"; ip: string }
  | { kind: "timeout"; ip: string };

/** Parses `http://host[:port]/path` (scheme optional). Undefined for other schemes or bad ports. */
export function parseUrl(text: string): Url | undefined {
  const match = /^(?:(https?):\/\/)?([^/:?#]+)(?::(\d+))?([^#]*)$/.exec(text);
  if (match === null) return undefined;
  const port = match[3] === undefined ? (match[1] === "https" ? 443 : 80) : Number(match[3]);
  if (port < 1 || port > 65535) return undefined;
  return { host: match[2]!, port, path: match[4] === "" ? "/" : match[4]! };
}

/** Sends a GET from `ns`, resolving names through the container's /etc/hosts. */
export function httpGet(ns: NetNamespace, fs: ContainerFs | undefined, url: Url, userAgent: string): GetResult {
  const ip = fs === undefined ? (url.host === "localhost" ? "127.0.0.1" : url.host) : resolveHost(fs, url.host);
  if (ip === undefined) return { kind: "bad-address" };
  const connection = ns.connect(ip, url.port);
  if (connection.kind !== "connected") return { kind: connection.kind, ip };
  const { listener } = connection;
  const request = { method: "GET", path: url.path, host: url.host, headers: [["User-Agent", userAgent]] as [string, string][] };
  if (listener.onHttp !== undefined) return { kind: "response", ip, response: listener.onHttp(request) };
  const raw = listener.onRaw?.(`GET ${url.path} HTTP/1.1\r\nHost: ${url.host}\r\nUser-Agent: ${userAgent}\r\n\r\n`) ?? "";
  return { kind: "response", ip, response: parseRawResponse(raw) };
}

/** Reads a hand-written HTTP response (from `nc -l`); garbage reads as an empty 200. Pure. */
function parseRawResponse(raw: string): HttpResponse {
  const [head = "", ...rest] = raw.split(/\r?\n\r?\n/);
  const status = /^HTTP\/\d\.\d (\d{3})/.exec(head);
  return { status: status === null ? 200 : Number(status[1]), headers: [], body: status === null ? raw : rest.join("\n\n") };
}

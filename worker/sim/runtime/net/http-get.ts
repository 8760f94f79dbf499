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

/** What a client sends besides the request line: the Host value and the other header lines in order. */
export interface RequestHead {
  host: string;
  headers: [string, string][];
}

/** `host` or `host:port`, as clients write Host when the port is not the scheme's default. Pure. */
export function hostWithPort(url: Url): string {
  return url.port === 80 ? url.host : `${url.host}:${url.port}`;
}

/**
 * Sends a GET from `ns`, resolving names through the container's /etc/hosts. HTTP servers get the
 * parsed request; a raw listener (`nc -l`) gets the request text as it would come off the wire.
 */
export function httpGet(ns: NetNamespace, fs: ContainerFs | undefined, url: Url, head: RequestHead): GetResult {
  const ip = fs === undefined ? (url.host === "localhost" ? "127.0.0.1" : url.host) : resolveHost(fs, url.host);
  if (ip === undefined) return { kind: "bad-address" };
  const connection = ns.connect(ip, url.port);
  if (connection.kind !== "connected") return { kind: connection.kind, ip };
  const { listener } = connection;
  if (listener.onHttp !== undefined) return { kind: "response", ip, response: listener.onHttp({ method: "GET", path: url.path, host: head.host, headers: head.headers }) };
  const lines = head.headers.map(([name, value]) => `${name}: ${value}\r\n`).join("");
  const raw = listener.onRaw?.(`GET ${url.path} HTTP/1.1\r\nHost: ${head.host}\r\n${lines}\r\n`) ?? "";
  return { kind: "response", ip, response: parseRawResponse(raw) };
}

/** Reads a hand-written HTTP response (from `nc -l`); garbage reads as an empty 200. Pure. */
function parseRawResponse(raw: string): HttpResponse {
  const [head = "", ...rest] = raw.split(/\r?\n\r?\n/);
  const status = /^HTTP\/\d\.\d (\d{3})/.exec(head);
  return { status: status === null ? 200 : Number(status[1]), headers: [], body: status === null ? raw : rest.join("\n\n") };
}

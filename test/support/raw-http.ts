// Requests exactly as a hostile client writes them. `fetch` resolves `..` in paths, refuses some
// headers and always frames the body honestly; node:http sends the path as given, and a raw
// socket can declare a Content-Length that lies about the body.
import { request } from "node:http";
import { connect } from "node:net";

/** A response: status, headers (lower-case names, repeated ones joined by ", ") and body, as sent and as text. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  text: string;
}

export interface RawRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** Past this a request counts as hung: the server neither answered nor closed the connection. */
const hangMs = 20_000;

/** How much of a raw request goes out at a time. */
const pieceBytes = 16 * 1024;

/**
 * Sends one request to `baseUrl` with `path` untouched, on a connection of its own (a kept-alive
 * one may have been closed by the server's last answer); rejects if no answer comes in time.
 */
export function send(baseUrl: string, path: string, { method = "GET", headers = {}, body }: RawRequest = {}): Promise<Answer> {
  const { hostname, port } = new URL(baseUrl);
  const framing = body === undefined ? {} : { "content-length": String(Buffer.byteLength(body)) };
  return new Promise((done, fail) => {
    const outgoing = request({ host: hostname, port, method, path, headers: { ...framing, ...headers }, timeout: hangMs, agent: false }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
      incoming.on("error", fail);
      incoming.on("end", () => {
        const answerHeaders: Record<string, string> = {};
        for (const [name, value] of Object.entries(incoming.headers)) {
          if (value !== undefined) answerHeaders[name] = Array.isArray(value) ? value.join(", ") : value;
        }
        const body = Buffer.concat(chunks);
        done({ status: incoming.statusCode ?? 0, headers: answerHeaders, body, text: body.toString("utf8") });
      });
    });
    outgoing.on("timeout", () => outgoing.destroy(new Error(`${method} ${path.slice(0, 80)} hung for ${hangMs} ms`)));
    outgoing.on("error", fail);
    outgoing.end(body);
  });
}

/** What came back on a raw connection: the first response's status (0 for none), everything as text, and how it ended badly if it did. */
export interface RawAnswer {
  status: number;
  text: string;
  /** "ECONNRESET" when the server reset the connection, "hung" when it neither answered nor closed. */
  error?: string;
}

/**
 * Writes `head` then `body` on a new connection in 16 KiB pieces, pausing a millisecond between
 * them and stopping as soon as the server answers; half-closes the connection afterwards when
 * `hangUp`; collects what comes back until the connection closes. A server that refuses a request
 * before reading it all closes with bytes unread, which resets the connection: pacing the writes
 * lets its answer arrive (and be read) before a write runs into the reset. A reset is reported in
 * `error`, not thrown, alongside whatever answer came first.
 */
export function sendRaw(baseUrl: string, head: string, body: Buffer = Buffer.alloc(0), { hangUp = false } = {}): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((done) => {
    const socket = connect(Number(port), hostname);
    const received: Buffer[] = [];
    let error: string | undefined;
    const timer = setTimeout(() => {
      error = "hung";
      socket.destroy();
    }, hangMs);
    const hasAnswer = () => received.length > 0;
    socket.on("data", (chunk: Buffer) => received.push(chunk));
    socket.on("error", (cause: NodeJS.ErrnoException) => {
      error ??= cause.code ?? cause.message;
    });
    socket.on("close", () => {
      clearTimeout(timer);
      const text = Buffer.concat(received).toString("utf8");
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0);
      done(error === undefined ? { status, text } : { status, text, error });
    });
    socket.once("connect", async () => {
      const request = Buffer.concat([Buffer.from(head.replace(/\n/g, "\r\n") + "\r\n\r\n"), body]);
      for (let at = 0; at < request.length && !hasAnswer() && !socket.destroyed; at += pieceBytes) {
        if (at > 0) await new Promise((paused) => setTimeout(paused, 1));
        if (!socket.write(request.subarray(at, at + pieceBytes))) await new Promise((drained) => socket.once("drain", drained));
      }
      if (hangUp) socket.end();
    });
  });
}

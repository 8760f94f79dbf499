// Open event streams would keep the web server (worker/cli/web-server.ts) from shutting down: on SIGTERM it stops accepting
// connections and then waits for the open ones to finish, and a stream lasts up to minutes. So
// on SIGTERM or SIGINT every open stream ends at once, and a browser that reconnects before the
// process is gone (over its kept-alive connection) is told to come back, with that connection
// closed. Each EventSource then reaches this server's successor once it listens, and catches up
// from the current view.
const closers = new Set<() => void>();
let isListening = false;
let isStopping = false;

const endAll = () => {
  isStopping = true;
  for (const close of closers) close();
};

/** Calls `close` when the process is asked to stop; the returned function unregisters it. */
export function endOnShutdown(close: () => void): () => void {
  if (!isListening) {
    isListening = true;
    process.once("SIGTERM", endAll);
    process.once("SIGINT", endAll);
  }
  closers.add(close);
  return () => closers.delete(close);
}

/** True once the process has been asked to stop: new streams get `shutdownResponse()` instead. */
export function isShuttingDown(): boolean {
  return isStopping;
}

/** 503 that closes its connection, so the browser's next try reaches the server that replaces this one. */
export function shutdownResponse(): Response {
  return Response.json(
    { error: { code: "unavailable", message: "The server is restarting. Please try again in a moment." } },
    { status: 503, headers: { connection: "close", "retry-after": "1" } },
  );
}

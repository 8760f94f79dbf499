// Tells a database that is briefly unavailable (unreachable, locked, overloaded, a transaction
// conflict) from a real error. The first is worth waiting out: a worker puts the job back for
// later instead of spending its attempts, and the web server answers 503 "try again".
import { someInErrorChain } from "./error-chain.ts";

/** Prisma's codes for "could not reach / timed out / connection closed / pool exhausted / write conflict, retry". */
const unavailableCodes = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2034"]);
/** Driver adapter error kinds with the same meaning (SQLite's "database is locked" is SocketTimeout). */
const unavailableKinds = new Set(["DatabaseNotReachable", "SocketTimeout", "ConnectionClosed", "TooManyConnections", "TransactionWriteConflict"]);
/** What node-postgres and sockets say when a connection breaks under a query. */
const unavailableMessage = /Connection terminated|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|database is locked|the database system is (starting up|shutting down)/;

export function isDatabaseUnavailable(error: unknown): boolean {
  return someInErrorChain(error, ({ code, kind, message }) => {
    if (typeof code === "string" && (unavailableCodes.has(code) || /^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT)$/.test(code))) return true;
    if (typeof kind === "string" && unavailableKinds.has(kind)) return true;
    return typeof message === "string" && unavailableMessage.test(message);
  });
}

/** HTTP reason phrases for the status codes simulated servers return. */

const reasons: Readonly<Record<number, string>> = {
  200: "OK", 201: "Created", 204: "No Content", 301: "Moved Permanently", 302: "Found", 304: "Not Modified",
  400: "Bad Request", 403: "Forbidden", 404: "Not Found", 405: "Not Allowed", 500: "Internal Server Error",
  502: "Bad Gateway", 503: "Service Temporarily Unavailable",
};

/** The reason phrase for `status` ("" when unknown). Pure. */
export function reasonPhrase(status: number): string {
  return reasons[status] ?? "";
}

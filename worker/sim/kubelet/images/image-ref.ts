// Image references as containerd reports them (kubelet-semantics.md §4.2): Docker Hub names are
// normalised to docker.io/library/…, a missing tag is `latest`; digests and pull errors derived.
import { findImage } from "../../runtime/images/catalog.ts";
import { memoizeByText } from "../../memoize-by-text.ts";
import { stableHex } from "../stable-hash.ts";

/**
 * `nginx` → `docker.io/library/nginx:latest`; `geektime/sample:v2` → `docker.io/geektime/sample:v2`.
 * Pure; kept per reference (the kubelet layer asks several times at every container start).
 */
export const normalizeImage = memoizeByText(normalizeUncached);

function normalizeUncached(image: string): string {
  const [name = image, digest] = image.split("@");
  const slash = name.indexOf("/");
  const first = slash < 0 ? "" : name.slice(0, slash);
  const hasRegistry = first.includes(".") || first.includes(":") || first === "localhost";
  let full = hasRegistry ? name : slash < 0 ? `docker.io/library/${name}` : `docker.io/${name}`;
  const lastSlash = full.lastIndexOf("/");
  if (digest === undefined && full.lastIndexOf(":") <= lastSlash) full += ":latest";
  return digest === undefined ? full : `${full}@${digest}`;
}

/** The repository part of a normalised reference (no tag, no digest). Pure. */
function repositoryOf(normalized: string): string {
  const name = normalized.split("@")[0]!;
  const colon = name.lastIndexOf(":");
  return colon > name.lastIndexOf("/") ? name.slice(0, colon) : name;
}

/** status.imageID: `REPOSITORY@sha256:…`, fixed per reference. Pure; kept per reference. */
export const imageIdOf = memoizeByText((image: string): string => {
  const normalized = normalizeImage(image);
  return `${repositoryOf(normalized)}@sha256:${stableHex(`image:${normalized}`)}`;
});

/** containerd's pull error for a reference the catalog does not have (K8). Pure. */
export function pullErrorOf(image: string): string {
  const normalized = normalizeImage(image);
  const repositoryKnown = findImage(`${repositoryOf(image.split("@")[0]!.replace(/:[^/:]*$/, ""))}:latest`) !== undefined;
  const head = `failed to pull and unpack image "${normalized}": failed to resolve reference "${normalized}"`;
  if (repositoryKnown) return `rpc error: code = NotFound desc = ${head}: ${normalized}: not found`;
  return `rpc error: code = Unknown desc = ${head}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`;
}

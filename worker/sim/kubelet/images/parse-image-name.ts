// Whether the kubelet can parse an image reference (kubelet-semantics.md K12): image_manager.go
// applyDefaultImageTag → pkg/util/parsers ParseImageName → distribution/reference
// ParseNormalizedNamed. A reference it cannot parse leaves the container waiting InvalidImageName
// with the InspectFailed message built here; nothing is pulled.

import { memoizeByText } from "../../memoize-by-text.ts";

// The reference grammar of distribution/reference regexp.go, anchored.
const domainComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
const domain = `(?:${domainComponent}(?:\\.${domainComponent})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const pathComponent = "[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*";
const name = `(?:${domain}/)?${pathComponent}(?:/${pathComponent})*`;
const tag = "[\\w][\\w.-]{0,127}";
const digest = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
const referencePattern = new RegExp(`^(${name})(?::(${tag}))?(?:@(${digest}))?$`);
const identifierPattern = /^[a-f0-9]{64}$/;

/** splitDockerDomain: the first path element is a registry when it looks like one. Pure. */
function splitDockerDomain(image: string): { domain: string; remainder: string } {
  const slash = image.indexOf("/");
  if (slash < 0) return { domain: "docker.io", remainder: `library/${image}` };
  const first = image.slice(0, slash);
  const rest = image.slice(slash + 1);
  let split = { domain: "docker.io", remainder: image };
  if (first === "index.docker.io") split = { domain: "docker.io", remainder: rest };
  else if (first === "localhost" || /[.:]/.test(first) || first.toLowerCase() !== first) split = { domain: first, remainder: rest };
  // Docker Hub's official images: docker.io/ubuntu is docker.io/library/ubuntu.
  if (split.domain === "docker.io" && !split.remainder.includes("/")) split.remainder = `library/${split.remainder}`;
  return split;
}

/** ParseNormalizedNamed's error for `image`, or undefined when it parses. Pure. */
function referenceError(image: string): string | undefined {
  if (identifierPattern.test(image)) return `invalid repository name (${image}), cannot specify 64-byte hexadecimal strings`;
  const { domain: host, remainder } = splitDockerDomain(image);
  const colon = remainder.indexOf(":");
  const remote = colon < 0 ? remainder : remainder.slice(0, colon);
  // Wording as kubelet-semantics.md K12 gives it; distribution/reference v0.6.0 adds the name: "repository name (R) must be lowercase".
  if (remote.toLowerCase() !== remote) return "invalid reference format: repository name must be lowercase";
  const match = referencePattern.exec(`${host}/${remainder}`);
  if (match === null) return image === "" ? "repository name must have at least one component" : "invalid reference format";
  if (match[1]!.length > 255) return "repository name must not be more than 255 characters";
  return undefined;
}

/**
 * The InspectFailed message for an image the kubelet cannot parse, or undefined. Pure; kept per
 * reference, since the grammar's regular expression is costly and runs at every container start.
 */
export const invalidImageNameMessage = memoizeByText((image: string): string | undefined => {
  const error = referenceError(image);
  return error === undefined ? undefined : `Failed to apply default image tag "${image}": couldn't parse image name "${image}": ${error}`;
});

// The imagePullPolicy default (pkg/apis/core/v1/defaults.go, SetDefaults_Container): parse the
// image reference as the container runtime would (distribution/reference grammar); no tag and
// no digest means `latest`; `latest` pulls Always, anything else IfNotPresent. An image that
// cannot be parsed is IfNotPresent: the defaulter ignores the parse error.
const domainComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
const domain = `${domainComponent}(?:\\.${domainComponent})*(?::[0-9]+)?`;
const pathComponent = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
const name = `(?:${domain}/)?${pathComponent}(?:/${pathComponent})*`;
const tag = "[\\w][\\w.-]{0,127}";
const digest = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
const reference = new RegExp(`^(${name})(?::(${tag}))?(?:@(${digest}))?$`);

/** Kubernetes' default pull policy for an image string. Pure. */
export function defaultImagePullPolicy(image: string): "Always" | "IfNotPresent" {
  const match = reference.exec(image);
  if (!match || match[1]!.length > 255) return "IfNotPresent";
  const [, , imageTag, imageDigest] = match;
  const effectiveTag = imageTag ?? (imageDigest ? "" : "latest");
  return effectiveTag === "latest" ? "Always" : "IfNotPresent";
}

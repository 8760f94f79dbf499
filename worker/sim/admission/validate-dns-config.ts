// spec.dnsConfig (validation.go validatePodDNSConfig), including the `dnsPolicy: None` rule.
import type { PodSpec } from "kubernetes-types/core/v1";
import { type FieldError, invalid, required } from "./field-error.ts";
import { isDNS1123Subdomain, isIP } from "./validate-names.ts";

const path = ["spec", "dnsConfig"];

/** Errors of the pod's DNS configuration. Pure. */
export function validateDnsConfig(spec: PodSpec): FieldError[] {
  const config = spec.dnsConfig;
  if (spec.dnsPolicy === "None") {
    if (!config) return [required(path, "must provide `dnsConfig` when `dnsPolicy` is None")];
    if (!config.nameservers?.length) return [required([...path, "nameservers"], "must provide at least one DNS nameserver when `dnsPolicy` is None")];
  }
  if (!config) return [];
  const errors: FieldError[] = [];
  const nameservers = config.nameservers ?? [];
  const searches = config.searches ?? [];
  if (nameservers.length > 3) errors.push(invalid([...path, "nameservers"], nameservers, "must not have more than 3 nameservers"));
  nameservers.forEach((ip, index) => {
    if (!isIP(ip)) errors.push(invalid([...path, "nameservers", index], ip, "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"));
  });
  if (searches.length > 32) errors.push(invalid([...path, "searches"], searches, "must not have more than 32 search paths"));
  if (searches.join(" ").length > 2048) {
    errors.push(invalid([...path, "searches"], searches, "must not have more than 2048 characters (including spaces) in the search list"));
  }
  searches.forEach((search, index) => {
    const trimmed = search.replace(/\.$/, "");
    errors.push(...isDNS1123Subdomain(trimmed).map((m) => invalid([...path, "searches", index], trimmed, m)));
  });
  (config.options ?? []).forEach((option, index) => {
    if (!option.name) errors.push(required([...path, "options", index], "must not be empty"));
  });
  return errors;
}

// spec.tolerations and spec.hostAliases (validation.go ValidateTolerations, ValidateHostAliases).
import type { HostAlias, Toleration } from "kubernetes-types/core/v1";
import { type FieldError, invalid, notSupported } from "./field-error.ts";
import { isDNS1123Subdomain, isIP, isQualifiedName, isValidLabelValue } from "./validate-names.ts";

/** Errors of the pod's tolerations (the learner's and those admission added). Pure. */
export function validateTolerations(tolerations: readonly Toleration[]): FieldError[] {
  return tolerations.flatMap((toleration, index) => {
    const at = (field: string) => ["spec", "tolerations", index, field];
    const { key = "", operator = "", value = "", effect = "" } = toleration;
    const errors = key ? isQualifiedName(key).map((m) => invalid(at("key"), key, m)) : [];
    if (!key && operator !== "Exists") {
      errors.push(invalid(at("operator"), operator, 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
    }
    if (toleration.tolerationSeconds !== undefined && effect !== "NoExecute") {
      errors.push(invalid(at("effect"), effect, "effect must be 'NoExecute' when `tolerationSeconds` is set"));
    }
    if (operator === "Equal" || operator === "") {
      const messages = isValidLabelValue(value);
      if (messages.length > 0) errors.push(invalid(at("operator"), value, messages.join(";")));
    } else if (operator === "Exists") {
      if (value) errors.push(invalid(at("operator"), value, "value must be empty when `operator` is 'Exists'"));
    } else {
      errors.push(notSupported(at("operator"), operator, ["Equal", "Exists"]));
    }
    if (effect && !["NoSchedule", "PreferNoSchedule", "NoExecute"].includes(effect)) {
      errors.push(notSupported(at("effect"), effect, ["NoSchedule", "PreferNoSchedule", "NoExecute"]));
    }
    return errors;
  });
}

/** Each alias needs a valid IP; each hostname must be a DNS subdomain. Pure. */
export function validateHostAliases(aliases: readonly HostAlias[]): FieldError[] {
  return aliases.flatMap((alias, index) => {
    const path = ["spec", "hostAliases", index];
    const ip = alias.ip ?? "";
    const errors = isIP(ip) ? [] : [invalid([...path, "ip"], ip, "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)")];
    (alias.hostnames ?? []).forEach((hostname, j) => {
      errors.push(...isDNS1123Subdomain(hostname).map((m) => invalid([...path, "hostnames", j], hostname, m)));
    });
    return errors;
  });
}

// Name and value formats (k8s.io/apimachinery/pkg/util/validation/validation.go). Each check
// returns the API server's detail texts, exactly, empty when the value is valid.

/** RegexError: the message, examples each quoted and followed by ", ", then the regex. Pure. */
export function regexError(message: string, format: string, ...examples: string[]): string {
  if (examples.length === 0) return `${message} (regex used for validation is '${format}')`;
  return `${message} (e.g. ${examples.map((e) => `'${e}', `).join(" or ")}regex used for validation is '${format}')`;
}

const maxLenError = (length: number) => `must be no more than ${length} characters`;

const dns1123LabelFmt = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
const dns1123SubdomainFmt = `${dns1123LabelFmt}(\\.${dns1123LabelFmt})*`;
const qualifiedNameFmt = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
const labelValueFmt = `(${qualifiedNameFmt})?`;
const envVarNameFmt = "[-._a-zA-Z][-._a-zA-Z0-9]*";
const whole = (format: string) => new RegExp(`^${format}$`);

/** IsDNS1123Label: container, volume and port-less names. Pure. */
export function isDNS1123Label(value: string): string[] {
  const errors: string[] = [];
  if (value.length > 63) errors.push(maxLenError(63));
  if (!whole(dns1123LabelFmt).test(value)) {
    errors.push(whole(dns1123SubdomainFmt).test(value)
      ? "must not contain dots"
      : regexError("a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character", dns1123LabelFmt, "my-name", "123-abc"));
  }
  return errors;
}

/** IsDNS1123Subdomain: pod names, hostAliases hostnames. Pure. */
export function isDNS1123Subdomain(value: string): string[] {
  const errors: string[] = [];
  if (value.length > 253) errors.push(maxLenError(253));
  if (!whole(dns1123SubdomainFmt).test(value)) {
    errors.push(regexError("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character", dns1123SubdomainFmt, "example.com"));
  }
  return errors;
}

const qualifiedNameError = () =>
  regexError("must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character", qualifiedNameFmt, "MyName", "my.name", "123-abc");

/** IsQualifiedName: label keys, annotation keys, toleration keys. Pure. */
export function isQualifiedName(value: string): string[] {
  const parts = value.split("/");
  if (parts.length > 2) {
    return [`a qualified name ${qualifiedNameError()} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`];
  }
  const errors: string[] = [];
  const name = parts[parts.length - 1]!;
  if (parts.length === 2) {
    const prefix = parts[0]!;
    if (prefix === "") errors.push("prefix part must be non-empty");
    else errors.push(...isDNS1123Subdomain(prefix).map((message) => `prefix part ${message}`));
  }
  if (name === "") errors.push("name part must be non-empty");
  else if (name.length > 63) errors.push(`name part ${maxLenError(63)}`);
  if (!whole(qualifiedNameFmt).test(name)) errors.push(`name part ${qualifiedNameError()}`);
  return errors;
}

/** IsValidLabelValue: label values and nodeSelector values. Pure. */
export function isValidLabelValue(value: string): string[] {
  const errors: string[] = [];
  if (value.length > 63) errors.push(maxLenError(63));
  if (!whole(labelValueFmt).test(value)) {
    errors.push(regexError("a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character", labelValueFmt, "MyValue", "my_value", "12345"));
  }
  return errors;
}

/** IsValidPortName: an IANA service name. Pure. */
export function isValidPortName(port: string): string[] {
  const errors: string[] = [];
  if (port.length > 15) errors.push(maxLenError(15));
  if (!/^[-a-z0-9]+$/.test(port)) errors.push("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
  if (!/[a-z]/.test(port)) errors.push("must contain at least one letter (a-z)");
  if (port.includes("--")) errors.push("must not contain consecutive hyphens");
  if (port.startsWith("-") || port.endsWith("-")) errors.push("must not begin or end with a hyphen");
  return errors;
}

/** IsValidPortNum. Pure. */
export function isValidPortNum(port: number): string[] {
  return port >= 1 && port <= 65535 ? [] : ["must be between 1 and 65535, inclusive"];
}

/** IsEnvVarName (the strict rule, before RelaxedEnvironmentVariableValidation). Pure. */
export function isEnvVarName(value: string): string[] {
  const errors: string[] = [];
  if (!whole(envVarNameFmt).test(value)) {
    errors.push(regexError("a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit", envVarNameFmt, "my.env-name", "MY_ENV.NAME", "MyEnvName1"));
  }
  if (value === ".") errors.push("must not be '.'");
  else if (value === "..") errors.push("must not be '..'");
  else if (value.startsWith("..")) errors.push("must not start with '..'");
  return errors;
}

/** netutils.ParseIPSloppy: IPv4 (leading zeros allowed) or IPv6. Pure. */
export function isIP(value: string): boolean {
  const octets = value.split(".");
  if (octets.length === 4) return octets.every((octet) => /^\d{1,3}$/.test(octet) && Number(octet) <= 255);
  if (!value.includes(":") || !/^[0-9a-fA-F:.]+$/.test(value)) return false;
  const halves = value.split("::");
  if (halves.length > 2) return false;
  const groups = halves.flatMap((half) => (half === "" ? [] : half.split(":")));
  const last = groups[groups.length - 1] ?? "";
  const width = last.includes(".") ? (isIP(last) ? groups.length + 1 : 99) : groups.length;
  const hexOk = groups.filter((g) => !g.includes(".")).every((g) => /^[0-9a-fA-F]{1,4}$/.test(g));
  return hexOk && (halves.length === 2 ? width < 8 : width === 8);
}

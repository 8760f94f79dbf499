// Builds Pod manifests for the admission tests: `spec` is the body of `spec:`, indented by two.

/** A v1 Pod with the given metadata lines (default: name x) around `spec`. */
export function podYaml(spec: string, metadata = "  name: x\n"): string {
  return `apiVersion: v1\nkind: Pod\nmetadata:\n${metadata}spec:\n${spec}`;
}

/** One nginx container, for specs whose subject is elsewhere. */
export const nginx = "  containers:\n  - name: c\n    image: nginx\n";

/** A container `c` running nginx with `extra` lines (indented by four) under it. */
export function container(extra: string): string {
  return `  containers:\n  - name: c\n    image: nginx\n${extra}`;
}

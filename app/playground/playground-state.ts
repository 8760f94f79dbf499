// The playground's inputs as the learner types them, and their limits (the same as submissions:
// YAML up to 128 KiB, at most an hour of virtual time, at most 20 execs). Pure; used by the
// browser, the share link and the server.

/** What the playground simulates, as text fields. */
export interface PlaygroundState {
  pod: string;
  /** Cluster objects (multi-document YAML); empty for the default one-node cluster. */
  cluster: string;
  /** One `AT:CONTAINER:COMMAND` a line; blank lines are ignored. */
  execs: string;
  /** When to delete the Pod (a duration such as 45s); empty for never. */
  deleteAt: string;
  /** How long to simulate (a duration such as 2m). */
  until: string;
}

export const playgroundLimits = { maxYamlBytes: 128 * 1024, maxUntilMs: 3_600_000, maxExecs: 20, maxCommandChars: 1000 } as const;

/** A Pod to start from when nothing is shared. */
export const examplePlayground: PlaygroundState = {
  pod: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: nginx
    image: nginx
    readinessProbe:
      httpGet:
        path: /
        port: 80
      periodSeconds: 5
`,
  cluster: "",
  execs: "20s:nginx:cat /etc/hostname",
  deleteAt: "60s",
  until: "90s",
};

/** Narrows untrusted data (a share link, a request) to a PlaygroundState; null when any field is off. Pure. */
export function asPlaygroundState(value: unknown): PlaygroundState | null {
  if (typeof value !== "object" || value === null) return null;
  const record = value as Record<string, unknown>;
  const fields = ["pod", "cluster", "execs", "deleteAt", "until"] as const;
  if (!fields.every((field) => typeof record[field] === "string")) return null;
  return { pod: record.pod as string, cluster: record.cluster as string, execs: record.execs as string, deleteAt: record.deleteAt as string, until: record.until as string };
}

// What the kubelet hands the runtime for one container (kuberuntime generateContainerConfig):
// the environment (service links, envFrom, env with valueFrom and $(VAR) expansion), command and
// args with $(VAR) expansion, and the mounts. A missing Secret/ConfigMap or key is a
// CreateContainerConfigError with the message of K14, unless the reference is optional.
import type { Cluster } from "../cluster/cluster.ts";
import type { ContainerSpec } from "../runtime/runtime-types.ts";
import type { EffectiveContainer } from "./effective-spec.ts";
import type { PodState } from "./pod-state.ts";
import { configMapData, secretData } from "./volumes/cluster-objects.ts";
import { fieldRefValue } from "./volumes/field-ref.ts";
import { isReadOnlyVolume } from "./volumes/volume-source.ts";

/** The `kubernetes` Service's variables every pod gets with enableServiceLinks (SIM addresses). */
const serviceLinks: [string, string][] = [
  ["KUBERNETES_PORT", "tcp://10.96.0.1:443"],
  ["KUBERNETES_PORT_443_TCP", "tcp://10.96.0.1:443"],
  ["KUBERNETES_PORT_443_TCP_ADDR", "10.96.0.1"],
  ["KUBERNETES_PORT_443_TCP_PORT", "443"],
  ["KUBERNETES_PORT_443_TCP_PROTO", "tcp"],
  ["KUBERNETES_SERVICE_HOST", "10.96.0.1"],
  ["KUBERNETES_SERVICE_PORT", "443"],
  ["KUBERNETES_SERVICE_PORT_HTTPS", "443"],
];

/** The runtime spec of a container, or the CreateContainerConfigError message. Pure. */
export function containerSpec(state: PodState, cluster: Cluster, spec: EffectiveContainer): { spec: ContainerSpec } | { error: string } {
  const env = environment(state, cluster, spec);
  if (typeof env === "string") return { error: env };
  const lookup = new Map(env);
  const volumes = new Map(state.pod.volumes.map((volume) => [volume.name, volume]));
  return {
    spec: {
      name: spec.name,
      image: spec.image,
      command: spec.command?.map((word) => expand(word, lookup)),
      args: spec.args?.map((word) => expand(word, lookup)),
      env,
      workingDir: spec.workingDir,
      memoryLimitBytes: spec.memoryLimitBytes,
      mounts: spec.volumeMounts.map((mount) => ({
        volume: mount.name, mountPath: mount.mountPath, subPath: mount.subPath ?? "",
        isReadOnly: mount.readOnly === true || isReadOnlyVolume(volumes.get(mount.name)),
      })),
    },
  };
}

function environment(state: PodState, cluster: Cluster, spec: EffectiveContainer): [string, string][] | string {
  const namespace = state.pod.namespace;
  const vars = new Map<string, string>(serviceLinks);
  for (const source of spec.envFrom) {
    const prefix = source.prefix ?? "";
    const ref = source.secretRef ?? source.configMapRef;
    if (ref === undefined) continue;
    const name = ref.name ?? "";
    const data = source.secretRef ? secretData(cluster, namespace, name) : configMapData(cluster, namespace, name);
    if (data === undefined) {
      if (ref.optional === true) continue;
      return source.secretRef ? `secret "${name}" not found` : `configmap "${name}" not found`;
    }
    for (const key of Object.keys(data).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) vars.set(prefix + key, data[key]!);
  }
  for (const variable of spec.env) {
    if (variable.valueFrom === undefined) {
      vars.set(variable.name, expand(variable.value ?? "", vars));
      continue;
    }
    const value = valueFrom(state, cluster, variable.valueFrom);
    if (value === null) continue;
    if (typeof value === "object") return value.error;
    vars.set(variable.name, value);
  }
  return [...vars.entries()];
}

type ValueFrom = NonNullable<EffectiveContainer["env"][number]["valueFrom"]>;

function valueFrom(state: PodState, cluster: Cluster, source: ValueFrom): string | null | { error: string } {
  const namespace = state.pod.namespace;
  const keyRef = source.secretKeyRef ?? source.configMapKeyRef;
  if (keyRef !== undefined) {
    const isSecret = source.secretKeyRef !== undefined;
    const name = keyRef.name ?? "";
    const data = isSecret ? secretData(cluster, namespace, name) : configMapData(cluster, namespace, name);
    if (data === undefined) return keyRef.optional === true ? null : { error: isSecret ? `secret "${name}" not found` : `configmap "${name}" not found` };
    const value = data[keyRef.key];
    if (value !== undefined) return value;
    return keyRef.optional === true ? null : { error: `couldn't find key ${keyRef.key} in ${isSecret ? "Secret" : "ConfigMap"} ${namespace}/${name}` };
  }
  if (source.fieldRef) return fieldRefValue(state, source.fieldRef.fieldPath) ?? "";
  return "0";
}

/** Kubernetes $(VAR) expansion: $$ escapes, unknown references stay as written. Pure. */
export function expand(text: string, vars: ReadonlyMap<string, string>): string {
  // Most words have no `$` at all; they need no regular expression (this runs at every start).
  if (!text.includes("$")) return text;
  return text.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g, (match, name: string | undefined) => {
    if (name === undefined) return "$";
    return vars.get(name) ?? match;
  });
}

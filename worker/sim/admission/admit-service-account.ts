// The ServiceAccount admission plugin (plugin/pkg/admission/serviceaccount/admission.go),
// kubelet-semantics.md §1.7: default the service account, refuse a missing one, mount the
// kube-api-access projected volume into every container, copy the account's pull secrets.
import type { Container, Pod, ServiceAccount, Volume, VolumeMount } from "kubernetes-types/core/v1";
import { nameSuffix } from "./deterministic-ids.ts";

const tokenMountPath = "/var/run/secrets/kubernetes.io/serviceaccount";
const tokenVolumePrefix = "kube-api-access-";

/** The admitted Pod, or the Forbidden text the API server answers with. */
export type ServiceAccountAdmission = { pod: Pod } | { forbidden: string };

/**
 * Applies ServiceAccount admission to a pod being created in `namespace`. The `default` account
 * always exists (the token controller creates it); others must be in `serviceAccounts`. Pure.
 */
export function admitServiceAccount(pod: Pod, namespace: string, serviceAccounts: readonly ServiceAccount[]): ServiceAccountAdmission {
  const spec = pod.spec!;
  const accountName = spec.serviceAccountName || spec.serviceAccount || "default";
  const account = serviceAccounts.find((sa) => sa.metadata?.name === accountName && (sa.metadata.namespace ?? namespace) === namespace)
    ?? (accountName === "default" ? { metadata: { name: "default" } } : undefined);
  if (!account) {
    const name = pod.metadata?.name ?? "";
    return { forbidden: `pods "${name}" is forbidden: error looking up service account ${namespace}/${accountName}: serviceaccount "${accountName}" not found` };
  }
  let admitted: Pod = { ...pod, spec: { ...spec, serviceAccountName: accountName, serviceAccount: accountName } };
  if (shouldAutomount(account, pod)) admitted = mountToken(admitted, nameSuffix(`${namespace}/${pod.metadata?.name ?? ""}`));
  if (!spec.imagePullSecrets?.length && account.imagePullSecrets?.length) {
    admitted = { ...admitted, spec: { ...admitted.spec!, imagePullSecrets: account.imagePullSecrets.map(({ name }) => ({ name })) } };
  }
  return { pod: admitted };
}

/** The pod's own setting wins, then the account's; the default is to mount. */
function shouldAutomount(account: ServiceAccount, pod: Pod): boolean {
  return pod.spec?.automountServiceAccountToken ?? account.automountServiceAccountToken ?? true;
}

function mountToken(pod: Pod, suffix: string): Pod {
  const spec = pod.spec!;
  const existing = spec.volumes?.find((volume) => (volume.name ?? "").startsWith(tokenVolumePrefix));
  const volumeName = existing?.name ?? `${tokenVolumePrefix}${suffix}`;
  const mount: VolumeMount = { mountPath: tokenMountPath, name: volumeName, readOnly: true };
  let mounted = false;
  const withMount = (container: Container): Container => {
    if (container.volumeMounts?.some((m) => m.mountPath === tokenMountPath)) return container;
    mounted = true;
    return { ...container, volumeMounts: [...(container.volumeMounts ?? []), mount] };
  };
  const initContainers = spec.initContainers?.map(withMount);
  const containers = spec.containers?.map(withMount);
  const volumes = !existing && mounted ? [...(spec.volumes ?? []), tokenVolume(volumeName)] : spec.volumes;
  return { ...pod, spec: { ...spec, containers, ...(initContainers && { initContainers }), ...(volumes && { volumes }) } };
}

/** The projected volume the plugin adds (TokenVolumeSource), with its explicit defaultMode. */
function tokenVolume(name: string): Volume {
  return {
    name,
    projected: {
      defaultMode: 420,
      sources: [
        { serviceAccountToken: { expirationSeconds: 3607, path: "token" } },
        { configMap: { items: [{ key: "ca.crt", path: "ca.crt" }], name: "kube-root-ca.crt" } },
        { downwardAPI: { items: [{ fieldRef: { apiVersion: "v1", fieldPath: "metadata.namespace" }, path: "namespace" }] } },
      ],
    },
  };
}

import type { ServiceAccount } from "kubernetes-types/core/v1";
import { describe, expect, it } from "vitest";
import { admitPod } from "../../../../worker/sim/admission/admit-pod.ts";
import { nginx, podYaml } from "./pod-yaml.ts";

const tokenPath = "/var/run/secrets/kubernetes.io/serviceaccount";
const cluster = (serviceAccounts: ServiceAccount[] = []) => ({ namespace: "default", serviceAccounts, podPresets: [] });

describe("ServiceAccount admission (kubelet-semantics.md §1.7)", () => {
  it("uses the default account and mounts kube-api-access into every container", () => {
    const yaml = podYaml(`${nginx}  initContainers:\n  - name: init\n    image: busybox\n`);
    const { spec } = admitPod(yaml).pod!;
    const volume = spec?.volumes?.at(-1);
    expect(spec).toMatchObject({ serviceAccountName: "default", serviceAccount: "default" });
    expect(volume?.name).toMatch(/^kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(volume?.projected).toEqual({
      defaultMode: 420,
      sources: [
        { serviceAccountToken: { expirationSeconds: 3607, path: "token" } },
        { configMap: { items: [{ key: "ca.crt", path: "ca.crt" }], name: "kube-root-ca.crt" } },
        { downwardAPI: { items: [{ fieldRef: { apiVersion: "v1", fieldPath: "metadata.namespace" }, path: "namespace" }] } },
      ],
    });
    for (const container of [...spec!.containers, ...spec!.initContainers!]) {
      expect(container.volumeMounts).toEqual([{ mountPath: tokenPath, name: volume?.name, readOnly: true }]);
    }
  });

  const noTokenCases = [
    { name: "the pod opts out", yaml: podYaml(`  automountServiceAccountToken: false\n${nginx}`), accounts: [] },
    { name: "the account opts out", yaml: podYaml(nginx), accounts: [{ metadata: { name: "default" }, automountServiceAccountToken: false }] },
  ];
  it.each(noTokenCases)("mounts no token when $name", ({ yaml, accounts }) => {
    const { spec } = admitPod(yaml, undefined, cluster(accounts)).pod!;
    expect(spec?.volumes).toBeUndefined();
    expect(spec?.containers[0]?.volumeMounts).toBeUndefined();
  });

  it("lets the pod's true win over the account's false, and skips a container that mounts the path itself", () => {
    const yaml = podYaml(
      `  automountServiceAccountToken: true\n  containers:\n  - name: own\n    image: nginx\n    volumeMounts:\n    - name: mine\n      mountPath: ${tokenPath}\n  - name: c\n    image: nginx\n  volumes:\n  - name: mine\n`,
    );
    const { spec } = admitPod(yaml, undefined, cluster([{ metadata: { name: "default" }, automountServiceAccountToken: false }])).pod!;
    expect(spec?.containers.map((c) => c.volumeMounts?.length)).toEqual([1, 1]);
    expect(spec?.volumes?.map((v) => v.name)).toEqual(["mine", expect.stringMatching(/^kube-api-access-/)]);
  });

  it("uses a named account of the cluster and copies its image pull secrets", () => {
    const accounts = [{ metadata: { name: "builder", namespace: "default" }, imagePullSecrets: [{ name: "registry" }] }];
    const { spec } = admitPod(podYaml(`  serviceAccountName: builder\n${nginx}`), undefined, cluster(accounts)).pod!;
    expect(spec).toMatchObject({ serviceAccountName: "builder", imagePullSecrets: [{ name: "registry" }] });
  });

  it("refuses an account that does not exist with the 403 message", () => {
    const result = admitPod(podYaml(`  serviceAccountName: builder\n${nginx}`, "  name: web\n"));
    expect(result).toMatchObject({ admitted: false, pod: null });
    expect(result.errors).toEqual([
      {
        field: "spec.serviceAccountName",
        type: "Forbidden",
        message: 'pods "web" is forbidden: error looking up service account default/builder: serviceaccount "builder" not found',
        line: 6,
        column: 23,
      },
    ]);
  });
});

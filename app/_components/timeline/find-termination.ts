// When a deleted pod began and finished terminating (kubelet-semantics T1, T2, T6). The deletion
// shows in the document three ways: the stored pod has `metadata.deletionGracePeriodSeconds`,
// STATUS turns `Terminating`, and each running container gets `Killing` "Stopping container".
// When every container stops at once no `Terminating` snapshot is recorded, so the first
// "Stopping container" is taken too.
import type { SimResult } from "@/worker/sim/sim-result.ts";

/** The deletion interval: from the deletion until the pod reached a terminal phase. */
export interface Termination {
  deletedAtS: number;
  gracePeriodS: number;
  /** When the last container stopped (terminal phase), or null if still stopping at the end. */
  stoppedAtS: number | null;
}

/** The termination of a deleted pod, or undefined when the pod was not deleted. Pure. */
export function findTermination(result: SimResult): Termination | undefined {
  const gracePeriodS = deletionGracePeriodOf(result.pod);
  if (gracePeriodS === undefined) return undefined;
  const deletedAtS = firstDeletionSign(result);
  if (deletedAtS === undefined) return undefined;
  const stopped = result.snapshots.find(
    (snapshot) => snapshot.time >= deletedAtS && (snapshot.phase === "Succeeded" || snapshot.phase === "Failed"),
  );
  return { deletedAtS, gracePeriodS, stoppedAtS: stopped?.time ?? null };
}

function deletionGracePeriodOf(pod: SimResult["pod"]): number | undefined {
  const metadata = pod?.metadata;
  if (typeof metadata !== "object" || metadata === null) return undefined;
  const grace = (metadata as Record<string, unknown>).deletionGracePeriodSeconds;
  return typeof grace === "number" ? grace : undefined;
}

function firstDeletionSign(result: SimResult): number | undefined {
  const times = [
    result.snapshots.find((snapshot) => snapshot.status === "Terminating")?.time,
    result.events.find((event) => event.reason === "Killing" && event.message.startsWith("Stopping container "))?.time,
  ].filter((time): time is number => time !== undefined);
  return times.length === 0 ? undefined : Math.min(...times);
}

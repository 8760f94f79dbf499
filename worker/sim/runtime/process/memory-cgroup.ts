/**
 * A container's memory cgroup (cgroup v2 `memory.max` = resources.limits.memory). Programs that
 * model their memory say how much each process holds; the rest count as nothing. When a charge
 * would take the container past its limit the kernel's OOM killer acts: since v1.28 the kubelet
 * sets `memory.oom.group`, so every process of the container is killed (SIGKILL, exit 137) and
 * containerd reports the container `OOMKilled` (kubelet-semantics.md T5).
 */
import type { Process } from "./process.ts";

/** Memory accounting of one container. */
export class MemoryCgroup {
  /** The OOM killer ended this container. */
  isOomKilled = false;
  private readonly limitBytes: number | undefined;
  private readonly killAll: () => void;
  private readonly resident = new Map<Process, number>();

  /** `killAll` SIGKILLs every process of the container. */
  constructor(limitBytes: number | undefined, killAll: () => void) {
    this.limitBytes = limitBytes;
    this.killAll = killAll;
  }

  /** Sets the memory `proc` holds; false when that OOM-killed the container (`proc` included). */
  setResident(proc: Process, bytes: number): boolean {
    if (!this.resident.has(proc)) proc.onExit.push(() => this.resident.delete(proc));
    this.resident.set(proc, bytes);
    if (this.limitBytes === undefined || this.usageBytes() <= this.limitBytes) return true;
    this.isOomKilled = true;
    this.killAll();
    return false;
  }

  /** Bytes charged now. */
  private usageBytes(): number {
    let total = 0;
    for (const bytes of this.resident.values()) total += bytes;
    return total;
  }
}

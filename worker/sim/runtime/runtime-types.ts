/** The data the kubelet layer passes to and gets from the container runtime. No Kubernetes objects. */
import type { Signal } from "./process/signals.ts";

/** A pod sandbox: network identity and whether its containers share one PID namespace. */
export interface SandboxSpec {
  podIp: string;
  hostname: string;
  shareProcessNamespace: boolean;
  /** Content of the kubelet-managed /etc/hosts (kubelet-semantics.md §11), or undefined for none. */
  etcHosts: string | undefined;
}

/** A pod volume's source. `files` covers secret, configMap, downwardAPI and projected volumes. */
export type VolumeSource =
  | { kind: "emptyDir" }
  | { kind: "hostPath"; path: string; type: "" | "DirectoryOrCreate" | "Directory" | "FileOrCreate" | "File" }
  | { kind: "files"; files: { path: string; data: string; mode: number }[] };

/** A volume mount of one container. */
export interface MountSpec {
  volume: string;
  mountPath: string;
  isReadOnly: boolean;
  subPath: string;
}

/** What the kubelet asks to run: Kubernetes command/args semantics (command replaces ENTRYPOINT, args CMD). */
export interface ContainerSpec {
  name: string;
  image: string;
  command: string[] | undefined;
  args: string[] | undefined;
  env: [string, string][];
  workingDir: string | undefined;
  mounts: MountSpec[];
  /** resources.limits.memory in bytes, the cgroup's memory.max; absent means no limit. */
  memoryLimitBytes?: number | undefined;
}

/** A failure the kubelet reports in Kubernetes words; `code` picks the waiting reason. */
export interface RuntimeFailure {
  code: "ImageNotFound" | "VolumeNotFound" | "HostPathTypeMismatch" | "ExecutableNotFound" | "NotRunning" | "StepBudgetExhausted";
  message: string;
}

/**
 * How one process ended. `stdout`/`stderr` are set for exec'd commands; a container's go to its log.
 * `sandbox` is the pod's pause process (containerId 0): the sandbox is dead.
 */
export interface ExitRecord {
  containerId: number;
  pid: number;
  kind: "main" | "exec" | "sandbox";
  atMs: number;
  exitCode: number;
  /** A main process ended by the OOM killer (containerd's reason OOMKilled). */
  isOomKilled: boolean;
  stdout: string;
  stderr: string;
}

/** The outcome of an HTTP probe or tcp connect from the node to a pod. */
export type ProbeOutcome =
  | { kind: "response"; status: number; body: string }
  | { kind: "refused" }
  | { kind: "timeout" };

/** Signal names accepted by signal(): the container's stop signal comes from its image. */
export type { Signal };

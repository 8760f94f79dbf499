/**
 * Image data: what a container image provides. Each catalog file exports one ImageSpec; adding an
 * image means adding one file and listing it in catalog.ts, with no interpreter change.
 */
import type { Signal } from "../process/signals.ts";
import type { ProgramName } from "../programs/program-table.ts";
import type { Flavor } from "../programs/program.ts";

/** One filesystem entry of a layer. Directories are created for every parent path. */
export type ImageFile =
  | { path: string; kind: "file"; data: string; mode?: number }
  | { path: string; kind: "program"; program: ProgramName; mode?: number }
  | { path: string; kind: "dir"; mode?: number }
  | { path: string; kind: "symlink"; target: string };

/** A container image. */
export interface ImageSpec {
  /** Repositories this image answers to, normalized (`nginx`, `k8s.gcr.io/busybox`). */
  repositories: string[];
  /** Tags that exist; anything else is a failed pull. */
  tags: RegExp;
  entrypoint: string[];
  cmd: string[];
  env: [string, string][];
  workingDir: string;
  user: string;
  stopSignal: Signal;
  flavor: Flavor;
  sizeBytes: number;
  layers: ImageFile[][];
}

/** The usual tags of an official image: latest, named channels and dotted versions. */
export const versionTags = /^(latest|stable|mainline|alpine|slim|bookworm|bullseye|jammy|noble|\d+(\.\d+){0,2}(-(alpine|slim|bookworm|bullseye|jammy|jdk\d+|jre\d+))*)$/;

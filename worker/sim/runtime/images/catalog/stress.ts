/**
 * polinux/stress: alpine with stress 1.0.4 in /usr/local/bin (the kubernetes.io "Assign Memory
 * Resources" task). The image's own CMD is not modelled beyond alpine's (unconfirmed): the task's
 * pods set `command: ["stress"]`. The size is approximate.
 */
import { busyboxLayer, skeletonLayer } from "../base-layers.ts";
import type { ImageSpec } from "../image-spec.ts";

/** The polinux/stress image. */
export const stressImage: ImageSpec = {
  repositories: ["polinux/stress"], tags: /^(latest|1\.0\.4)$/, entrypoint: [], cmd: ["/bin/sh"],
  env: [["PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]],
  workingDir: "/", user: "root", stopSignal: "TERM", flavor: "busybox", sizeBytes: 4_153_792,
  layers: [skeletonLayer, busyboxLayer, [{ path: "/usr/local/bin/stress", kind: "program", program: "stress", mode: 0o755 }]],
};

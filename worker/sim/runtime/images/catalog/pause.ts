/** The pod sandbox image: one static binary, no shell. */
import type { ImageSpec } from "../image-spec.ts";

/** The pause image. */
export const pauseImage: ImageSpec = {
  repositories: ["registry.k8s.io/pause", "k8s.gcr.io/pause"], tags: /^(latest|\d+\.\d+(\.\d+)?)$/,
  entrypoint: ["/pause"], cmd: [], env: [], workingDir: "/", user: "root", stopSignal: "TERM", flavor: "busybox",
  sizeBytes: 320_368, layers: [[{ path: "/pause", kind: "program", program: "pause", mode: 0o755 }]],
};

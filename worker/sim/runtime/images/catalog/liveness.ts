/** registry.k8s.io/liveness: the docs' HTTP liveness example server (/server on :8080). */
import type { ImageSpec } from "../image-spec.ts";

/** The liveness image. */
export const livenessImage: ImageSpec = {
  repositories: ["registry.k8s.io/liveness", "k8s.gcr.io/liveness", "registry.k8s.io/e2e-test-images/agnhost"],
  tags: /^(latest|\d+\.\d+)$/, entrypoint: ["/server"], cmd: [], env: [], workingDir: "/", user: "root",
  stopSignal: "TERM", flavor: "busybox", sizeBytes: 4_479_290,
  layers: [[{ path: "/server", kind: "program", program: "liveness-server", mode: 0o755 }, { path: "/tmp", kind: "dir", mode: 0o1777 }]],
};

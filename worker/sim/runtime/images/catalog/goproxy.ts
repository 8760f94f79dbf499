/** registry.k8s.io/goproxy: the probes task page's TCP liveness/readiness example (:8080). */
import type { ImageSpec } from "../image-spec.ts";

/** The goproxy image. */
export const goproxyImage: ImageSpec = {
  repositories: ["registry.k8s.io/goproxy", "k8s.gcr.io/goproxy"], tags: /^0\.1$/,
  entrypoint: ["/goproxy"], cmd: [], env: [], workingDir: "/", user: "root",
  stopSignal: "TERM", flavor: "busybox", sizeBytes: 2_508_032,
  layers: [[{ path: "/goproxy", kind: "program", program: "goproxy", mode: 0o755 }, { path: "/tmp", kind: "dir", mode: 0o1777 }]],
};

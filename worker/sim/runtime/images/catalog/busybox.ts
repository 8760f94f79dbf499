/** busybox (Docker Hub) and the Kubernetes docs' k8s.gcr.io/busybox. */
import { busyboxLayer, skeletonLayer } from "../base-layers.ts";
import { type ImageSpec, versionTags } from "../image-spec.ts";

/** The busybox image. */
export const busyboxImage: ImageSpec = {
  repositories: ["busybox", "k8s.gcr.io/busybox", "registry.k8s.io/busybox", "gcr.io/google-containers/busybox"],
  tags: versionTags, entrypoint: [], cmd: ["sh"],
  env: [["PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]],
  workingDir: "/", user: "root", stopSignal: "TERM", flavor: "busybox", sizeBytes: 2_155_227,
  layers: [skeletonLayer, busyboxLayer],
};

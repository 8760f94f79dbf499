/** alpine: busybox userland plus /etc/alpine-release. */
import { busyboxLayer, skeletonLayer } from "../base-layers.ts";
import { type ImageSpec, versionTags } from "../image-spec.ts";

/** The alpine image. */
export const alpineImage: ImageSpec = {
  repositories: ["alpine"], tags: versionTags, entrypoint: [], cmd: ["/bin/sh"],
  env: [["PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]],
  workingDir: "/", user: "root", stopSignal: "TERM", flavor: "busybox", sizeBytes: 3_623_807,
  layers: [skeletonLayer, busyboxLayer, [{ path: "/etc/alpine-release", kind: "file", data: "3.20.3\n" }]],
};

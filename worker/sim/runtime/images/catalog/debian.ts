/** debian and ubuntu: GNU userland, no ps/wget/curl installed (as in the real slim images). */
import { gnuLayer, skeletonLayer } from "../base-layers.ts";
import { type ImageSpec, versionTags } from "../image-spec.ts";

const path: [string, string] = ["PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"];

/** The debian image. */
export const debianImage: ImageSpec = {
  repositories: ["debian"], tags: versionTags, entrypoint: [], cmd: ["bash"], env: [path],
  workingDir: "/", user: "root", stopSignal: "TERM", flavor: "gnu", sizeBytes: 48_513_354,
  layers: [skeletonLayer, gnuLayer, [{ path: "/etc/debian_version", kind: "file", data: "12.8\n" }]],
};

/** The ubuntu image. */
export const ubuntuImage: ImageSpec = {
  ...debianImage, repositories: ["ubuntu"], sizeBytes: 29_754_422,
  layers: [skeletonLayer, gnuLayer, [{ path: "/etc/lsb-release", kind: "file", data: "DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=24.04\n" }]],
};

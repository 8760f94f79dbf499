/** redis (Debian-based official image). */
import { gnuLayer, skeletonLayer } from "../base-layers.ts";
import { type ImageSpec, versionTags } from "../image-spec.ts";

/** The redis image. */
export const redisImage: ImageSpec = {
  repositories: ["redis"], tags: versionTags, entrypoint: [], cmd: ["redis-server"],
  env: [["PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]],
  workingDir: "/data", user: "root", stopSignal: "TERM", flavor: "gnu", sizeBytes: 45_183_710,
  layers: [skeletonLayer, gnuLayer, [
    { path: "/usr/local/bin/redis-server", kind: "program", program: "redis-server", mode: 0o755 },
    { path: "/usr/local/bin/redis-cli", kind: "program", program: "redis-cli", mode: 0o755 },
    { path: "/data", kind: "dir" },
  ]],
};

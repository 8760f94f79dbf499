/** hashicorp/http-echo: a tiny HTTP server for probe exercises (`-text=...`, `-listen=:PORT`). */
import type { ImageSpec } from "../image-spec.ts";

/** The http-echo image. */
export const httpEchoImage: ImageSpec = {
  repositories: ["hashicorp/http-echo", "podlab/http-echo"], tags: /^(latest|\d+\.\d+(\.\d+)?)$/,
  entrypoint: ["/http-echo"], cmd: ["-text=hello-world"], env: [], workingDir: "/", user: "root",
  stopSignal: "TERM", flavor: "busybox", sizeBytes: 3_502_145,
  layers: [[{ path: "/http-echo", kind: "program", program: "http-echo", mode: 0o755 }, { path: "/tmp", kind: "dir", mode: 0o1777 }]],
};

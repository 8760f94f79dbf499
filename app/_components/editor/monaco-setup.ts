// Monaco as this site loads it: from the installed package (never a CDN), with web workers
// bundled from local wrapper files, and monaco-yaml checking files named pod.yaml against the Pod
// JSON Schema. Runs once, when the first editor module loads in the browser (shared/toolchain.md §2).
import { loader } from "@monaco-editor/react";
import * as monaco from "monaco-editor";
import { configureMonacoYaml, type JSONSchema } from "monaco-yaml";
import podSchema from "@/worker/sim/admission/pod.schema.json";

self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) =>
    label === "yaml"
      ? new Worker(new URL("./yaml.worker.ts", import.meta.url), { type: "module" })
      : new Worker(new URL("./editor.worker.ts", import.meta.url), { type: "module" }),
};

loader.config({ monaco });

configureMonacoYaml(monaco, {
  enableSchemaRequest: false,
  schemas: [{ uri: "inmemory://schemas/pod.json", fileMatch: ["**/pod.yaml"], schema: podSchema as JSONSchema }],
});

export { monaco };

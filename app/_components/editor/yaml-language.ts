// monaco-yaml with the Pod JSON Schema: completion, hover docs and validation for files named
// pod.yaml. Loaded after the first editor is on screen (yaml-editor.tsx), in a chunk of its own
// with the 200 kB schema, so neither delays the moment the learner can type; its markers and
// completions follow a moment later. Browser only.
import type { JSONSchema } from "monaco-yaml";
import type { monaco as Monaco } from "./monaco-setup.ts";

let started: Promise<void> | undefined;

/** Configures monaco-yaml once; later calls return the same promise. Models already open are validated too. */
export function startYamlLanguage(monaco: typeof Monaco): Promise<void> {
  started ??= Promise.all([import("monaco-yaml"), import("@/worker/sim/admission/pod.schema.json")]).then(([{ configureMonacoYaml }, schema]) => {
    configureMonacoYaml(monaco as Parameters<typeof configureMonacoYaml>[0], {
      enableSchemaRequest: false,
      schemas: [{ uri: "inmemory://schemas/pod.json", fileMatch: ["**/pod.yaml"], schema: (schema.default ?? schema) as JSONSchema }],
    });
  });
  return started;
}

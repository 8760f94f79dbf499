// Regenerates worker/sim/admission/pod.schema.json, the JSON Schema of a v1 Pod, from the
// Kubernetes 1.30 TypeScript types (kubernetes-types). No npm package ships this schema, and
// yaml-language-server would download one at run time, which this project cannot do.
// Run: npm run gen:pod-schema
import { writeFileSync } from "node:fs";
import { createGenerator } from "ts-json-schema-generator";

const outputPath = new URL("../sim/admission/pod.schema.json", import.meta.url);

const schema = createGenerator({
  path: "node_modules/kubernetes-types/core/v1.d.ts",
  type: "Pod",
  skipTypeCheck: true,
}).createSchema("Pod");

// A Quantity is a string in the Go type, but the API server accepts plain numbers (`cpu: 1`).
const quantity = schema.definitions?.Quantity;
if (!quantity || typeof quantity !== "object") throw new Error("kubernetes-types has no Quantity");
quantity.type = ["string", "number"];

writeFileSync(outputPath, `${JSON.stringify(schema, null, 1)}\n`);

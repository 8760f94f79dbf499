// The API server's semantic rules for a Pod that the JSON Schema cannot express (required
// fields the Go types leave optional, uniqueness). Messages are the API server's own; see
// kubernetes pkg/apis/core/validation/validation.go and shared/reference/kubelet-semantics.md §2.
// Runs only on objects that passed the schema, so the types below hold.
import type { Document, LineCounter } from "yaml";
import { type Problem, problem } from "./problem.ts";
import { positionOf } from "./yaml-positions.ts";

interface ContainerLike {
  name: string;
  image?: string;
}

interface PodLike {
  metadata?: { name?: string; generateName?: string };
  spec?: { containers?: ContainerLike[]; initContainers?: ContainerLike[] };
}

/** Semantic errors of a schema-valid Pod, in the API server's order (metadata, then containers). Pure. */
export function validatePodSpec(pod: PodLike, document: Document, lineCounter: LineCounter): Problem[] {
  const at = (path: string[]) => positionOf(document, lineCounter, path);
  const errors: Problem[] = [];
  if (!pod.metadata?.name && !pod.metadata?.generateName) {
    errors.push(problem("FieldValueRequired", "metadata.name", "metadata.name: Required value: name or generateName is required", at(["metadata", "name"])));
  }
  const containers = pod.spec?.containers ?? [];
  if (containers.length === 0) {
    errors.push(problem("FieldValueRequired", "spec.containers", "spec.containers: Required value", at(["spec", "containers"])));
  }
  const seen = new Set<string>();
  const checkContainers = (list: ContainerLike[], key: "containers" | "initContainers") => {
    list.forEach((container, index) => {
      const base = `spec.${key}[${index}]`;
      const path = ["spec", key, String(index)];
      if (!container.image) {
        errors.push(problem("FieldValueRequired", `${base}.image`, `${base}.image: Required value`, at(path)));
      }
      if (seen.has(container.name)) {
        const message = `${base}.name: Duplicate value: ${JSON.stringify(container.name)}`;
        errors.push(problem("FieldValueDuplicate", `${base}.name`, message, at([...path, "name"])));
      }
      seen.add(container.name);
    });
  };
  checkContainers(containers, "containers");
  checkContainers(pod.spec?.initContainers ?? [], "initContainers");
  return errors;
}

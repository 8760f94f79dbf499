// Finds the simulated examples of a lesson page in the Markdown tree: a top-level fence
// ```yaml simulate OPTIONS, optionally followed by a ```yaml cluster fence, as
// lib/lessons/lesson-examples.ts reads them. Each becomes one `simulateExample` node holding both
// fences (still ordinary yaml code, so shiki colours them); the options come already parsed,
// in the same order, from lessonExamples().
import type { Code, Root, RootContent } from "mdast";
import type { SimInput } from "@/worker/sim/sim-result.ts";

/** A simulated example in the Markdown tree; becomes `<div data-example="INDEX">` in hast. */
export interface SimulateExample {
  type: "simulateExample";
  children: Code[];
  data: { hName: "div"; hProperties: { dataExample: string } };
}

declare module "mdast" {
  interface RootContentMap {
    simulateExample: SimulateExample;
  }
}

const isSimulateFence = (node: RootContent | undefined): node is Code =>
  node?.type === "code" && node.lang === "yaml" && /^simulate(\s|$)/.test(node.meta ?? "");

const isClusterFence = (node: RootContent | undefined): node is Code =>
  node?.type === "code" && node.lang === "yaml" && node.meta?.trim() === "cluster";

/** A remark plugin that groups each simulate fence with its cluster fence; throws when the count differs from `examples`. */
export function remarkSimulate(examples: readonly SimInput[]) {
  return (tree: Root): void => {
    const children: RootContent[] = [];
    let count = 0;
    for (let i = 0; i < tree.children.length; i++) {
      const node = tree.children[i];
      if (!isSimulateFence(node)) {
        children.push(node!);
        continue;
      }
      const fences: Code[] = [{ ...node, meta: null }];
      const next = tree.children[i + 1];
      if (isClusterFence(next)) {
        fences.push({ ...next, meta: null });
        i++;
      }
      children.push({ type: "simulateExample", children: fences, data: { hName: "div", hProperties: { dataExample: String(count) } } });
      count++;
    }
    if (count !== examples.length) {
      throw new Error(`The Markdown has ${count} simulated examples but ${examples.length} parsed inputs were given.`);
    }
    tree.children = children;
  };
}

// renderText gives one terminal transcript: `$ kubectl apply`, `$ kubectl get pods -w`,
// `$ kubectl describe pod`, then any `$ kubectl exec`, blocks separated by a blank line
// (worker/sim/report/render-text.ts). The tabs show the watch and describe blocks on their own.

/** The blocks of the transcript the tabs show; undefined when the run has none (a rejected pod). */
export interface KubectlBlocks {
  getPodsWatch: string | undefined;
  describePod: string | undefined;
}

/** Finds the `get pods -w` and `describe pod` blocks of `text`, each with its command line. Pure. */
export function splitKubectlText(text: string): KubectlBlocks {
  const blocks = text.split(/\n(?=\$ kubectl )/);
  const find = (command: string) => blocks.find((block) => block.startsWith(`$ kubectl ${command}`))?.trimEnd();
  return { getPodsWatch: find("get pods -w"), describePod: find("describe pod ") };
}

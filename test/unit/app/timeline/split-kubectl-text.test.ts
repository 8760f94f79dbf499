import { describe, expect, it } from "vitest";
import { splitKubectlText } from "@/app/_components/timeline/split-kubectl-text.ts";

const admitted = [
  "$ kubectl apply -f pod.yaml\npod/web created\n",
  "$ kubectl get pods -w\nNAME   READY   STATUS    RESTARTS   AGE\nweb    0/1     Pending   0          0s\n",
  "$ kubectl describe pod web\nName:         web\nEvents:       <none>\n",
  "$ kubectl exec web -c web -- sh -c 'ls'    # at 10s\nbin\n",
].join("\n");

describe("splitKubectlText", () => {
  it.each([
    {
      name: "admitted run with an exec",
      text: admitted,
      expected: {
        getPodsWatch: "$ kubectl get pods -w\nNAME   READY   STATUS    RESTARTS   AGE\nweb    0/1     Pending   0          0s",
        describePod: "$ kubectl describe pod web\nName:         web\nEvents:       <none>",
      },
    },
    {
      name: "rejected pod has neither block",
      text: "$ kubectl apply -f pod.yaml\nThe Pod \"web\" is invalid: spec.containers[0].image: Required value\n",
      expected: { getPodsWatch: undefined, describePod: undefined },
    },
  ])("$name", ({ text, expected }) => {
    expect(splitKubectlText(text)).toEqual(expected);
  });
});

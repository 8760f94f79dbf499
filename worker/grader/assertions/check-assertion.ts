import type { SimResult } from "../../sim/sim-result.ts";
import type { Assertion } from "../exercise/exercise-schema.ts";
import { checkEvent, checkEventOrder } from "./event-assertions.ts";
import type { Outcome } from "./outcome.ts";
import { checkAdmitted, checkExec, checkPodField, checkRejected, checkWarnings } from "./result-assertions.ts";
import { checkContainer, checkPod } from "./state-assertions.ts";

/**
 * A check of what a Pod did, when the API server never admitted it: it fails, as not checked.
 * The errors themselves are the `admitted` check's message and the verdict's own list (the site
 * shows them under the checks, as editor markers too): repeated under every check, they buried it.
 */
function notCheckedWhenRejected(): Outcome {
  return { passed: false, message: "Not checked: the API server rejected the Pod, so nothing ran.", messageData: { key: "notCheckedRejected", params: {} } };
}

/** Judges one assertion against one scenario's trace. Pure. */
export function checkAssertion(trace: SimResult, assertion: Assertion): Outcome {
  if (assertion.kind === "admitted") return checkAdmitted(trace);
  if (assertion.kind === "rejected") return checkRejected(trace, assertion);
  if (!trace.admitted) return notCheckedWhenRejected();
  switch (assertion.kind) {
    case "pod":
      return checkPod(trace, assertion);
    case "container":
      return checkContainer(trace, assertion);
    case "event":
      return checkEvent(trace, assertion);
    case "eventOrder":
      return checkEventOrder(trace, assertion);
    case "exec":
      return checkExec(trace, assertion);
    case "podField":
      return checkPodField(trace, assertion);
    case "warnings":
      return checkWarnings(trace, assertion);
  }
}

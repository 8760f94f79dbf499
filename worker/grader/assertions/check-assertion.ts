import type { SimResult } from "../../sim/sim-result.ts";
import type { Assertion } from "../exercise/exercise-schema.ts";
import { checkEvent, checkEventOrder } from "./event-assertions.ts";
import type { Outcome } from "./outcome.ts";
import { checkAdmitted, checkExec, checkPodField, checkRejected, checkWarnings } from "./result-assertions.ts";
import { checkContainer, checkPod } from "./state-assertions.ts";

/**
 * Judges one assertion against one scenario's trace. Anything but `admitted`/`rejected` fails
 * with the API server's answer when the Pod was not admitted. Pure.
 */
export function checkAssertion(trace: SimResult, assertion: Assertion): Outcome {
  if (assertion.kind === "admitted") return checkAdmitted(trace);
  if (assertion.kind === "rejected") return checkRejected(trace, assertion);
  if (!trace.admitted) return checkAdmitted(trace);
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

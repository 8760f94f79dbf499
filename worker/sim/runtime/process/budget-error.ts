/** Raised inside a process that runs too long without virtual time passing. */

/** Why a process was stopped by the simulator rather than by the learner's script. */
export type BudgetCode = "StepBudget" | "ProcessDepth" | "ProcessLimit" | "RecursionDepth";

/**
 * Thrown through a process's generator and caught by the Kernel, which prints the message on the
 * process's stderr and ends it with status 2. Never reaches the kubelet layer.
 */
export class BudgetError extends Error {
  override readonly name = "BudgetError";
  readonly code: BudgetCode;

  constructor(code: BudgetCode, message: string) {
    super(message);
    this.code = code;
  }
}

// A fixed pool of grading threads (grading-thread.ts), one request per thread at a time: grading
// a submission, a playground simulation or an author's reference answer. A run
// that exceeds the time limit has its thread terminated and replaced, and fails with
// GradingTimeoutError: the simulator is deterministic, so trying again would only repeat it.
import { Worker } from "node:worker_threads";
import type { AnswerVerdict, GradeAnswerJob } from "../../lib/queue/grade-answer-jobs.ts";
import type { Verdict } from "../grader/verdict.ts";
import type { SimInput, SimResult } from "../sim/index.ts";
import type { ThreadRequest } from "./grading-thread.ts";

/** Thrown when grading one submission (or one simulation) took longer than the pool's limit. */
export class GradingTimeoutError extends Error {
  override readonly name = "GradingTimeoutError";
  readonly code = "grading_timeout";
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void; timer: NodeJS.Timeout };
type Work = { kind: "grade"; exerciseId: string; yaml: string } | { kind: "simulate"; input: SimInput } | ({ kind: "grade-answer" } & GradeAnswerJob);

interface Slot {
  thread: Worker;
  ready: Promise<void>;
  pending: Map<number, Pending>;
}

export interface GradingPoolOptions {
  size: number;
  timeoutMs: number;
  lessonsRoot: string;
  /** The thread's script; tests pass their own. */
  script?: URL;
}

/** Grades submissions on `size` threads, each run bounded by `timeoutMs`. */
export class GradingPool {
  private readonly slots: Slot[] = [];
  private readonly idle: Slot[] = [];
  private readonly waiting: ((slot: Slot) => void)[] = [];
  private nextId = 1;

  constructor(private readonly options: GradingPoolOptions) {
    for (let index = 0; index < options.size; index++) this.idle.push(this.spawn());
  }

  /** The verdict for a Pod on an exercise, or undefined when the course has no such exercise. */
  async grade(exerciseId: string, yaml: string): Promise<Verdict | undefined> {
    return ((await this.submit({ kind: "grade", exerciseId, yaml })) ?? undefined) as Verdict | undefined;
  }

  /** One simulation (a playground run), under the same time limit. */
  async simulate(input: SimInput): Promise<SimResult> {
    return (await this.submit({ kind: "simulate", input })) as SimResult;
  }

  /** One reference answer graded against the exercise it carries (an author's check), under the same time limit. */
  async gradeAnswer(job: GradeAnswerJob): Promise<AnswerVerdict> {
    return (await this.submit({ kind: "grade-answer", ...job })) as AnswerVerdict;
  }

  private async submit(work: Work): Promise<unknown> {
    const slot = await this.acquire();
    try {
      await slot.ready;
      return await this.run(slot, work);
    } finally {
      this.release(slot);
    }
  }

  /** Stops every thread. */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.thread.terminate()));
  }

  private run(slot: Slot, work: Work): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        slot.pending.delete(id);
        this.replace(slot);
        reject(new GradingTimeoutError(`the run took longer than ${this.options.timeoutMs} ms`));
      }, this.options.timeoutMs);
      slot.pending.set(id, { resolve, reject, timer });
      slot.thread.postMessage({ id, ...work } satisfies ThreadRequest);
    });
  }

  private spawn(): Slot {
    const slot = {} as Slot;
    this.start(slot);
    this.slots.push(slot);
    return slot;
  }

  /** Gives a slot a new thread; its requests come back through the slot's own pending map. */
  private start(slot: Slot): void {
    const thread = new Worker(this.options.script ?? new URL("./grading-thread.js", import.meta.url), {
      workerData: { lessonsRoot: this.options.lessonsRoot },
    });
    const pending = new Map<number, Pending>();
    let markReady = () => {};
    let markFailed: (error: Error) => void = () => {};
    const ready = new Promise<void>((done, fail) => {
      markReady = done;
      markFailed = fail;
    });
    thread.on("message", (message: { ready?: true; id?: number; value?: unknown; error?: string }) => {
      if (message.ready) return markReady();
      const request = pending.get(message.id!);
      if (!request) return;
      pending.delete(message.id!);
      clearTimeout(request.timer);
      if (message.error !== undefined) request.reject(new Error(message.error));
      else request.resolve(message.value);
    });
    thread.on("error", (error) => {
      markFailed(error);
      for (const request of pending.values()) {
        clearTimeout(request.timer);
        request.reject(error);
      }
      pending.clear();
    });
    Object.assign(slot, { thread, ready, pending });
  }

  /** Terminates a slot's thread and starts a fresh one in its place. */
  private replace(slot: Slot): void {
    void slot.thread.terminate();
    this.start(slot);
  }

  private acquire(): Promise<Slot> {
    const slot = this.idle.pop();
    return slot ? Promise.resolve(slot) : new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(slot: Slot): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.idle.push(slot);
  }
}

// The grading threads: real worker_threads running the real course and simulator.
import { resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GradingPool, GradingTimeoutError } from "../../worker/jobs/grading-pool.ts";
import { validPod } from "../fixtures/pods.ts";

const lessonsRoot = resolve(import.meta.dirname, "../../lessons");
const pools: GradingPool[] = [];
const poolOf = (options: Partial<ConstructorParameters<typeof GradingPool>[0]>) => {
  const pool = new GradingPool({ size: 2, timeoutMs: 20_000, lessonsRoot, ...options });
  pools.push(pool);
  return pool;
};

afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.close()));
});

describe("GradingPool", () => {
  it("grades more submissions than it has threads, each with its own verdict", async () => {
    const pool = poolOf({});
    const wrong = validPod.replace("image: nginx", "image: ngnix");
    const verdicts = await Promise.all([validPod, wrong, validPod, wrong, validPod].map((yaml) => pool.grade("first-pod", yaml)));
    expect(verdicts.map((verdict) => verdict?.score)).toEqual([100, 50, 100, 50, 100]);
  });

  it("answers undefined for an exercise the course does not have", async () => {
    await expect(poolOf({ size: 1 }).grade("no-such-exercise", validPod)).resolves.toBeUndefined();
  });

  it("stops a run that overstays its limit, and keeps serving", async () => {
    const pool = poolOf({ size: 1, timeoutMs: 300, script: new URL("../fixtures/silent-grading-thread.js", import.meta.url) });
    await expect(pool.grade("first-pod", validPod)).rejects.toBeInstanceOf(GradingTimeoutError);
    await expect(pool.grade("first-pod", validPod)).rejects.toMatchObject({ code: "grading_timeout" });
  });
});

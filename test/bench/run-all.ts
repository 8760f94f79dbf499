/** Every benchmark in one run: prints one JSON object, `{ runtime, simulate, grading }`, on stdout. */
import { gradingBench } from "./grading-bench.ts";
import { runtimeBench } from "./runtime-bench.ts";
import { simulateBench } from "./simulate-bench.ts";

process.stdout.write(`${JSON.stringify({ runtime: runtimeBench(), simulate: await simulateBench(), grading: gradingBench() })}\n`);

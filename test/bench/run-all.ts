/** Every benchmark in one run: prints one JSON object, `{ runtime, simulate }`, on stdout. */
import { runtimeBench } from "./runtime-bench.ts";
import { simulateBench } from "./simulate-bench.ts";

process.stdout.write(`${JSON.stringify({ runtime: runtimeBench(), simulate: simulateBench() })}\n`);

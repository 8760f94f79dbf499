// Entry of a grading thread: worker threads on Node 20 do not take tsx from --import, so the
// thread registers it itself before loading the TypeScript.
import { register } from "tsx/esm/api";

register();
await import("./grading-thread.ts");

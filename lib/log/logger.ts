import { pino, type Logger } from "pino";
import { getConfig } from "../config/config.ts";

let root: Logger | undefined;

/** A structured (JSON lines) logger for one part of PodLab: "web", "worker", "start", ... */
export function getLogger(component: string): Logger {
  root ??= pino({ level: getConfig().LOG_LEVEL, base: { pid: process.pid } });
  return root.child({ component });
}

#!/usr/bin/env node
// The `podlab` bin: runs the TypeScript entry through tsx, so `npx podlab` works after `npm ci`.
import { register } from "tsx/esm/api";

register();
await import("./main.ts");

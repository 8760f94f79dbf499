// Lint: the module boundaries of shared/STYLE.md §1–2, enforced per folder, plus the usual
// correctness rules for TypeScript and React hooks.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const hostModules = ["fs", "fs/*", "node:*", "net", "http", "https", "dns", "os", "child_process", "worker_threads", "path"];

/** The pure core: no clock, randomness, I/O or process state (STYLE.md §2). */
const pureCore = {
  "no-restricted-globals": [
    "error",
    { name: "Date", message: "worker/sim and worker/grader have no clock: take time as input." },
    { name: "process", message: "The pure core reads no process state." },
    { name: "console", message: "The pure core does not print." },
    { name: "setTimeout", message: "Virtual time only." },
    { name: "setInterval", message: "Virtual time only." },
    { name: "fetch", message: "The pure core does no I/O." },
  ],
  "no-restricted-properties": ["error", { object: "Math", property: "random", message: "No randomness: pass a seed in the input." }],
};

export default tseslint.config(
  { ignores: [".next/**", "node_modules/**", "lib/db/generated/**", "lib/db/generated-pg/**", "data/**", "test-results/**", "next-env.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    files: ["worker/sim/**/*.ts"],
    rules: {
      ...pureCore,
      "no-restricted-imports": ["error", { patterns: [
        { group: hostModules, message: "worker/sim does no I/O." },
        { group: ["**/lib/**", "**/app/**", "**/grader/**", "**/jobs/**", "**/cli/**", "@/*"], message: "worker/sim imports nothing from the rest of the project." },
      ] }],
    },
  },
  {
    files: ["worker/grader/**/*.ts"],
    rules: {
      ...pureCore,
      "no-restricted-imports": ["error", { patterns: [
        { group: hostModules, message: "worker/grader does no I/O." },
        { group: ["**/lib/**", "**/app/**", "**/jobs/**", "**/cli/**", "@/*"], message: "worker/grader imports only worker/sim." },
      ] }],
    },
  },
  {
    files: ["lib/**/*.ts", "worker/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/app/**", "@/app/*"], message: "Only app/ knows HTTP and React." }] }],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      // The classic hook rules; the React Compiler's stricter set is for projects that use it.
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "no-restricted-imports": ["error", { patterns: [
        { group: ["@/worker/jobs/*", "@/worker/cli/*", "@/worker/main*", "**/worker/jobs/**", "**/worker/cli/**"], message: "app/ reaches the worker only through lib/ and the pure sim/grader." },
      ] }],
    },
  },
);

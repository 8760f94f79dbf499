import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    globalSetup: ["test/support/global-setup.ts"],
    reporters: ["default", "./test/support/summary-reporter.ts"],
    // Integration and browser tests start servers and share one Redis: one file at a time keeps
    // their resource use predictable on a 2-core machine.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      // Everything, on the embedded SQLite database.
      { extends: true, test: { name: "sqlite", include: ["test/**/*.test.ts"] } },
      // PostgreSQL mode: the integration suite again, on a real PostgreSQL (test/support/test-databases.ts).
      { extends: true, test: { name: "postgres", include: ["test/integration/**/*.test.ts"] } },
    ],
  },
});

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
    // expect.poll waits 1 s by default: a browser round trip on a loaded 2-core machine can take
    // longer (an admin's role change failed a run so). A wrong answer still fails, later.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 180_000,
    projects: [
      // Everything, on the embedded SQLite database.
      { extends: true, test: { name: "sqlite", include: ["test/**/*.test.ts"] } },
      // PostgreSQL mode: the integration suite again, on a real PostgreSQL (test/support/test-databases.ts).
      { extends: true, test: { name: "postgres", include: ["test/integration/**/*.test.ts"] } },
    ],
  },
});

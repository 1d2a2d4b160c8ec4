// Test projects. Run one with `npx vitest run --project <name>`; `npm test` (scripts/test.mjs)
// runs them all in order, integration twice (PGlite, then PostgreSQL).
//
// - unit:        pure rules, no I/O, no database.
// - integration: the in-process HTTP app (app.inject). Database from the environment:
//                TANDEM_TEST_DATABASE_URL set -> PostgreSQL (test/support/postgres.ts), else PGlite.
// - e2e:         Chromium via playwright-core against a server the tests start; one file at a time.
//
// The machines have 2 cores, hence the worker limits.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          pool: 'threads',
          testTimeout: 10_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          maxWorkers: 2,
          // Generous: the CLI tests start real processes and the demo seed runs whole; 2 cores.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          maxWorkers: 1,
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});

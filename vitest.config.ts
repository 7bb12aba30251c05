import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Projects run one after the other (unit, build, browser): browser tests time real
          // behaviour and must not share these two cores with a pool of unit-test workers.
          sequence: { groupOrder: 0 },
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**', 'tests/build/**'],
          // Some files load the whole engine or a DOM: on a busy 2-core machine the default 5 s
          // timeout has failed a passing test.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          // Builds the extension in child processes (into .tmp/) and checks what comes out.
          name: 'build',
          sequence: { groupOrder: 1 },
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          sequence: { groupOrder: 2 },
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/build-once.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: these machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Builds the tests start are local previews (see src/lib/site-address.ts), as under `npm test`.
    env: { PORTAL_PREVIEW_URL: process.env.PORTAL_PREVIEW_URL ?? 'http://127.0.0.1:4321' },
    // Two files at once: a browser test waits on Chromium about half the time, so a second
    // worker fills the idle core (one worker kept a 2-core machine about half busy).
    maxWorkers: 2,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // One worker runs file after file, so what the files share is read once per worker
          // (the site index, the data tables); no build test changes the environment it leaves.
          isolate: false,
          // The variant sites both projects read, made once per run, and the index of dist/.
          globalSetup: ['tests/setup/sites.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
          isolate: false,
          // Then the one Chromium and the static servers every browser test file connects to.
          globalSetup: ['tests/setup/sites.ts', 'tests/setup/browser.ts'],
        },
      },
    ],
  },
});

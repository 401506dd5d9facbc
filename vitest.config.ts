import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 300_000, fileParallelism: false } },
      {
        test: {
          name: 'browser', include: ['tests/browser/**/*.test.ts'], environment: 'node',
          testTimeout: 180_000, hookTimeout: 180_000, fileParallelism: false,
        },
      },
    ],
  },
});

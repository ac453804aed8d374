import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // End-to-end tests spawn the CLI and load models; a loaded 2-core machine is slow.
    testTimeout: 120_000,
    pool: 'forks',
  },
});

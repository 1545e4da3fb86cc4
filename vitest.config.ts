import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // The build-failure tests run `astro build`, which takes a few seconds each.
    testTimeout: 120_000,
  },
});

import { defineConfig } from 'vitest/config';

// `npm run test:corpus`: the rules over ../shared/corpus (real files from public projects, kept
// out of this repository), each high and critical finding checked against a reviewed list.
export default defineConfig({
  test: {
    include: ['test/real-corpus/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});

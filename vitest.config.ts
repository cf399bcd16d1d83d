import { defineConfig } from 'vitest/config';

// `npm test`: everything this project wrote or generates at test time. The real-world corpus
// tests (test/real-corpus/) need ../shared/corpus, which a fresh clone lacks: `npm run test:corpus`.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/real-corpus/**', '**/node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});

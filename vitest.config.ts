import { defineConfig } from 'vitest/config';

// `npm test`: everything this project wrote or generates at test time, under test/. The tests over
// real files from public projects live in corpus-tests/ and run with `npm run test:corpus` (CI only).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/libraries.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});

import { defineConfig } from 'vitest/config';

// `npm run test:corpus`: the rules over the shared real-world corpus beside the repository folder
// (real files from public projects, kept out of this repository), each high and critical finding
// checked against a reviewed list in corpus-tests/.
export default defineConfig({
  test: {
    include: ['corpus-tests/**/*.test.ts'],
    // The rules are called directly, below the scan entry points that load these on demand.
    setupFiles: ['test/setup/libraries.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});

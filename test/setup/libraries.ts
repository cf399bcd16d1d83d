// Unit and corpus tests call rules, detectors and parsers directly, below the scan entry points
// that load the YAML library, GitHub's expression parser, re2js and the structural rules on demand
// (src/core/libraries.ts): all are loaded here first.
// test/core/libraries.test.ts checks the entry points' own loading in a fresh module graph.
import { beforeAll } from 'vitest';
import { loadExpressionsLibrary } from '../../src/analyzers/expressions/library.js';
import { loadRe2 } from '../../src/util/re2.js';
import { loadYamlLibrary } from '../../src/yaml/library.js';

await Promise.all([loadYamlLibrary(), loadExpressionsLibrary(), loadRe2()]);

// The rule list imports every analyzer, and with them src/util/git.js: loaded once the test
// file's own vi.mock calls are registered, so that the analyzers get the mocked modules.
beforeAll(async () => {
  const { loadAllFileRules } = await import('../../src/analyzers/active-rules.js');
  await loadAllFileRules();
});

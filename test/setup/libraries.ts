// Unit and corpus tests call rules, detectors and parsers directly, below the scan entry points that load
// the YAML library, GitHub's expression parser, re2js and the structural rules on demand
// (src/core/libraries.ts): all are loaded here first.
// test/core/libraries.test.ts checks the entry points' own loading in a fresh module graph.
import { loadAllFileRules } from '../../src/analyzers/active-rules.js';
import { loadExpressionsLibrary } from '../../src/analyzers/expressions/library.js';
import { loadRe2 } from '../../src/util/re2.js';
import { loadYamlLibrary } from '../../src/yaml/library.js';

await Promise.all([loadYamlLibrary(), loadExpressionsLibrary(), loadRe2(), loadAllFileRules()]);

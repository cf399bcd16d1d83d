// The Action scans whole repositories and needs these libraries anyway (the CLI loads them on
// demand for its pre-commit scans, src/core/libraries.ts): bundled here, they stay in the Action's
// one file, dist/index.js, whose licenses.txt then names every package bundled (ncc writes that
// file per chunk, and the last chunk written would win).
import * as Yaml from 'yaml';
import * as YamlAst from '@stoplight/yaml-ast-parser';
import * as Re2 from 're2js';
import * as expressions from '../analyzers/expressions/bindings.js';
import { provideExpressionsLibrary } from '../analyzers/expressions/library.js';
import { enableHeapHold } from '../core/heap-growth.js';
import { provideRe2 } from '../util/re2.js';
import { provideYamlLibrary } from '../yaml/library.js';
import { run } from './main.js';

provideYamlLibrary(Yaml, YamlAst);
provideRe2(Re2);
provideExpressionsLibrary(expressions);
// Node 24 (the Action's runtime) sizes the heap from the runner's memory: src/core/heap-growth.ts.
enableHeapHold();
await run();

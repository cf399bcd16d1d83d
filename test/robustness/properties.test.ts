/**
 * Property-based tests (fast-check): arbitrary input never throws out of the YAML loader, the
 * dotenv parser, the decoder or the scan; a key planted at a random place in random surrounding
 * text is found at the right line and column.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDotenv } from '../../src/analyzers/env-files/dotenv.js';
import type { ScanContext } from '../../src/analyzers/types.js';
import { analyzeFile, makeSourceFile } from '../../src/core/analyze.js';
import type { Diagnostic } from '../../src/core/finding.js';
import { silentLogger } from '../../src/core/logger.js';
import { defaultSettings } from '../../src/core/settings.js';
import { decodeLayers } from '../../src/detectors/decode.js';
import { loadYaml } from '../../src/yaml/load.js';
import { base64, openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs } from '../helpers/repo.js';
import { scanTree } from '../helpers/scan.js';
import { positionOf } from './canary.js';

afterAll(cleanupTempDirs);

/** Pieces that make YAML parsers work hard: anchors, aliases, tags, flow, block scalars, directives. */
const YAML_PIECES = ['- ', ': ', '? ', '&a ', '*a', '&b ', '*b', '<<: *a', '{', '}', '[', ']', ',', '\n', '  ', '\t', '"', "'", '|', '>-', '#', '---\n', '...\n', '%YAML 1.2\n', '!!str ', '!t ', 'key', 'on', 'jobs', 'kind: Secret', 'apiVersion: v1', 'env', 'run: ', '${{ secrets.X }}', '\\', '\ufeff', '\u2028', 'é'];
const yamlish = fc.array(fc.oneof(fc.constantFrom(...YAML_PIECES), fc.string({ maxLength: 6 })), { maxLength: 80 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), yamlish);

/** Paths that send a file to every analyzer family. */
const PATHS = ['.github/workflows/ci.yml', 'action.yml', '.gitlab-ci.yml', 'deploy/app.yaml', 'values.yaml', 'kustomization.yaml', '.env', '.env.example', 'Dockerfile', 'docker-compose.yml', 'src/app.py', 'notes.txt'];

function analyze(path: string, text: string): { findings: ReturnType<typeof analyzeFile>['findings']; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const file = { absPath: `/nonexistent/${path}`, path, tracked: true };
  const context: ScanContext = { settings: defaultSettings('/nonexistent'), logger: silentLogger, files: [file], diagnostic: (d) => diagnostics.push(d) };
  const { findings } = analyzeFile(makeSourceFile(file, text, context), context);
  return { findings, diagnostics };
}

/** Random text that cannot extend a key it touches: key characters never border the planted key. */
const KEY_CHARS = /[A-Za-z0-9_-]/;
const surrounding = fc.string({ unit: 'binary', maxLength: 200 }).map((s) => s.replace(/\ufeff/g, ' '));
function plant(before: string, key: string, after: string): { text: string; offset: number } {
  const left = before.length > 0 && KEY_CHARS.test(before.at(-1)!) ? `${before} ` : before;
  const right = after.length > 0 && KEY_CHARS.test(after[0]!) ? ` ${after}` : after;
  return { text: `${left}${key}${right}`, offset: left.length };
}

describe('never throws', () => {
  it('the YAML loader, on arbitrary and YAML-shaped text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const loaded = loadYaml('x.yml', text);
        expect(Array.isArray(loaded.diagnostics)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('every file rule, on arbitrary text under every kind of path: no exception, no rule failure', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), anyText, (path, text) => {
        const { diagnostics } = analyze(path, text);
        expect(diagnostics.filter((d) => d.code === 'rule-failed')).toEqual([]);
      }),
      { numRuns: 600 },
    );
  });

  it('the dotenv parser: entries stay inside the text, in order', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.array(fc.constantFrom('export ', 'A', '_b', '=', ' ', '"', "'", '`', '\\', '\n', '\r\n', '#', 'x', '$'), { maxLength: 60 }).map((p) => p.join(''))), (text) => {
        let last = 0;
        for (const entry of parseDotenv(text)) {
          expect(entry.keyStart).toBeGreaterThanOrEqual(last);
          expect(entry.keyEnd).toBeLessThanOrEqual(text.length);
          expect(entry.valueStart).toBeLessThanOrEqual(entry.valueEnd);
          expect(entry.valueEnd).toBeLessThanOrEqual(text.length);
          last = entry.keyEnd;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('the decoder: spans inside the text, total output within its budget', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.array(fc.constantFrom('QUJD', 'ZGVm', 'ab', '%41', '4142', '==', '=', ' ', '\n', '/+', '_-'), { maxLength: 100 }).map((p) => p.join(''))), fc.integer({ min: 0, max: 6 }), (text, depth) => {
        const layers = decodeLayers(text, depth);
        let total = 0;
        for (const layer of layers) {
          expect(layer.start).toBeGreaterThanOrEqual(0);
          expect(layer.end).toBeLessThanOrEqual(text.length);
          expect(layer.chain.length).toBeLessThanOrEqual(depth);
          total += layer.text.length;
        }
        expect(total).toBeLessThanOrEqual(Math.max(text.length * 2, 65_536));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a planted key is found at its line and column', () => {
  it('in memory, under every kind of path', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), surrounding, surrounding, fc.constantFrom('proj', 'svcacct', 'admin', 'legacy') as fc.Arbitrary<'proj'>, (path, before, after, kind) => {
        const key = openaiKey(kind);
        const { text, offset } = plant(before, key, after);
        const { findings } = analyze(path, text);
        const at = positionOf(text, offset);
        const hit = findings.find((f) => f.ruleId === 'openai-api-key' && f.secret === key);
        expect(hit, `key not found in ${JSON.stringify(text)}`).toBeDefined();
        expect({ line: hit!.line, column: hit!.column }).toEqual(at);
      }),
      { numRuns: 500 },
    );
  });

  it('through the whole scan (disk, decoding, finalize), surrounding text written as UTF-8', async () => {
    // A NUL byte would make the file binary (skipped by design): none in this text.
    const onDisk = surrounding.map((s) => s.replace(/\0/g, ' '));
    await fc.assert(
      fc.asyncProperty(onDisk, onDisk, async (before, after) => {
        const key = openaiKey('proj');
        const { text, offset } = plant(before, key, after);
        const report = await scanTree({ 'random.txt': text });
        // Lone surrogates cannot be written as UTF-8: they come back as U+FFFD, one column each.
        const at = positionOf(text, offset);
        const hit = report.findings.find((f) => f.ruleId === 'openai-api-key' && f.file === 'random.txt' && f.line === at.line && f.column === at.column);
        expect(hit, `key not at ${at.line}:${at.column} in ${JSON.stringify(text)}: ${JSON.stringify(report.findings)}`).toBeDefined();
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('in a dotenv file between random entries: the parser gives the value at the key offset', () => {
    const line = fc.stringMatching(/^[A-Za-z0-9_ =#.-]{0,40}$/);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), fc.array(line, { maxLength: 10 }), (above, below) => {
        const key = openaiKey('proj');
        const head = above.length > 0 ? `${above.join('\n')}\n` : '';
        const text = `${head}OPENAI_API_KEY=${key}\n${below.join('\n')}`;
        const entry = parseDotenv(text).find((e) => e.key === 'OPENAI_API_KEY' && e.value === key);
        expect(entry).toBeDefined();
        expect(entry!.valueStart).toBe(head.length + 'OPENAI_API_KEY='.length);
      }),
      { numRuns: 500 },
    );
  });

  it('base64-encoded among random words: the decoder maps it back to the encoded span', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9]{0,12}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), fc.array(word, { maxLength: 20 }), (before, after) => {
        const encoded = base64(`OPENAI_API_KEY=${openaiKey('proj')}`);
        const head = before.length > 0 ? `${before.join(' ')} ` : '';
        const text = `${head}${encoded}${after.length > 0 ? ' ' + after.join(' ') : ''}`;
        const layer = decodeLayers(text, 1).find((l) => l.text.startsWith('OPENAI_API_KEY='));
        expect(layer).toBeDefined();
        expect({ start: layer!.start, end: layer!.end }).toEqual({ start: head.length, end: head.length + encoded.length });
      }),
      { numRuns: 500 },
    );
  });
});

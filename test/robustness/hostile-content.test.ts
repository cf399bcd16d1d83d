/**
 * Hostile file contents: each scan completes, leaves a diagnostic where something was skipped and
 * still finds the canary key beside the hostile file at its exact position.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs } from '../helpers/repo.js';
import { scanTree } from '../helpers/scan.js';
import { canary, diagnosticsFor, expectCanary, expectKeyAt } from './canary.js';

afterAll(cleanupTempDirs);

const MiB = 1024 * 1024;

function billionLaughs(): string {
  const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i <= 9; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(',')}]`);
  return lines.join('\n') + '\n';
}

describe('hostile YAML', () => {
  it('a "billion laughs" alias bomb, as a workflow, a Kubernetes manifest and a GitLab CI file', async () => {
    const c = canary();
    const bomb = billionLaughs();
    const k8s = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\ndata:\n  ${bomb.replace(/\n(?=.)/g, '\n  ')}`;
    const report = await scanTree({
      [c.path]: c.text,
      '.github/workflows/bomb.yml': `on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    env: &e\n${bomb.replace(/^/gm, '      ')}\n    steps: [run: echo]\n`,
      '.gitlab-ci.yml': bomb,
      'deploy/bomb.yaml': k8s,
    });
    expectCanary(report, c);
    expect(report.stats.filesScanned).toBe(4);
    // The structural walk stops following aliases past its budget, and says so.
    expect(diagnosticsFor(report, '.github/workflows/bomb.yml')).toContain('yaml-alias-budget');
  });

  it('10,000-deep nesting (flow sequences, flow maps, JSON) is scanned as text when the parser gives up', async () => {
    const c = canary();
    const depth = 10_000;
    const key = openaiKey('proj');
    const seq = `${'['.repeat(depth)}"${key}"${']'.repeat(depth)}\n`;
    // Secret-like keys, so that the manifest rules parse the file (they skip files without one).
    const map = `${'{auth: '.repeat(depth)}1${'}'.repeat(depth)}\n`;
    const report = await scanTree({
      [c.path]: c.text,
      '.github/workflows/deep.yml': `on: push\njobs: ${seq}`,
      'deploy/deep.yaml': `apiVersion: v1\nkind: ConfigMap\ndata: ${map}`,
      'deep.json': seq,
    });
    expectCanary(report, c);
    // The key inside the nesting is still found by the text detectors, at its exact place.
    expectKeyAt(report, 'deep.json', 1, depth + 2, key.length);
    expectKeyAt(report, '.github/workflows/deep.yml', 2, 'jobs: '.length + depth + 2, key.length);
    expect(diagnosticsFor(report, '.github/workflows/deep.yml')).toContain('yaml-invalid');
    expect(diagnosticsFor(report, 'deploy/deep.yaml')).toContain('yaml-invalid');
  });

  it('a binary file named .yml is skipped with a diagnostic', async () => {
    const c = canary();
    const binary = Buffer.concat([Buffer.from('on: push\n'), randomBytes(64 * 1024), Buffer.from([0, 0, 0])]);
    const report = await scanTree({ [c.path]: c.text, '.github/workflows/binary.yml': binary, 'deploy/image.yaml': Buffer.from([0, 1, 2, 3, 0]) });
    expectCanary(report, c);
    expect(diagnosticsFor(report, '.github/workflows/binary.yml')).toContain('skipped-binary');
    expect(diagnosticsFor(report, 'deploy/image.yaml')).toContain('skipped-binary');
    expect(report.stats.skippedBinary).toBe(2);
  });
});

describe('size limits and long lines', () => {
  const fillerLine = (bytes: number) => '{"id":1234,"name":"widget","tags":["a","b"],"ok":true},'.repeat(Math.ceil(bytes / 56)).slice(0, bytes);

  it('a 50 MB single-line file is skipped with a diagnostic at the default 5 MiB limit', async () => {
    const c = canary();
    const report = await scanTree({ [c.path]: c.text, 'dist/huge.min.js': fillerLine(50 * MiB) });
    expectCanary(report, c);
    expect(diagnosticsFor(report, 'dist/huge.min.js')).toContain('skipped-too-large');
    expect(report.stats.skippedTooLarge).toBe(1);
  });

  it('the same file with a raised --max-file-size is scanned to the end, a key at its middle found', async () => {
    const c = canary();
    const key = openaiKey('proj');
    const half = fillerLine(25 * MiB);
    const report = await scanTree({ [c.path]: c.text, 'dist/huge.min.js': `${half}"${key}",${half}` }, { settings: { maxFileSize: 64 * MiB } });
    expectCanary(report, c);
    expectKeyAt(report, 'dist/huge.min.js', 1, half.length + 2, key.length);
    expect(diagnosticsFor(report, 'dist/huge.min.js')).not.toContain('skipped-too-large');
  }, 300_000);

  it('minified JSON: a key deep in one 2 MB line is found at its column', async () => {
    const c = canary();
    const key = openaiKey('svcacct');
    const before = fillerLine(MiB);
    const json = `[${before}{"openai_api_key":"${key}"},${fillerLine(MiB)}{}]`;
    const report = await scanTree({ [c.path]: c.text, 'config/settings.min.json': json });
    expectCanary(report, c);
    expectKeyAt(report, 'config/settings.min.json', 1, json.indexOf(key) + 1, key.length);
  });
});

describe('encodings', () => {
  it('invalid UTF-8 becomes U+FFFD (one column each) and a key after it is found at its column', async () => {
    const c = canary();
    const key = openaiKey('proj');
    const bytes = Buffer.concat([Buffer.from('x = '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xf0, 0x28, 0x8c, 0x28]), Buffer.from(` "${key}"\n`)]);
    const report = await scanTree({ [c.path]: c.text, 'src/latin.py': bytes });
    expectCanary(report, c);
    const replaced = Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xf0, 0x28, 0x8c, 0x28]).toString('utf8');
    expectKeyAt(report, 'src/latin.py', 1, 'x = '.length + [...replaced].length + 3, key.length);
  });

  it('UTF-16 with a BOM (little and big endian): keys found at their line and column', async () => {
    const c = canary();
    const key = openaiKey('proj');
    const text = `# config\nOPENAI_API_KEY="${key}"\n`;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    const report = await scanTree({ [c.path]: c.text, 'win/le.ps1': le, 'win/be.ps1': be });
    expectCanary(report, c);
    const column = 'OPENAI_API_KEY="'.length + 1;
    expectKeyAt(report, 'win/le.ps1', 2, column, key.length);
    expectKeyAt(report, 'win/be.ps1', 2, column, key.length);
  });

  it('files holding only a BOM (UTF-8, UTF-16) are scanned as empty text', async () => {
    const c = canary();
    const report = await scanTree({
      [c.path]: c.text,
      'bom/utf8.yml': Buffer.from([0xef, 0xbb, 0xbf]),
      'bom/utf16le.yml': Buffer.from([0xff, 0xfe]),
      'bom/utf16be.txt': Buffer.from([0xfe, 0xff]),
      'bom/odd.txt': Buffer.from([0xff, 0xfe, 0x41]),
    });
    expectCanary(report, c);
    expect(report.stats.filesScanned).toBe(5);
    expect(report.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
  });
});

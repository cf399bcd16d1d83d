/**
 * End to end: the built CLI (dist/cli/index.js) on temporary git repositories, as a user runs it.
 * `.ci/run` rebuilds dist/ and fails when it differs from the committed one, so this tests the sources.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/core/finding.js';
import { OPENAI_MARKER } from '../helpers/keys.js';
import { renderTemplate, type PlacedKey } from '../helpers/fixtures.js';
import { cleanupTempDirs, makeRepo, tempDir } from '../helpers/repo.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(repoRoot, 'dist/cli/index.js');

afterAll(cleanupTempDirs);

function run(args: string[], cwd = repoRoot) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A realistic repository: keys in CI config, source, docs and an env file; some places must stay unread. */
function leakyRepo() {
  const templates: Record<string, string> = {
    '.github/workflows/ci.yml': 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    env:\n      OPENAI_API_KEY: <<openai:proj>>\n    steps:\n      - run: npm test\n',
    '.gitlab-ci.yml': 'variables:\n  OPENAI_API_KEY: "<<openai:svcacct>>"\ntest:\n  script: [npm test]\n',
    'src/client.py': 'import openai\n\nclient = openai.OpenAI(api_key="<<openai:legacy>>")\n',
    'docs/setup.md': 'Run `curl -H "Authorization: Bearer <<openai:proj-edge>>" https://api.openai.com/v1/models`.\n',
    'config/.env': 'OPENAI_API_KEY=<<openai:admin>>\n',
    'src/safe.ts': 'export const key = process.env.OPENAI_API_KEY;\n',
  };
  const placed: { file: string; key: PlacedKey }[] = [];
  const tree: Record<string, string | Buffer> = {};
  for (const [file, template] of Object.entries(templates)) {
    const { text, keys } = renderTemplate(template);
    tree[file] = text;
    for (const key of keys) placed.push({ file, key });
  }
  const ignoredKey = renderTemplate('<<openai:proj>>').text;
  const binaryKey = renderTemplate('<<openai:proj>>').text;
  tree['.gitignore'] = 'secrets.local\n';
  tree['assets/blob.bin'] = Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(binaryKey)]);
  const dir = makeRepo(tree, { untracked: { 'secrets.local': ignoredKey, 'notes.txt': 'later: ' } });
  const untracked = renderTemplate('token <<openai:proj-58>>\n');
  writeFileSync(path.join(dir, 'notes.txt'), untracked.text);
  placed.push({ file: 'notes.txt', key: untracked.keys[0]! });
  return { dir, placed, allKeys: [...placed.map((p) => p.key.key), ignoredKey, binaryKey] };
}

const openaiFindings = (report: Report) => report.findings.filter((f) => f.ruleId === 'openai-api-key' && f.category === 'hardcoded-secret');
const where = (f: Pick<Finding, 'file' | 'line' | 'column'>) => `${f.file}:${f.line}:${f.column}`;

describe('openai-secret-lint scan (built CLI)', () => {
  const repo = leakyRepo();

  it('finds every planted OpenAI key at its exact position, and nothing in ignored or binary files', () => {
    const { code, stdout } = run(['scan', repo.dir, '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as Report;
    const expected = repo.placed.map(({ file, key }) => `${file}:${key.line}:${key.column}`).sort();
    expect(openaiFindings(report).map(where).sort()).toEqual(expected);
    for (const f of openaiFindings(report)) {
      expect(f.severity).toBe('critical');
      const placed = repo.placed.find((p) => p.file === f.file)!;
      expect(f.endColumn).toBe(placed.key.column + placed.key.key.length);
      expect(f.secret).toMatch(/^sk-[A-Za-z]*-?.{0,4}… \(\d+ chars\)$/);
    }
    expect(report.stats.skippedBinary).toBe(1);
    expect(report.findings.some((f) => f.file === 'secrets.local' || f.file === 'assets/blob.bin')).toBe(false);
  });

  it('names the key kind in the message', () => {
    const report = JSON.parse(run(['scan', repo.dir, '--format', 'json']).stdout) as Report;
    const messages = Object.fromEntries(openaiFindings(report).map((f) => [f.file, f.message]));
    expect(messages['.github/workflows/ci.yml']).toContain('project key');
    expect(messages['.gitlab-ci.yml']).toContain('service-account key');
    expect(messages['src/client.py']).toContain('legacy user key');
    expect(messages['config/.env']).toContain('admin key');
  });

  it('writes JSON that validates against schemas/report.schema.json', () => {
    const report = JSON.parse(run(['scan', repo.dir, '--format', 'json']).stdout);
    const schema = JSON.parse(readFileSync(path.join(repoRoot, 'schemas/report.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it('never prints a whole key, in any format or stream', () => {
    for (const format of ['text', 'json']) {
      const { stdout, stderr } = run(['scan', repo.dir, '--format', format]);
      for (const key of repo.allKeys) {
        expect(stdout.includes(key)).toBe(false);
        expect(stderr.includes(key)).toBe(false);
      }
      expect(stdout.includes(OPENAI_MARKER)).toBe(false);
    }
  });

  it('prints the text report grouped by file with a closing summary line', () => {
    const { stdout } = run(['scan', repo.dir]);
    const first = repo.placed.find((p) => p.file === 'src/client.py')!;
    expect(stdout).toContain(`src/client.py:${first.key.line}:${first.key.column}  critical  openai-api-key  Hardcoded OpenAI legacy user key.`);
    expect(stdout).toMatch(/\n\d+ findings \(\d+ critical, \d+ high, \d+ medium, \d+ low\) in \d+ files scanned, 1 skipped, \d+ ms\n$/);
    expect(stdout).not.toContain('\u001b[');
  });

  it('writes the report to --output and nothing to stdout', () => {
    const out = path.join(tempDir(), 'report.json');
    const { code, stdout } = run(['scan', repo.dir, '--format', 'json', '--output', out]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(openaiFindings(JSON.parse(readFileSync(out, 'utf8'))).length).toBe(repo.placed.length);
  });

  it('reports paths relative to the working directory when given files', () => {
    const { stdout } = run(['scan', 'src/client.py', 'docs/setup.md', '--format', 'json'], repo.dir);
    expect(openaiFindings(JSON.parse(stdout)).map((f) => f.file).sort()).toEqual(['docs/setup.md', 'src/client.py']);
  });
});

describe('exit codes', () => {
  it('0 for a clean repository, 1 at or above --fail-on', () => {
    const clean = makeRepo({ 'a.txt': 'nothing here\n' });
    expect(run(['scan', clean]).code).toBe(0);
    const leaky = makeRepo({ 'a.txt': renderTemplate('<<openai:proj>>').text });
    expect(run(['scan', leaky]).code).toBe(1);
    expect(run(['scan', leaky, '--fail-on', 'low']).code).toBe(1);
  });

  it('2 with one clear line for usage errors, naming a missing path', () => {
    const missing = run(['scan', 'does/not/exist']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('openai-secret-lint: path not found: does/not/exist\n');
    for (const args of [['scan', '--fail-on', 'severe'], ['scan', '--format', 'xml'], ['scan', '--bogus'], ['frobnicate'], []]) {
      const result = run(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).not.toContain('    at ');
    }
  });

  it('--help and --version exit 0', () => {
    expect(run(['--help'])).toMatchObject({ code: 0 });
    expect(run(['--help']).stdout).toContain('Usage: openai-secret-lint scan');
    const version = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version;
    expect(run(['--version']).stdout).toBe(`openai-secret-lint ${version}\n`);
  });
});

describe('npm run demo', () => {
  it('builds a leaky repository, shows the findings and exits 0 without printing a key', () => {
    const result = spawnSync(process.execPath, [path.join(repoRoot, 'dist/demo/index.js')], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('.github/workflows/deploy.yml:7:23  critical  openai-api-key');
    expect(result.stdout).toContain('.gitlab-ci.yml:2:20  critical  openai-api-key');
    expect(result.stdout).toContain('.env:1:16  critical  openai-api-key');
    expect(result.stdout.includes(OPENAI_MARKER)).toBe(false);
  });
});

describe('a reader that stops early', () => {
  it('| head does not crash the CLI, and the exit code still tells findings from none', () => {
    const leaky = makeRepo({ 'a.txt': renderTemplate('<<openai:proj>>\n').text, ...Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`f${i}.txt`, renderTemplate('k <<openai:admin>>\n').text])) });
    const clean = makeRepo({ 'a.txt': 'nothing\n' });
    for (const [dir, expected] of [[leaky, 1], [clean, 0]] as const) {
      const result = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${cli}" scan "${dir}" --format json | head -c 1 >/dev/null`], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(expected);
    }
  });
});

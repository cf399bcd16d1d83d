/**
 * The output door through the built CLI (which may itself run in a workflow step, so its stdout
 * and stderr are read by the runner too): every format and the baseline, on the hostile
 * repository. No whole key anywhere, no workflow command other than our annotations in
 * `--format github`, no ANSI escape or lone `\r` from the repository; keys used as names are
 * findings; parse and configuration errors quote nothing.
 *
 * OSL_CLI_BUNDLE=/work/main/dist/cli/index.js runs the same tests against another bundle.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/finding.js';
import { runAction } from '../action/run-action.js';
import { openaiKey, randomBody } from '../helpers/keys.js';
import { cleanupTempDirs, makeRepo, tempDir } from '../helpers/repo.js';
import { expectInert, FORGED, hostileRepo, isCommand, runnerLines, unescapeProperty, type HostileRepo } from './output-fixture.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = process.env.OSL_CLI_BUNDLE ?? path.join(REPO_ROOT, 'dist/cli/index.js');

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
});
afterAll(cleanupTempDirs);

function cli(cwd: string, args: string[], env: Record<string, string> = { NO_COLOR: '1' }) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let repo: HostileRepo;
let report: Report;
beforeAll(() => {
  repo = hostileRepo();
  const json = cli(repo.dir, ['scan', '.', '--format', 'json']);
  expect(json.code).toBe(1);
  report = JSON.parse(json.stdout) as Report;
});

/** 24 characters of each key from its first quarter on: more than redaction may ever show. */
function fragments(keys: readonly string[]): string[] {
  return keys.map((k) => k.slice(Math.floor(k.length / 4), Math.floor(k.length / 4) + 24));
}

describe('every CLI format on a hostile repository', () => {
  it('text, JSON, SARIF and Markdown: no whole key, no command, no control character', () => {
    for (const format of ['text', 'json', 'sarif', 'markdown']) {
      const run = cli(repo.dir, ['scan', '.', '--format', format]);
      expect(run.code, format).toBe(1);
      expectInert(format, run.stdout + run.stderr, repo.keys);
    }
    const colored = cli(repo.dir, ['scan', '.', '--format', 'text'], { FORCE_COLOR: '1' });
    // Our own colours only: every ESC starts one of the SGR sequences the formatter writes.
    expect(colored.stdout.replace(/\u001b\[(?:[0-9;]*)m/g, '')).not.toContain('\u001b');
    expect(runnerLines(colored.stdout).filter(isCommand)).toEqual([]);
    for (const key of repo.keys) expect(colored.stdout.includes(key)).toBe(false);
  });

  it('text: the real finding at its exact place, hostile names on one escaped line each', () => {
    const run = cli(repo.dir, ['scan', '.', '--format', 'text']);
    expect(run.stdout).toContain(`${repo.real.file}:${repo.real.line}:${repo.real.column}  critical  openai-api-key  Hardcoded OpenAI project key.`);
    expect(run.stdout).toContain(`nl\\n::warning file=README.md,line=1::${FORGED}-nl\\n.txt:1:10  critical`);
    expect(run.stdout).toContain(`  \\::warning file=README.md,line=1::${FORGED}-lead.txt:1:10  critical`);
    expect(run.stdout).toContain(`legacy ##\\[error]${FORGED}-legacy`);
    expect(run.stdout).toContain('bidi\\u202etxt.exe:1:10');
  });

  it('github: only our annotations, each on a file of the report, none on README.md', () => {
    const run = cli(repo.dir, ['scan', '.', '--format', 'github']);
    const files = new Set(report.findings.map((f) => f.file));
    const commands = runnerLines(run.stdout).filter(isCommand);
    expect(commands.length).toBeGreaterThan(10);
    for (const line of commands) {
      if (line.startsWith('::notice::GitHub shows at most')) continue;
      const match = /^::(error|warning|notice) title=[a-z]+%3A [a-z0-9-]+,file=([^,:]*)(,line=\d+)?(,endLine=\d+)?(,col=\d+)?(,endColumn=\d+)?::[^\r\n]*$/.exec(line);
      expect(match, line).not.toBeNull();
      const file = unescapeProperty(match![2]!);
      expect(file).not.toBe('README.md');
      // A path with control characters is shown escaped; every other names a reported file.
      if (!/\\[xu]/.test(file)) expect(files.has(file), file).toBe(true);
    }
    expect(commands).toContain(commands.find((l) => l.includes(`file=${repo.real.file},line=${repo.real.line},endLine=${repo.real.line},col=${repo.real.column},`)));
    for (const key of repo.keys) expect(run.stdout.includes(key)).toBe(false);
    expect(run.stdout).not.toContain('\u001b');
  });

  it('the baseline holds no whole key, and still accepts every finding', () => {
    const file = path.join(tempDir('osl-baseline-'), 'baseline.json');
    const written = cli(repo.dir, ['scan', '.', '--write-baseline', file]);
    expect(written.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expectInert('baseline', text, repo.keys);
    expect((JSON.parse(text) as { findings: unknown[] }).findings).toHaveLength(report.findings.length);
    const again = cli(repo.dir, ['scan', '.', '--baseline', file, '--format', 'json']);
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as Report).findings).toEqual([]);
  });
});

describe('keys used as names', () => {
  it('a key in a directory or file name is a finding on that file, with the name masked', () => {
    const byMessage = (text: string) => report.findings.filter((f) => f.message.includes(text));
    const inDirectory = byMessage('in the name of a directory holding this file');
    expect(inDirectory).toHaveLength(1);
    expect(inDirectory[0]).toMatchObject({ ruleId: 'openai-api-key', category: 'hardcoded-secret', line: null, file: `dir-${repo.names.directory.slice(0, 12)}… (164 chars)/a.txt` });
    const inName = byMessage('in the name of this file');
    expect(inName).toHaveLength(1);
    expect(inName[0]).toMatchObject({ ruleId: 'openai-api-key', line: null, file: `${repo.names.fileName.slice(0, 12)}… (164 chars).txt` });
  });

  it('a key as an env, ENV/ARG, Compose, GitLab variable or `secrets.<name>` is found where it is written and masked where it is quoted', () => {
    const at = (file: string, line: number) => report.findings.filter((f) => f.file === file && f.line === line && f.ruleId === 'openai-api-key');
    expect(at('.github/workflows/ci.yml', 6)).toHaveLength(1);
    expect(at('.github/workflows/ci.yml', 9)).toHaveLength(1);
    expect(at('Dockerfile', 2)).toHaveLength(1);
    expect(at('Dockerfile', 3)).toHaveLength(1);
    expect(at('compose.yaml', 5)).toHaveLength(1);
    expect(at('.gitlab-ci.yml', 2)).toHaveLength(1);
    const printed = report.findings.find((f) => f.ruleId === 'gha-secret-printed');
    expect(printed?.message).toBe(`\`\${{ secrets.${repo.names.expression.slice(0, 12)}… (164 chars) }}\` prints secret \`${repo.names.expression.slice(0, 12)}… (164 chars)\` to the job log.`);
    expect(JSON.stringify(report)).not.toMatch(new RegExp(fragments(repo.keys).map((f) => f.replace(/[-]/g, '\\-')).join('|')));
  });

  it('YAML parse errors at a key in a tag or a %YAML directive quote nothing', () => {
    const invalid = report.diagnostics.filter((d) => d.code === 'yaml-invalid').map((d) => d.file);
    expect(invalid).toEqual(expect.arrayContaining(['.github/workflows/tag.yml', '.github/workflows/directive.yml']));
    // Not even the masked form: the message is made of the error code only.
    for (const d of report.diagnostics) expect(d.message).not.toContain('ghp_');
  });
});

describe('configuration errors never print values', () => {
  const keys = [openaiKey('proj'), openaiKey('proj'), openaiKey('proj'), randomBody(40)];
  const config = [`failOn: ${keys[0]}`, `${keys[1]}: 1`, 'rules:', `  ${keys[2]}: high`, `  hardcoded-secret: ${keys[3]}`, 'allow:', `  patterns: ["(${keys[0]}"]`, ''].join('\n');

  it('the CLI names the path and the problem, never the value or an unknown key', () => {
    const dir = makeRepo({ '.openai-secret-lint.yml': config, 'a.txt': 'x\n' });
    const run = cli(dir, ['scan', '.']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.openai-secret-lint.yml:1: failOn: must be one of critical, high, medium, low');
    expect(run.stderr).toContain('.openai-secret-lint.yml:2: an unknown key; known keys:');
    expect(run.stderr).toContain('.openai-secret-lint.yml:4: rules: an unknown rule id or category');
    expect(run.stderr).toContain('.openai-secret-lint.yml:5: rules.hardcoded-secret: must be one of off, low, medium, high, critical');
    expect(run.stderr).toContain('.openai-secret-lint.yml:7: allow.patterns[0]: not a valid regular expression: missing closing ) (RE2 syntax)');
    for (const fragment of fragments(keys)) expect(run.stderr).not.toContain(fragment);
  });

  it('the Action fails with the same message, and no part of a value', async () => {
    const dir = makeRepo({ '.openai-secret-lint.yml': config, 'a.txt': 'x\n' });
    const run = await runAction({ workspace: dir, event: 'push' });
    expect(run.code).toBe(1);
    const failure = runnerLines(run.stdout).filter((l) => l.startsWith('::error::'));
    expect(failure).toHaveLength(1);
    expect(failure[0]).toContain('failOn: must be one of critical, high, medium, low');
    for (const fragment of fragments(keys)) expect(run.stdout + run.stderr).not.toContain(fragment);
  });

  it('a baseline that is not JSON is reported without quoting it', () => {
    const key = openaiKey('proj');
    const dir = makeRepo({ 'a.txt': 'x\n' });
    const file = path.join(dir, 'bad-baseline.json');
    writeFileSync(file, `{"findings": [${key}]}`);
    const run = cli(dir, ['scan', '.', '--baseline', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad-baseline\.json is not valid JSON\n$/);
    expect(run.stderr).not.toContain(key.slice(0, 10));
  });
});

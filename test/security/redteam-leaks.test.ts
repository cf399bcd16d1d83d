/**
 * Red team: no secret the scan saw is printed whole, in any format, in tree and history mode, with
 * debug logging on. The secrets sit where a formatter or a message could quote them: file names
 * of several providers' keys, an inline-ignored key reused as a YAML key and in
 * `${{ secrets.<key> }}`, a URL password, docker `auth` and base64/hex-encoded keys (shown as
 * `decodedFrom`), an env file, a YAML file that does not parse, and a commit message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKey, openaiKey, randomBody } from '../helpers/keys.js';
import { cleanupTempDirs, gitIn, makeRepo, writeTree } from '../helpers/repo.js';
import { runCli, type CliRun } from './git-helpers.js';

afterAll(cleanupTempDirs);

const FORMATS = ['text', 'json', 'sarif', 'github', 'markdown'] as const;
const MODES: Record<string, string[]> = { tree: ['.'], history: ['--history'] };

describe('secrets in every place a report could quote them', () => {
  const keys: Record<string, string> = {};
  const runs = new Map<string, CliRun>();
  const keep = (name: string, value: string) => ((keys[name] = value), value);

  beforeAll(async () => {
    const repo = makeRepo({ 'README.md': 'hello\n' });
    const tree: Record<string, string> = {};
    for (const spec of ['github:pat', 'anthropic:api', 'stripe:live', 'slack:bot', 'gitlab:pat', 'openai:proj']) tree[`names/${keep(spec, generateKey(spec))}.txt`] = 'x\n';
    const ignored = keep('ignored', openaiKey('proj'));
    tree['ignored.js'] = `const a = "${ignored}"; // openai-secret-lint:ignore\n`;
    tree['uses.yml'] = `${ignored}: 1\nenv:\n  X: \${{ secrets.${ignored} }}\n`;
    tree['url.py'] = `DB = "postgres://admin:${keep('url', randomBody(24))}@db.internal:5432/x"\n`;
    tree['broken.yml'] = `a: 1\npassword: "${keep('yaml', randomBody(30))}\n  - [\n`;
    tree['b64.js'] = `const x = "${Buffer.from(keep('base64', openaiKey('proj'))).toString('base64')}";\n`;
    tree['hex.txt'] = `token = "${Buffer.from(keep('hex', openaiKey('proj'))).toString('hex')}"\n`;
    tree['docker.json'] = JSON.stringify({ auths: { 'registry.example': { auth: Buffer.from(`u:${keep('docker', randomBody(20))}`).toString('base64') } } });
    tree['.env'] = `PASSWORD=${keep('env', randomBody(20))}\n`;
    writeTree(repo, tree);
    gitIn(repo, 'add', '-A');
    gitIn(repo, 'commit', '-q', '-m', `add ${keep('commit-message', openaiKey('proj'))}`);
    for (const format of FORMATS) {
      for (const [mode, args] of Object.entries(MODES)) {
        runs.set(`${format} ${mode}`, await runCli(repo, ['scan', ...args, '--format', format, '--fail-on', 'low'], { env: { OPENAI_SECRET_LINT_DEBUG: '1' } }));
      }
    }
  }, 120_000);

  it.each(FORMATS.flatMap((f) => Object.keys(MODES).map((m) => `${f} ${m}`)))('%s: reports, and prints no secret whole', (name) => {
    const run = runs.get(name)!;
    expect(run.code, run.stderr).toBe(1);
    const printed = run.stdout + run.stderr;
    expect(Object.entries(keys).filter(([, value]) => printed.includes(value)).map(([what]) => what)).toEqual([]);
  });

  it('the JSON report finds the hidden ones (so the test is about masking, not about missing them)', () => {
    const report = JSON.parse(runs.get('json tree')!.stdout) as { findings: { file: string; ruleId: string }[] };
    const files = new Set(report.findings.map((f) => f.file));
    for (const file of ['b64.js', 'hex.txt', 'docker.json', 'url.py', '.env', 'uses.yml']) expect(files.has(file), file).toBe(true);
    expect(report.findings.filter((f) => f.file.startsWith('names/')).length).toBe(6);
  });
});

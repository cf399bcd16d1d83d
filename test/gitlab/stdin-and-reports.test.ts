import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/cli/args.js';
import { main, type Io } from '../../src/cli/main.js';
import { stdinKind } from '../../src/discover/stdin-kind.js';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, tempDir, writeTree } from '../helpers/repo.js';
import { run } from '../cli/io.js';
import { schemaErrors, validateCodequality, validateSecretDetection } from './schemas.js';

afterAll(cleanupTempDirs);

async function runStdin(cwd: string, input: string | Buffer, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void) => ({ isTTY: false, write: (c: string | Uint8Array) => (append(typeof c === 'string' ? c : Buffer.from(c).toString()), true) }) as unknown as NodeJS.WriteStream;
  const io: Io = { stdin: Readable.from([typeof input === 'string' ? Buffer.from(input) : input]), stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)), env: { NO_COLOR: '1' }, cwd };
  const code = await main(argv, io);
  return { code, stdout, stderr, json: () => JSON.parse(stdout) };
}

const at = (findings: any[]) => findings.map((f) => [f.file, f.line, f.column, f.ruleId]);

describe('scan - (standard input)', () => {
  it('finds a key at its exact position and names the input <stdin>', async () => {
    const key = openaiKey();
    const r = await runStdin(tempDir(), `first line\n  token = "${key}"\n`, 'scan', '-', '--format', 'json');
    expect(r.code).toBe(1);
    expect(at(r.json().findings)).toEqual([['<stdin>', 2, 12, 'openai-api-key']]);
    expect(r.json().findings[0].endColumn).toBe(12 + key.length);
    expect(r.stdout).not.toContain(key);
  });

  it('--stdin-filename names it and decides its kind: a rendered manifest gets the Kubernetes rules', async () => {
    const key = openaiKey();
    const manifest = `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  OPENAI_API_KEY: "${key}"\n`;
    const r = await runStdin(tempDir(), manifest, 'scan', '-', '--stdin-filename', './charts/rendered.yaml', '--format', 'json');
    const findings = r.json().findings;
    expect(findings.map((f: any) => [f.file, f.line, f.column])).toEqual([['charts/rendered.yaml', 7, 20]]);
    expect([findings[0].ruleId, ...(findings[0].relatedRules ?? [])]).toContain('k8s-configmap-secret');
    // The same text under a name that is no YAML: only the text rules.
    const plain = await runStdin(tempDir(), manifest, 'scan', '-', '--stdin-filename', 'notes.txt', '--format', 'json');
    expect(at(plain.json().findings)).toEqual([['notes.txt', 7, 20, 'openai-api-key']]);
  });

  it('an unnamed kubectl dump is read as manifests; nothing found is exit 0', async () => {
    const key = openaiKey();
    const dump = `apiVersion: v1\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: a\n  data:\n    OPENAI_API_KEY: ${key}\nkind: List\n`;
    const r = await runStdin(tempDir(), dump, 'scan', '-', '--format', 'json');
    expect(r.json().findings.map((f: any) => [f.file, f.line, f.column])).toEqual([['<stdin>', 8, 21]]);
    const clean = await runStdin(tempDir(), 'apiVersion: v1\nkind: ConfigMap\ndata:\n  LOG_LEVEL: debug\n', 'scan', '-');
    expect(clean.code).toBe(0);
  });

  it('over the max file size: not scanned, exit 3 with a clear message', async () => {
    const r = await runStdin(tempDir(), 'x'.repeat(5000), 'scan', '-', '--max-file-size', '1000');
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('scan incomplete');
    expect(r.stderr).toContain('<stdin>: standard input of more than 1000 bytes exceeds the limit');
  });

  it('honours the config at the working directory, inline suppression and baselines', async () => {
    const key = openaiKey();
    const dir = tempDir();
    writeTree(dir, { '.openai-secret-lint.yml': 'rules: { openai-api-key: low }\n' });
    const r = await runStdin(dir, `a: ${key}\nb: ${openaiKey()} # openai-secret-lint:ignore\n`, 'scan', '-', '--format', 'json');
    expect(r.code).toBe(0);
    expect(r.json().findings.map((f: any) => [f.line, f.severity])).toEqual([[1, 'low']]);
    expect(r.json().stats.suppressed).toBe(1);
  });

  it('usage errors: other paths, --stdin-filename without -, .. in the name, history modes', async () => {
    expect(() => parseCommand(['scan', '-', '.'])).toThrow(/standard input only/);
    expect(() => parseCommand(['scan', '.', '--stdin-filename', 'a.yaml'])).toThrow(/only applies to `scan -`/);
    expect(() => parseCommand(['scan', '-', '--history'])).toThrow(/cannot be combined/);
    const r = await runStdin(tempDir(), 'x', 'scan', '-', '--stdin-filename', '../../etc/passwd');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('inside the repository');
  });

  it('decides the kind by name, else by content', () => {
    expect(stdinKind('.gitlab-ci.yml', 'x: 1')).toBe('gitlab-ci');
    expect(stdinKind('.github/workflows/ci.yml', 'x: 1')).toBe('workflow');
    expect(stdinKind('values.yaml', 'kind: x\napiVersion: v1')).toBe('helm-values');
    expect(stdinKind(null, 'apiVersion: v1\nkind: Secret\n')).toBe('k8s');
    expect(stdinKind('out.yaml', 'apiVersion: v1\nkind: Secret\n')).toBe('k8s');
    expect(stdinKind(null, 'stages: [test]\njob:\n  script: [make]\n')).toBe('gitlab-ci');
    expect(stdinKind(null, 'build:\n  script:\n    - make\nvariables:\n  A: b\n')).toBe('gitlab-ci');
    expect(stdinKind(null, 'on: push\njobs:\n  a:\n    runs-on: x\n')).toBe('workflow');
    expect(stdinKind(null, 'plain text\n')).toBe('other');
    expect(stdinKind(null, 'name: x\n')).toBe('yaml');
  });
});

describe('--report FORMAT=FILE', () => {
  it('writes several formats from one scan, and the --format output as well', async () => {
    const key = openaiKey();
    const dir = tempDir();
    writeTree(dir, { 'src/app.py': `\nKEY = "${key}"\n` });
    const r = await run(dir, 'scan', '.', '--report', 'gitlab=reports/gl-secret-detection-report.json', '--report', 'codequality=gl-code-quality-report.json', '--report', 'sarif=out.sarif', '--format', 'json');
    expect(r.code).toBe(1);
    expect(at(JSON.parse(r.stdout).findings)).toEqual([['src/app.py', 2, 8, 'openai-api-key']]);
    const gitlab = JSON.parse(readFileSync(path.join(dir, 'reports/gl-secret-detection-report.json'), 'utf8'));
    const codequality = JSON.parse(readFileSync(path.join(dir, 'gl-code-quality-report.json'), 'utf8'));
    expect(schemaErrors(validateSecretDetection, gitlab)).toEqual([]);
    expect(schemaErrors(validateCodequality, codequality)).toEqual([]);
    expect(gitlab.vulnerabilities[0].location).toMatchObject({ file: 'src/app.py', start_line: 2 });
    expect(codequality[0].location).toEqual({ path: 'src/app.py', lines: { begin: 2 } });
    expect(JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8')).runs[0].results).toHaveLength(1);
    for (const file of ['reports/gl-secret-detection-report.json', 'gl-code-quality-report.json', 'out.sarif']) expect(readFileSync(path.join(dir, file), 'utf8')).not.toContain(key);
  });

  it('never writes through a symbolic link the repository planted', async () => {
    const dir = tempDir();
    const outside = tempDir();
    writeFileSync(path.join(outside, 'victim'), 'keep me\n');
    writeTree(dir, { 'a.txt': 'nothing\n' });
    symlinkSync(outside, path.join(dir, 'reports'));
    const r = await run(dir, 'scan', '.', '--report', 'gitlab=reports/victim');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('symbolic link');
    expect(readFileSync(path.join(outside, 'victim'), 'utf8')).toBe('keep me\n');
    symlinkSync(path.join(outside, 'victim'), path.join(dir, 'cq.json'));
    expect((await run(dir, 'scan', '.', '--report', 'codequality=cq.json')).code).toBe(0);
    expect(readFileSync(path.join(outside, 'victim'), 'utf8')).toBe('keep me\n');
    expect(existsSync(path.join(dir, 'cq.json'))).toBe(true);
  });

  it('rejects a malformed value or an unknown format', () => {
    expect(() => parseCommand(['scan', '--report', 'gitlab'])).toThrow(/FORMAT=FILE/);
    expect(() => parseCommand(['scan', '--report', 'gitlab='])).toThrow(/FORMAT=FILE/);
    expect(() => parseCommand(['scan', '--report', 'xml=a.xml'])).toThrow(/must be one of/);
    expect(parseCommand(['scan', '--report', 'gitlab=a=b.json'])).toMatchObject({ reports: [{ format: 'gitlab', file: 'a=b.json' }] });
  });
});

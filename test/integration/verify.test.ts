/**
 * --verify end to end through the CLI: the key goes only to its own provider (a fake one on
 * 127.0.0.1 named by the documented base-URL variable), and the result reaches the report.
 */
import { realpathSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Report } from '../../src/core/finding.js';
import { startFakeProviders, type FakeProviders } from '../verify/fake-providers.js';
import { generateKey, openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, tempDir, writeTree } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

let providers: FakeProviders;
beforeEach(async () => {
  providers = await startFakeProviders();
});
afterEach(async () => {
  await providers.close();
});

async function runCli(argv: string[], env: Record<string, string> = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  const code = await main(argv, { stdout: stdout as unknown as NodeJS.WriteStream, stderr: stderr as unknown as NodeJS.WriteStream, env: { NO_COLOR: '1', ...env }, cwd: process.cwd() });
  return { code, stdout: out, stderr: err };
}

describe('scan --verify', () => {
  it('marks active and revoked keys, raises and lists the active one first, and never sends a key twice', async () => {
    const active = openaiKey('proj');
    const revoked = openaiKey('svcacct');
    const github = generateKey('github:pat');
    providers.behave(active, 'valid');
    providers.behave(revoked, 'revoked');
    providers.behave(github, 'valid');
    const dir = realpathSync(tempDir());
    writeTree(dir, { 'a.env.sh': `A=${revoked}\nB=${active}\n`, 'b.txt': `again ${active}\n`, 'c.yml': `token: ${github}\n` });

    const result = await runCli(['scan', dir, '--verify', '--format', 'json'], providers.env);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as Report;
    const byFileLine = Object.fromEntries(report.findings.map((f) => [`${f.file}:${f.line}:${f.ruleId}`, f.verification?.status]));
    expect(byFileLine).toMatchObject({ 'a.env.sh:1:openai-api-key': 'inactive', 'a.env.sh:2:openai-api-key': 'active', 'b.txt:1:openai-api-key': 'active', 'c.yml:1:github-token': 'active' });
    // Active keys first.
    expect(report.findings.slice(0, 3).every((f) => f.verification?.status === 'active')).toBe(true);
    expect(report.findings.every((f) => f.verification?.status !== 'active' || f.severity === 'critical')).toBe(true);
    // Each distinct key once, each to its own provider, in a header only.
    expect(providers.requests.map((r) => `${r.provider}:${r.key === active ? 'active' : r.key === revoked ? 'revoked' : r.key === github ? 'github' : '?'}`).sort()).toEqual(['github:github', 'openai:active', 'openai:revoked']);
    for (const request of providers.requests) {
      expect(request.url).not.toContain(request.key!);
      expect(request.body).not.toContain(request.key!);
    }
    expect(result.stdout).not.toContain(active);
  });

  it('sends nothing without --verify', async () => {
    const dir = realpathSync(tempDir());
    writeTree(dir, { 'a.txt': openaiKey('proj') });
    const result = await runCli(['scan', dir, '--format', 'json'], providers.env);
    expect(result.code).toBe(1);
    expect(providers.requests).toEqual([]);
    expect((JSON.parse(result.stdout) as Report).findings[0]!.verification).toBeUndefined();
  });

  it('rejects a plain-HTTP base URL that is not loopback before sending anything (exit 2)', async () => {
    const dir = realpathSync(tempDir());
    writeTree(dir, { 'a.txt': openaiKey('proj') });
    const result = await runCli(['scan', dir, '--verify'], { OPENAI_SECRET_LINT_OPENAI_BASE_URL: 'http://proxy.example.com/v1' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('OPENAI_SECRET_LINT_OPENAI_BASE_URL');
    expect(providers.requests).toEqual([]);
  });

  it('shows the verification in the text report', async () => {
    const key = openaiKey('proj');
    providers.behave(key, 'valid');
    const dir = realpathSync(tempDir());
    writeTree(dir, { 'a.txt': key });
    const result = await runCli(['scan', dir, '--verify'], providers.env);
    expect(result.stdout).toMatch(/verified: active/);
    expect(result.stdout).toMatch(/1 key verified ACTIVE: revoke first/);
  });
});

/**
 * plan → scan → report end to end: a stand-in API lists local git repositories (file:// clone
 * URLs, allowed under the test flag only) holding generated keys; the report's figures must be
 * the planted findings, then new / fixed / still open after a second audit.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgReport } from '../../src/org/report.js';
import { conceal, tokenHostsFor } from '../../src/org/scan.js';
import type { OrgState, RepositoryReport, Shard } from '../../src/org/types.js';
import { generateKey } from '../helpers/keys.js';
import { startFakeOrgApi, type FakeOrgApi, type FakeRepo } from '../helpers/org-api-server.js';
import { cleanupTempDirs, gitIn, makeRepo, tempDir, writeTree } from '../helpers/repo.js';
import { runWith } from './run.js';

const ORG = 'acme';
const XSS_FILE = '<img src=x onerror=alert(1)>.txt';
let api: FakeOrgApi;
let work: string;
const repos = {} as Record<'alpha' | 'bravo' | 'clean' | 'empty', string>;
const keys = {} as Record<'a1' | 'a2' | 'a3' | 'b1' | 'b2' | 'x', string>;

const fileUrl = (dir: string) => pathToFileURL(dir).href;
const env = () => ({ GITHUB_API_URL: api.url, GITHUB_TOKEN: 'stand-in-token-value', OPENAI_SECRET_LINT_ALLOW_FILE_CLONE: '1' });

beforeAll(async () => {
  keys.a1 = generateKey('openai:proj');
  keys.a2 = generateKey('openai:svcacct');
  keys.b1 = generateKey('openai:proj');
  keys.b2 = generateKey('github:pat');
  keys.x = generateKey('openai:admin');
  repos.alpha = makeRepo({ 'app/settings.py': `api_key = "${keys.a1}"\n`, 'deploy/run.sh': `export OPENAI_API_KEY=${keys.a2}\n` });
  repos.bravo = makeRepo({ 'config.txt': `openai ${keys.b1}\ngithub ${keys.b2}\n`, [`<script>/${XSS_FILE}`]: `key ${keys.x}\n` });
  repos.clean = makeRepo({ 'README.md': '# nothing here\n' });
  repos.empty = makeRepo({});
  const when = '2026-01-01T00:00:00.000Z';
  const entry = (name: string, url: string): FakeRepo => ({ full_name: `${ORG}/${name}`, clone_url: url, size: 1, archived: false, topics: [], pushed_at: when });
  api = await startFakeOrgApi(ORG, [
    entry('alpha', fileUrl(repos.alpha)),
    entry('bravo', fileUrl(repos.bravo)),
    entry('clean', fileUrl(repos.clean)),
    entry('empty', fileUrl(repos.empty)),
    entry('missing', fileUrl(path.join(repos.clean, 'no-such-repository'))),
  ]);
  work = tempDir('osl-org-');
});

afterAll(async () => {
  await api.close();
  cleanupTempDirs();
});

/** plan (to 2 shards), scan each shard into `reports`, then report as JSON. */
async function audit(round: string, extra: { previous?: string } = {}): Promise<{ report: OrgReport; stderr: string }> {
  const dir = path.join(work, round);
  mkdirSync(dir, { recursive: true });
  const state = path.join(work, 'state.json');
  const planArgs = ['org', 'plan', '--org', ORG, '--max-jobs', '2', '--output', path.join(dir, 'plan.json')];
  if (extra.previous) planArgs.push('--changed-since', state);
  const plan = await runWith(work, env(), ...planArgs);
  expect(plan.code, plan.stderr).toBe(0);
  const shards = (JSON.parse(plan.stdout) as { include: Shard[] }).include;
  let stderr = '';
  for (const shard of shards) {
    const file = path.join(dir, `shard-${shard.shard}.json`);
    writeFileSync(file, JSON.stringify(shard));
    const scanned = await runWith(work, env(), 'org', 'scan', '--shard', file, '--out', path.join(dir, 'reports'), '--concurrency', '2');
    expect(scanned.code, scanned.stderr).toBe(0);
    stderr += scanned.stderr;
  }
  const reportArgs = ['org', 'report', path.join(dir, 'reports'), '--format', 'json', '--state', state, '--org', ORG];
  if (extra.previous) reportArgs.push('--previous', extra.previous, '--plan', path.join(dir, 'plan.json'));
  const result = await runWith(work, env(), ...reportArgs);
  expect(result.code, result.stderr).toBe(0);
  return { report: JSON.parse(result.stdout) as OrgReport, stderr };
}

describe('org scan and org report', () => {
  let first: OrgReport;

  it('scans every repository of every shard; the report adds up exactly the planted keys', async () => {
    const { report, stderr } = await audit('one');
    first = report;
    expect(report.totals).toMatchObject({ repositories: 5, scanned: 3, empty: 1, failed: 1, withFindings: 2, findings: 5 });
    expect(report.totals.bySeverity).toEqual({ critical: 5, high: 0, medium: 0, low: 0 });
    expect(report.totals.byProvider).toEqual({ OpenAI: 4, GitHub: 1 });
    expect(report.totals.byRule).toEqual({ 'openai-api-key': 4, 'github-token': 1 });
    const where = report.findings.map((f) => `${f.repository} ${f.file}:${f.line}:${f.column}`).sort();
    expect(where).toEqual([
      `${ORG}/alpha app/settings.py:1:12`,
      `${ORG}/alpha deploy/run.sh:1:23`,
      `${ORG}/bravo <script>/${XSS_FILE}:1:5`,
      `${ORG}/bravo config.txt:1:8`,
      `${ORG}/bravo config.txt:2:8`,
    ]);
    // Ranked by risk: bravo (3 keys) above alpha (2), then the rest.
    expect(report.repositories.map((r) => r.name).slice(0, 2)).toEqual([`${ORG}/bravo`, `${ORG}/alpha`]);
    const missing = report.repositories.find((r) => r.name === `${ORG}/missing`)!;
    expect(missing.status).toBe('failed');
    expect(missing.error).toMatch(/clone failed/);
    expect(stderr).toContain(`${ORG}/missing: failed`);
    expect(report.comparison).toBeNull();
    // Redacted: no key appears whole anywhere in the reports, nor does the token.
    const written = readdirSync(path.join(work, 'one', 'reports')).map((f) => readFileSync(path.join(work, 'one', 'reports', f), 'utf8')).join('\n');
    for (const key of Object.values(keys)) expect(written).not.toContain(key);
    expect(written).not.toContain('stand-in-token-value');
    expect(readdirSync(path.join(work, 'one', 'reports')).sort()).toEqual(['acme__alpha.json', 'acme__bravo.json', 'acme__clean.json', 'acme__empty.json', 'acme__missing.json']);
  });

  it('after changes: new, fixed and still open by fingerprint; an unchanged repository is carried over, not rescanned', async () => {
    expect(first).toBeDefined();
    const state = JSON.parse(readFileSync(path.join(work, 'state.json'), 'utf8')) as OrgState;
    expect(state.repositories[`${ORG}/alpha`]?.status).toBe('ok');
    // alpha: one key removed, one added; pushed after the audit. bravo: untouched.
    keys.a3 = generateKey('openai:proj');
    writeTree(repos.alpha, { 'deploy/run.sh': `export OPENAI_API_KEY=$FROM_SECRET_STORE\n`, 'new.env.txt': `token ${keys.a3}\n` });
    gitIn(repos.alpha, 'add', '-A');
    gitIn(repos.alpha, 'commit', '-q', '-m', 'rotate');
    const later = new Date(Date.now() + 60_000).toISOString();
    for (const r of api.repos) if (r.full_name !== `${ORG}/bravo`) r.pushed_at = later;

    const { report, stderr } = await audit('two', { previous: path.join(work, 'one', 'reports') });
    expect(stderr).not.toContain(`${ORG}/bravo`); // not cloned again
    expect(report.totals).toMatchObject({ repositories: 5, findings: 5, carried: 1 });
    expect(report.comparison).toEqual({ new: 1, fixed: 1, open: 4 });
    expect(report.findings.filter((f) => f.change === 'new').map((f) => `${f.repository} ${f.file}`)).toEqual([`${ORG}/alpha new.env.txt`]);
    expect(report.fixed.map((f) => `${f.repository} ${f.file}:${f.line}`)).toEqual([`${ORG}/alpha deploy/run.sh:1`]);
    expect(report.repositories.find((r) => r.name === `${ORG}/bravo`)).toMatchObject({ carried: true, findings: 3, new: 0, fixed: 0 });
    // The carried report is copied into this audit's folder, which is the next audit's --previous.
    const carried = JSON.parse(readFileSync(path.join(work, 'two', 'reports', 'acme__bravo.json'), 'utf8')) as RepositoryReport;
    expect(carried.carried).toBe(true);
    const state2 = JSON.parse(readFileSync(path.join(work, 'state.json'), 'utf8')) as OrgState;
    expect(state2.history.map((p) => p.findings)).toEqual([5, 5]);
  });

  it('renders the same audit as HTML with both charts and as Markdown, escaping the hostile path', async () => {
    const reports = path.join(work, 'two', 'reports');
    const html = await runWith(work, env(), 'org', 'report', reports, '--previous', path.join(work, 'one', 'reports'), '--format', 'html', '--state', path.join(work, 'state.json'));
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('&lt;img src=x onerror=alert(1)&gt;.txt');
    expect(html.stdout).toContain('&lt;script&gt;/');
    expect(html.stdout).not.toMatch(/<script|<img|onerror=alert\(1\)>/i);
    expect(html.stdout).toContain('aria-label="Findings over time"');
    expect(html.stdout).toContain('aria-label="Findings per repository"');
    const md = await runWith(work, env(), 'org', 'report', reports, '--format', 'markdown');
    expect(md.stdout).toContain('| acme/bravo |');
    expect(md.stdout).not.toContain('<img');
    expect(md.stdout).toContain('&lt;img src=x onerror=alert(1)&gt;.txt');
  });

  it('writes JSON, HTML and Markdown from one aggregation, updating the state once', async () => {
    const state = path.join(work, 'state-copy.json');
    writeFileSync(state, readFileSync(path.join(work, 'state.json')));
    const before = (JSON.parse(readFileSync(state, 'utf8')) as OrgState).history.length;
    const out = path.join(work, 'formats');
    const result = await runWith(work, env(), 'org', 'report', path.join(work, 'two', 'reports'), '--state', state, '--json', `${out}/a.json`, '--html', `${out}/a.html`, '--markdown', `${out}/a.md`);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe('');
    expect((JSON.parse(readFileSync(state, 'utf8')) as OrgState).history).toHaveLength(before + 1);
    expect((JSON.parse(readFileSync(`${out}/a.json`, 'utf8')) as OrgReport).totals.findings).toBe(5);
    expect(readFileSync(`${out}/a.html`, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(readFileSync(`${out}/a.md`, 'utf8')).toMatch(/^## Secret audit/);
    const failing = await runWith(work, env(), 'org', 'report', path.join(work, 'two', 'reports'), '--fail-on', 'critical', '--format', 'json');
    expect(failing.code).toBe(1);
  });

  it('--history audits every commit: a key removed from the tip is reported as history only', async () => {
    const key = generateKey('openai:proj');
    const dir = makeRepo({ 'old.txt': `key ${key}\n` });
    rmSync(path.join(dir, 'old.txt'));
    gitIn(dir, 'commit', '-qam', 'remove');
    const shard = path.join(work, 'history-shard.json');
    writeFileSync(shard, JSON.stringify({ shard: 1, repositories: [{ name: `${ORG}/hist`, cloneUrl: fileUrl(dir), size: 1, pushedAt: null }] }));
    const out = path.join(work, 'history-reports');
    const head = await runWith(work, env(), 'org', 'scan', '--shard', shard, '--out', out);
    expect(head.code).toBe(0);
    expect((JSON.parse(readFileSync(path.join(out, 'acme__hist.json'), 'utf8')) as RepositoryReport).report!.findings).toHaveLength(0);
    const full = await runWith(work, env(), 'org', 'scan', '--shard', shard, '--out', out, '--history');
    expect(full.code).toBe(0);
    const doc = JSON.parse(readFileSync(path.join(out, 'acme__hist.json'), 'utf8')) as RepositoryReport;
    expect(doc.mode).toBe('history');
    expect(doc.report!.findings.map((f) => [f.file, f.line, f.presentAtHead])).toEqual([['old.txt', 1, false]]);
  });

  it('refuses file:// clone URLs without the test flag, and any other scheme', async () => {
    const shard = path.join(work, 'bad-shard.json');
    writeFileSync(shard, JSON.stringify({ repositories: [{ name: `${ORG}/x`, cloneUrl: fileUrl(repos.clean) }] }));
    const refused = await runWith(work, { GITHUB_API_URL: api.url }, 'org', 'scan', '--shard', shard);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('file:// only with OPENAI_SECRET_LINT_ALLOW_FILE_CLONE=1');
    writeFileSync(shard, JSON.stringify({ repositories: [{ name: `${ORG}/x`, cloneUrl: 'ext::sh -c id' }] }));
    expect((await runWith(work, env(), 'org', 'scan', '--shard', shard)).code).toBe(2);
  });
});

describe('the token', () => {
  it('goes only to the GitHub server of the API (github.com for api.github.com; the GHES host)', () => {
    expect([...tokenHostsFor('https://api.github.com', undefined)].sort()).toEqual(['api.github.com', 'github.com']);
    expect([...tokenHostsFor('https://ghe.example/api/v3', 'https://ghe.example')]).toEqual(['ghe.example']);
  });

  it('never appears in an error message, raw or as its basic-auth header', () => {
    const token = 'tok' + 'en-value-123';
    const header = Buffer.from(`x-access-token:${token}`).toString('base64');
    expect(conceal(`fatal: https://x:${token}@h/ and ${header} and ${token}`, token)).toBe('fatal: https://***@h/ and *** and ***');
  });
});

import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isLiteralSecretValue } from '../../src/analyzers/secret-names.js';
import { silentLogger } from '../../src/core/logger.js';
import { scan } from '../../src/core/scan.js';
import { defaultSettings } from '../../src/core/settings.js';
import { renderFixture } from '../helpers/fixtures.js';
import { generateKey, randomString } from '../helpers/keys.js';
import { cleanupTempDirs, makeRepo, tempDir, writeTree, type Tree } from '../helpers/repo.js';
import { findingsOf, FIXTURES } from './tree-fixture.js';

afterAll(cleanupTempDirs);

const RULE = 'env-file-secret';
const NG = path.join(FIXTURES, 'env-file-secret/ng.dotenv');
const OK = path.join(FIXTURES, 'env-file-secret/ok.dotenv');

/** Exact positions of the secret-like values in ng.dotenv (the provider key on line 6 is not among them). */
const NG_EXPECTED = ['2:13-2:23', '3:25-3:38', '4:12-5:11', '7:15-7:23', '8:21-8:38'];

async function scanIn(tracked: Tree, untracked: Tree = {}, git = true) {
  let root: string;
  if (git) root = makeRepo(tracked, { untracked });
  else {
    root = tempDir();
    writeTree(root, { ...tracked, ...untracked });
  }
  return scan(defaultSettings(root), silentLogger);
}

describe('env-file-secret', () => {
  it('ng: reports each secret-like literal of a committed env file at its exact position', async () => {
    const { text, keys } = renderFixture(NG);
    const report = await scanIn({ 'deploy/.env': text });
    expect(findingsOf(report, [RULE])).toEqual(NG_EXPECTED.map((at) => `${RULE} high deploy/.env ${at}`).sort());
    // The provider key is reported once, by the text rule, and not again as a secret-like value.
    const key = keys[0]!;
    expect(report.findings.filter((f) => f.line === key.line).map((f) => [f.ruleId, f.column])).toEqual([['openai-api-key', key.column]]);
    const first = report.findings.find((f) => f.ruleId === RULE && f.line === 2)!;
    expect(first.message).toBe('`DB_PASSWORD` holds a literal secret in a committed env file.');
    expect(first.secret).not.toContain('hunter2xyz');
  });

  it('ng: untracked-but-not-ignored and outside-git env files are checked too', async () => {
    const { text } = renderFixture(NG);
    const untracked = await scanIn({ 'README.md': 'x\n' }, { '.env.local': text });
    expect(findingsOf(untracked, [RULE])).toEqual(NG_EXPECTED.map((at) => `${RULE} high .env.local ${at}`).sort());
    const plain = await scanIn({ 'prod.env': text }, {}, false);
    expect(findingsOf(plain, [RULE])).toEqual(NG_EXPECTED.map((at) => `${RULE} high prod.env ${at}`).sort());
  });

  it('ng: a file used as an env file by Compose is parsed as one', async () => {
    const { text } = renderFixture(NG);
    const report = await scanIn({ 'compose.yaml': 'services:\n  app:\n    env_file: [config/app.conf]\n', 'config/app.conf': text });
    expect(findingsOf(report, [RULE])).toEqual(NG_EXPECTED.map((at) => `${RULE} high config/app.conf ${at}`).sort());
  });

  it('ng: a long random value is reported too (the generic text detector is not a provider)', async () => {
    const value = randomString(32);
    const report = await scanIn({ '.env': `SERVICE_TOKEN=${value}\n` });
    expect(findingsOf(report, [RULE])).toEqual([`${RULE} high .env 1:15-1:47`]);
  });

  it('ok: entries of files kustomize reads are left to the kubernetes rules; the file is still reported', async () => {
    const { text } = renderFixture(NG);
    const report = await scanIn({ 'k/kustomization.yaml': 'secretGenerator:\n  - name: s\n    envs: [app.properties]\n', 'k/app.properties': text });
    expect(findingsOf(report, [RULE])).toEqual([]);
    expect(findingsOf(report, ['env-file-committed'])).toEqual(['env-file-committed critical k/app.properties -']);
  });

  it('ok: references, placeholders, empty values, provider keys and suppressed lines produce nothing', async () => {
    const report = await scanIn({ '.env': renderFixture(OK).text });
    expect(findingsOf(report, ['env-file-committed'])).toEqual(['env-file-committed critical .env -']);
    expect(findingsOf(report, [RULE])).toEqual([]);
  });

  it('ok: templates and ignored env files are not read for this rule', async () => {
    const { text } = renderFixture(NG);
    const report = await scanIn({ '.env.example': text, '.gitignore': '.env\n' }, { '.env': text });
    expect(findingsOf(report, [RULE])).toEqual([]);
  });
});

describe("remediation follows the file's state", () => {
  it('a committed file: rotate; an untracked, unignored one: ignore it first', async () => {
    const value = randomString(24);
    const committed = await scanIn({ '.env': `DB_PASSWORD=${value}\n` });
    expect(committed.findings.find((f) => f.ruleId === RULE)!.remediation).toMatch(/^Rotate the value \(it is in git history\)/);
    const untracked = await scanIn({ 'README.md': 'x\n' }, { '.env': `DB_PASSWORD=${value}\n` });
    const finding = untracked.findings.find((f) => f.ruleId === RULE)!;
    expect(finding.message).toContain('an unignored env file');
    expect(finding.remediation).toMatch(/^Add an ignore rule for this file before it is committed/);
  });
});

describe('one finding per value', () => {
  it('a high-entropy secret-like value in an env file is env-file-secret only, not also generic-secret', async () => {
    // Key material the generic rule always takes: a plain randomString(32) reads as a camelCase
    // name or letters-only word about one time in 400, which that rule rightly skips.
    const value = generateKey('generic:secret');
    const report = await scanIn({ '.env': `SERVICE_API_KEY=${value}\n` });
    expect(report.findings.filter((f) => f.line === 1).map((f) => `${f.ruleId}:${f.line}:${f.column}`)).toEqual([`${RULE}:1:17`]);
    // The same assignment in a script is the generic rule's.
    const script = await scanIn({ 'run.sh': `SERVICE_API_KEY=${value}\n` });
    expect(script.findings.map((f) => f.ruleId)).toContain('generic-secret');
  });
});

describe('isLiteralSecretValue', () => {
  it.each(['hunter2xyz', 'Zq8fP2vL', 'rk-abc-123456', 'a b c d'])('literal: %s', (v) => expect(isLiteralSecretValue(v)).toBe(true));
  it.each(['', 'ab', 'true', '8080', '${X}', '$X', '$(cmd)', '%X%', '<token>', 'your-key', 'put-key-here', 'xxxx', '****', 'sk-proj-...', 'REDACTED', 'changeme', '0000', 'ENC[AES256_GCM,data:x]', 'r8_******', 'SG.xxxxx.yyyyy', 'xoxb-your-bot-token'])(
    'not literal: %s',
    (v) => expect(isLiteralSecretValue(v)).toBe(false),
  );
});

/**
 * Text built to hurt regexes and decoders: a megabyte of `sk-proj-` prefixes, a megabyte of base64
 * characters, base64 nested thirty levels deep. Each scan completes and finds the canary and a key
 * planted after the hostile run at its exact position.
 */
import { randomInt } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { base64, openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs } from '../helpers/repo.js';
import { scanTree } from '../helpers/scan.js';
import { canary, expectCanary, expectKeyAt } from './canary.js';

afterAll(cleanupTempDirs);

const MiB = 1024 * 1024;
const SK_PROJ = ['s', 'k', '-', 'proj', '-'].join('');
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

describe('regex-adversarial text', () => {
  it('1 MB of repeated sk-proj- prefixes (one run, and space-separated), then a real key', async () => {
    const c = canary();
    const key = openaiKey('proj');
    const glued = SK_PROJ.repeat(MiB / SK_PROJ.length);
    const spaced = `${SK_PROJ} `.repeat(MiB / (SK_PROJ.length + 1));
    const report = await scanTree({
      [c.path]: c.text,
      'glued.txt': `${glued}\nkey = "${key}"\n`,
      'spaced.yml': `a: ${spaced}\nb: ${key}\n`,
    });
    expectCanary(report, c);
    expectKeyAt(report, 'glued.txt', 2, 'key = "'.length + 1, key.length);
    expectKeyAt(report, 'spaced.yml', 2, 'b: '.length + 1, key.length);
  }, 120_000);

  it('1 MB of base64 characters (one run, and 76-column lines), then a real key', async () => {
    const c = canary();
    const key = openaiKey('svcacct');
    let run = '';
    for (let i = 0; i < MiB; i++) run += B64[randomInt(64)];
    const wrapped = run.match(/.{1,76}/g)!.join('\n');
    const lines = wrapped.split('\n').length;
    const report = await scanTree({
      [c.path]: c.text,
      'blob.txt': `${run}\nOPENAI_API_KEY=${key}\n`,
      'cert.pem': `${wrapped}\nOPENAI_API_KEY=${key}\n`,
    });
    expectCanary(report, c);
    expectKeyAt(report, 'blob.txt', 2, 'OPENAI_API_KEY='.length + 1, key.length);
    expectKeyAt(report, 'cert.pem', lines + 1, 'OPENAI_API_KEY='.length + 1, key.length);
  }, 120_000);

  it('base64 nested thirty levels deep completes (the decoder stops at its depth), a key beside it found', async () => {
    const c = canary();
    const key = openaiKey('proj');
    let nested = `OPENAI_API_KEY=${openaiKey('proj')}`;
    for (let i = 0; i < 30; i++) nested = base64(nested);
    expect(nested.length).toBeGreaterThan(1_000_000);
    const report = await scanTree({ [c.path]: c.text, 'nested.txt': `blob: ${nested}\nkey: ${key}\n`, 'deploy/secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  blob: ${nested}\n` }, { settings: { maxFileSize: 8 * MiB } });
    expectCanary(report, c);
    expectKeyAt(report, 'nested.txt', 2, 'key: '.length + 1, key.length);
  }, 120_000);

  it('a key base64-encoded twice is still found, at the encoded text', async () => {
    const c = canary();
    const key = openaiKey('proj');
    const twice = base64(base64(`OPENAI_API_KEY=${key}`));
    const report = await scanTree({ [c.path]: c.text, 'twice.txt': `x\nblob = "${twice}"\n` });
    expectCanary(report, c);
    const hit = report.findings.find((f) => f.file === 'twice.txt' && f.ruleId === 'openai-api-key');
    expect(hit).toMatchObject({ line: 2, column: 'blob = "'.length + 1, decodedFrom: ['base64', 'base64'] });
  });
});

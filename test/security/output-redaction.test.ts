/**
 * The pieces of the output door, one at a time: how much of a secret redaction shows, the one
 * masking pass over a Report, the escaping for terminals, logs and JSON, and the messages of YAML
 * parse errors, configuration errors and loggers, which must never quote what they read.
 */
import { describe, expect, it } from 'vitest';
import { parseBaseline } from '../../src/baseline/baseline.js';
import { consoleLogger } from '../../src/cli/console-logger.js';
import { parseConfig } from '../../src/config/validate.js';
import { maskReport } from '../../src/core/finalize.js';
import type { Finding, RawFinding, Report } from '../../src/core/finding.js';
import { redact, secretMasker } from '../../src/core/redact.js';
import { emptyStats } from '../../src/core/report.js';
import { escapeControls, logSafe, logSafeJson, neutralizeCommands } from '../../src/output/escape.js';
import { escapeText } from '../../src/output/markdown.js';
import { loadYaml } from '../../src/yaml/load.js';
import { generateKey, openaiKey, randomBody, randomString, URL_SAFE } from '../helpers/keys.js';
import { isCommand, runnerLines } from './output-fixture.js';

/** The characters of `redact(secret)` before the ellipsis. */
function shownPart(redacted: string): string {
  return redacted.slice(0, redacted.lastIndexOf('… ('));
}

describe('redact: at most a quarter, nothing under 8 characters', () => {
  it('shows nothing of a secret shorter than 8 characters, even its prefix', () => {
    for (let length = 0; length < 8; length++) {
      const secret = randomString(length);
      expect(redact(secret)).toBe(`… (${length} chars)`);
      expect(redact(secret, secret.slice(0, 3))).toBe(`… (${length} chars)`);
    }
  });

  it('never shows more than a quarter of any secret, with or without a prefix', () => {
    for (let length = 8; length <= 200; length++) {
      const secret = randomString(length, URL_SAFE);
      for (const prefix of ['', secret.slice(0, 3), secret.slice(0, 8), secret.slice(0, 20)]) {
        const shown = shownPart(redact(secret, prefix));
        expect(shown.length, `length ${length}, prefix ${prefix.length}`).toBeLessThanOrEqual(Math.floor(length / 4));
        expect(secret.startsWith(shown)).toBe(true);
        expect(redact(secret, prefix).endsWith(`… (${length} chars)`)).toBe(true);
      }
    }
  });

  it('keeps the provider prefix and four more characters when they fit in the quarter', () => {
    const key = openaiKey('proj');
    expect(redact(key, 'sk-proj-')).toBe(`${key.slice(0, 12)}… (${key.length} chars)`);
    expect(redact('abcdefghijkl')).toBe('abc… (12 chars)');
    expect(redact('glpat-abcdefghijklmnopq', 'glpat-')).toBe('glpa… (23 chars)');
    expect(redact('glpat-abcdefghijklmnopqrstu', 'glpat-')).toBe('glpat-… (27 chars)');
    expect(redact('0123456789abcdef0123', 'prefix-too-long')).toBe('0123… (20 chars)');
  });

  it('counts characters, not UTF-16 units, and never splits a surrogate pair', () => {
    const secret = '😀'.repeat(12);
    expect(redact(secret)).toBe(`${'😀'.repeat(3)}… (12 chars)`);
  });
});

describe('secretMasker and maskReport: every detected value, everywhere', () => {
  it('masks a long value anywhere, a short one only as a whole token, and never re-reads a replacement', () => {
    const long = randomBody(40);
    const short = randomBody(6);
    const mask = secretMasker([{ value: long, prefix: long.slice(0, 4) }, { value: short }, { value: 'ab' }]);
    expect(mask(`dir-${long}x/${long}`)).toBe(`dir-${redact(long, long.slice(0, 4))}x/${redact(long, long.slice(0, 4))}`);
    expect(mask(`a ${short}, ${short}z`)).toBe(`a … (6 chars), ${short}z`);
    expect(mask('ab cab')).toBe('ab cab');
    // Overlapping values: the longer wins, the shorter inside it is not masked twice.
    const inner = long.slice(5, 25);
    expect(secretMasker([{ value: inner }, { value: long }])(long)).toBe(redact(long));
    expect(secretMasker([])('unchanged')).toBe('unchanged');
  });

  it('masks huge values (a megabyte of encoded text) and thousands of values, in any mix', () => {
    const huge = randomString(1024 * 1024);
    const many = Array.from({ length: 5000 }, () => randomBody(40));
    const mask = secretMasker([{ value: huge }, ...many.map((value) => ({ value }))]);
    expect(mask(`a ${huge} b`)).toBe(`a ${redact(huge)} b`);
    const text = many.slice(0, 50).join(' / ');
    const masked = mask(text);
    for (const value of many.slice(0, 50)) expect(masked).not.toContain(value);
    expect(masked.split(' / ')).toHaveLength(50);
  });

  it('masks every string of the findings and diagnostics, including suppressed values, and leaves our own fields alone', () => {
    const kept = openaiKey('proj');
    const suppressed = openaiKey('proj');
    const encoded = Buffer.from(openaiKey('proj')).toString('base64');
    const finding: Finding = {
      ruleId: 'gha-secret-printed',
      category: 'secret-exposure',
      severity: 'high',
      file: `dir-${kept}/a.yml`,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 2,
      message: `\`\${{ secrets.${suppressed} }}\` prints secret \`${suppressed}\``,
      remediation: `env: ${suppressed}: x; ${encoded}`,
      yamlPath: `env.${kept}`,
      fingerprint: '0123456789abcdef0123456789abcdef',
      verification: { status: 'unknown', provider: 'openai', detail: `said ${kept}` },
    };
    const report: Report = { tool: { name: 't', version: '1' }, findings: [finding], stats: emptyStats(), diagnostics: [{ file: `x-${kept}`, level: 'warning', code: 'c', message: `at ${suppressed}` }] };
    const raws = [
      { secret: kept, secretPrefix: 'sk-proj-' },
      { secret: suppressed },
      { secret: 'decoded', secretSource: encoded },
    ] as RawFinding[];
    const masked = JSON.stringify(maskReport(report, raws));
    for (const value of [kept, suppressed, encoded]) expect(masked).not.toContain(value);
    expect(masked).toContain(`dir-${kept.slice(0, 12)}… (164 chars)/a.yml`);
    expect(masked).toContain('"fingerprint":"0123456789abcdef0123456789abcdef"');
  });

  it('keeps paths that hold a word-like value (a folder or file named like a weak password), masks it in free text', () => {
    const base: Omit<Finding, 'file'> = {
      ruleId: 'k8s-env-literal-secret',
      category: 'unsafe-injection',
      severity: 'medium',
      line: 25,
      column: 23,
      endLine: 25,
      endColumn: 33,
      message: 'Container "postgres" gets POSTGRES_PASSWORD as a literal value.',
      remediation: 'Move it into a Secret.',
      yamlPath: 'postgres.password',
      fingerprint: '0123456789abcdef0123456789abcdef',
    };
    const raws = [{ secret: 'postgres' }] as RawFinding[];
    const report = (file: string): Report => ({ tool: { name: 't', version: '1' }, findings: [{ ...base, file }], stats: emptyStats(), diagnostics: [] });
    const inside = maskReport(report('k8s/postgres-deployment.yaml'), raws).findings[0]!;
    expect(inside.file).toBe('k8s/postgres-deployment.yaml');
    expect(inside.message).toBe('Container "po… (8 chars)" gets POSTGRES_PASSWORD as a literal value.');
    expect(inside.yamlPath).toBe('postgres.password');
    const whole = maskReport(report('k8s/postgres/statefulset.yaml'), raws).findings[0]!;
    expect(whole.file).toBe('k8s/postgres/statefulset.yaml');
    const inWord = maskReport({ ...report('a.yaml'), findings: [{ ...base, file: 'a.yaml', message: 'Container "postgresql-db" sets postgres; Secret "postgres-auth".' }] }, raws).findings[0]!;
    expect(inWord.message).toBe('Container "postgresql-db" sets po… (8 chars); Secret "po… (8 chars)-auth".');
    const keyLike = maskReport(report('k8s/postgres1/statefulset.yaml'), [{ secret: 'postgres1' }] as RawFinding[]).findings[0]!;
    expect(keyLike.file).toBe('k8s/po… (9 chars)/statefulset.yaml');
  });
});

describe('escaping for terminals, logs, JSON and Markdown', () => {
  const hostile = 'a\nb\rc\r\nd\u001b[2J\u009b1m\u0007\u2028\u202e\u0085e';

  it('escapeControls shows every control character as a visible escape', () => {
    expect(escapeControls(hostile)).toBe('a\\nb\\rc\\r\\nd\\x1b[2J\\x9b1m\\x07\\u2028\\u202e\\x85e');
    expect(escapeControls('plain: ünïcode ✓')).toBe('plain: ünïcode ✓');
  });

  it('no line can start a workflow command, whatever whitespace comes first, and ##[ never survives', () => {
    const text = ['::warning::x', '  ::error::x', '\u00a0\t::stop-commands::t', '\u0085::add-mask::x', 'ok ##[error]x', 'fine :: here'].join('\n');
    const out = neutralizeCommands(text);
    expect(runnerLines(out).filter(isCommand)).toEqual([]);
    expect(out.split('\n')[5]).toBe('fine :: here');
    expect(out.split('\n')[0]).toBe('\\::warning::x');
  });

  it('logSafe keeps our line breaks, escapes a lone CR and every other control, and neutralises each line', () => {
    const out = logSafe(`scanned ${'x\r::stop-commands::t'}\n::warning file=a,line=1::${'\u001b[31m'}\r\nend`);
    expect(out).toBe('scanned x\\r::stop-commands::t\n\\::warning file=a,line=1::\\x1b[31m\nend');
    expect(runnerLines(out).filter(isCommand)).toEqual([]);
  });

  it('logSafeJson is lossless and cannot be read as a command', () => {
    const value = { file: `##[error]x ${hostile}`, list: ['::warning::y'] };
    const json = logSafeJson(JSON.stringify(value, null, 2));
    expect(JSON.parse(json)).toEqual(value);
    expect(runnerLines(json).filter(isCommand)).toEqual([]);
    expect(/[\u007f-\u009f\u2028\u2029\u202a-\u202e]/.test(json)).toBe(false);
  });

  it('escapeText leaves no control character, lone CR or line break in a Markdown cell', () => {
    const out = escapeText(hostile);
    expect(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202e]/.test(out)).toBe(false);
  });

  it('the console logger escapes what it is given', () => {
    const writes: string[] = [];
    const stderr = { isTTY: false, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream;
    const logger = consoleLogger(stderr, true);
    logger.warning('file x\n::warning::FORGED\u001b[2J');
    logger.info('##[error]y');
    logger.debug('\r::add-mask::z');
    const out = writes.join('');
    expect(out).not.toContain('\u001b');
    expect(runnerLines(out).filter(isCommand)).toEqual([]);
  });
});

describe('errors never quote what they read', () => {
  // A short key: the old YAML messages quoted only sentences under 120 characters.
  const key = generateKey('github:pat');
  const fragment = key.slice(10);

  it('YAML parse errors: a key in a tag, a %YAML directive, a block scalar header', () => {
    // Each is an error of the yaml library whose own message quotes the key.
    const texts = [`a: !${key}! x\n`, `%YAML ${key}\n---\na: 1\n`, `a: |${key}\n  x\n`];
    for (const text of texts) {
      const { diagnostics } = loadYaml('f.yml', text);
      expect(diagnostics.length, text).toBeGreaterThan(0);
      for (const d of diagnostics) {
        expect(d.message).toMatch(/^not valid YAML \(line \d+, column \d+: [a-z ,%-]+ \[[A-Z_]+\]\); scanned as text$/);
        expect(d.message).not.toContain(fragment);
      }
    }
  });

  it('configuration errors: a value, an unknown key, an unknown rule id, a broken pattern', () => {
    const cases = [`failOn: ${key}\n`, `${key}: 1\n`, `rules:\n  ${key}: high\n`, `rules:\n  hardcoded-secret: ${key}\n`, `allow:\n  patterns: ["(${key}"]\n`, `envFiles:\n  ${key}: []\n`, `failOn: !${key}! x\n`];
    for (const text of cases) {
      let message = '';
      try {
        parseConfig(text, 'cfg.yml');
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message, text).toMatch(/^invalid configuration/);
      expect(message, text).not.toContain(fragment);
    }
  });

  it('a broken baseline', () => {
    expect(() => parseBaseline(`{"findings": [${key}]}`, 'b.json')).toThrow(/^baseline b\.json is not valid JSON$/);
  });
});

/**
 * Hostile strings through the whole pipeline (discovery, YAML, rules, finalize) and every output:
 * file names, YAML keys, env names, step names and values made of newlines, workflow commands,
 * control characters, lone surrogates and whole keys. Whatever the repository holds: nothing throws,
 * no line of any output is a workflow command we did not mean to send, no output holds a whole
 * secret, and Markdown carries no bare carriage return or control character.
 */
import { realpathSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { baselineFromReport } from '../../src/baseline/index.js';
import type { Report } from '../../src/core/finding.js';
import { silentLogger } from '../../src/core/logger.js';
import { scan } from '../../src/core/scan.js';
import { defaultSettings } from '../../src/core/settings.js';
import { FORMATS, renderReport } from '../../src/output/index.js';
import { renderMarkdown } from '../../src/output/markdown.js';
import { generateKey, openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, tempDir, writeTree } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

/** What an attacker writes where the repository's text reaches an output. */
const HOSTILE_PIECES = [
  '\n',
  '\r',
  '\r\n',
  '\u2028',
  '::warning file=README.md,line=1::FORGED',
  '::stop-commands::tok',
  '::add-mask::x',
  '::error::forged failure',
  '##[error]forged',
  '%0A::warning::encoded',
  '%25',
  ',line=9',
  ':',
  '\u001b[31m',
  '\u001b]8;;http://127.0.0.1/\u0007',
  '\u0007',
  '\u0085',
  '\ud800',
  '\udfff',
  '|',
  '`',
  '<!--',
  ' ',
  'x',
];

/** A keyed value of one of several providers, so every detector's redaction is exercised. */
const KEY_SPECS = ['openai:proj', 'openai:legacy', 'anthropic:api03', 'github:ghp', 'slack:xoxb'];

/** Hostile text; `\u0001A` and `\u0001B` stand for the two generated keys until they are known. */
const hostile = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES, '\u0001A', '\u0001B'), fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(''));

/** A name usable as one path segment on Linux (no `/`, no NUL, not `.` or `..`, not empty). */
function segment(text: string): string {
  const cleaned = text.replace(/[/\0]/g, '_');
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? `_${cleaned}_` : cleaned.slice(0, 200);
}

/** YAML double-quoted scalar holding any text (lone surrogates written as \u escapes). */
function yamlQuoted(text: string): string {
  return `"${[...text].map((c) => (c === '"' || c === '\\' ? `\\${c}` : c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f || c.charCodeAt(0) === 0x85 || /[\ud800-\udfff\u2028\u2029]/.test(c) ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c)).join('')}"`;
}

function keyFor(spec: string): string {
  return spec.startsWith('openai:') ? openaiKey(spec.slice('openai:'.length) as 'proj') : generateKey(spec);
}

/** Lines the Actions runner would read as a command: `::name` or `##[name` once leading space is trimmed. */
function commandLines(output: string): string[] {
  return output.split(/\r\n|\r|\n/).filter((line) => /^\s*(::|##\[)/.test(line));
}

/** Our own annotations: `::error|warning|notice` with properties whose values cannot carry `,` `:` or a line break. */
const OWN_ANNOTATION = /^::(error|warning|notice)( (file|line|endLine|col|endColumn|title)=[^,:\r\n]*(,(file|line|endLine|col|endColumn|title)=[^,:\r\n]*)*)?::[^\r\n]*$/;

async function scanHostile(tree: Record<string, string>): Promise<Report> {
  const dir = tempDir('osl-prop-');
  writeTree(dir, tree);
  return scan(defaultSettings(realpathSync(dir)), silentLogger);
}

function outputs(report: Report): Record<string, string> {
  const out: Record<string, string> = {};
  for (const format of FORMATS) out[format] = renderReport(report, format, { color: format === 'text' });
  out['text-plain'] = renderReport(report, 'text', { color: false });
  out['pr-comment'] = renderMarkdown(report, { marker: '<!-- m -->', title: 'Secrets', notes: ['note'], maxBytes: 60_000, overflowHint: 'see the job summary' });
  out.baseline = JSON.stringify(baselineFromReport(report), null, 2);
  return out;
}

describe('hostile strings through the scan and every output', () => {
  it('never throw, never form a workflow command, never print a whole secret', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...KEY_SPECS),
        fc.constantFrom(...KEY_SPECS),
        fc.tuple(hostile, hostile, hostile, hostile, hostile, hostile),
        fc.context(),
        async (specA, specB, strings, ctx) => {
          const keyA = keyFor(specA);
          const keyB = keyFor(specB);
          const [dirName, fileName, envName, stepName, yamlKey, secretName] = strings.map((s) => s.replace(/\u0001A/g, keyA).replace(/\u0001B/g, keyB));
          const workflow = [
            'on: push',
            'jobs:',
            '  build:',
            '    runs-on: ubuntu-latest',
            '    env:',
            `      ${yamlQuoted(envName!)}: ${keyB}`,
            `      ${yamlQuoted(yamlKey!)}: \${{ secrets.${secretName!.replace(/[^A-Za-z0-9_]/g, '_')} }}`,
            '    steps:',
            `      - name: ${yamlQuoted(stepName!)}`,
            `        run: echo \${{ secrets.${keyA.replace(/[^A-Za-z0-9_]/g, '_')} }}`,
          ].join('\n');
          const tree = {
            '.github/workflows/ci.yml': `${workflow}\n`,
            [`${segment(dirName!)}/${segment(fileName!)}.env`]: `TOKEN=${keyA}\n`,
            'notes.txt': `${yamlKey}\n${keyB}\n`,
          };
          ctx.log(JSON.stringify(tree));
          const report = await scanHostile(tree);
          for (const [format, text] of Object.entries(outputs(report))) {
            for (const secret of [keyA, keyB]) expect(text.includes(secret), `${format} holds a whole secret`).toBe(false);
            const commands = commandLines(text);
            if (format === 'github') for (const line of commands) expect(line, `${format}: unexpected workflow command`).toMatch(OWN_ANNOTATION);
            else expect(commands, `${format}: a line is a workflow command`).toEqual([]);
            if (format === 'markdown' || format === 'pr-comment') {
              expect(/\r(?!\n)/.test(text), `${format}: bare carriage return`).toBe(false);
              // eslint-disable-next-line no-control-regex
              expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u0085]/.test(text), `${format}: control character`).toBe(false);
            }
            if (format === 'text-plain') {
              // eslint-disable-next-line no-control-regex
              expect(/[\u0000-\u0008\u000b-\u001f\u007f\u0085]/.test(text), 'plain text: control character (an ANSI escape from the repository)').toBe(false);
            }
          }
          // The planted keys are still found (by the text rule at least): masking must not hide them.
          expect(report.findings.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 60 },
    );
  });
});

/**
 * The README parts that restate code are generated from it: the CLI usage (src/cli/args.ts) and
 * the verification paragraph (src/verify/doc.ts). `UPDATE_DOCS=1 npx vitest run test/docs` rewrites them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { USAGE } from '../../src/cli/args.js';
import { VERIFY_DOC } from '../../src/verify/doc.js';

const readmePath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../README.md');

const SECTIONS: Record<string, string> = {
  'cli-usage': ['```', USAGE.trimEnd(), '```'].join('\n'),
  'verify-doc': VERIFY_DOC.trimEnd(),
};

function fill(readme: string): string {
  let out = readme;
  for (const [name, body] of Object.entries(SECTIONS)) {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const from = out.indexOf(start);
    const to = out.indexOf(end);
    if (from === -1 || to < from) throw new Error(`README.md lacks the ${start} … ${end} markers`);
    out = `${out.slice(0, from + start.length)}\n${body}\n${out.slice(to)}`;
  }
  return out;
}

describe('README.md', () => {
  it('shows the current CLI usage and verification documentation', () => {
    const readme = readFileSync(readmePath, 'utf8');
    const expected = fill(readme);
    if (process.env.UPDATE_DOCS) writeFileSync(readmePath, expected);
    expect(readme, 'stale generated section: run UPDATE_DOCS=1 npx vitest run test/docs').toBe(expected);
  });

  it('opens with a quick start of exactly two commands: the demo and the test suite', () => {
    const readme = readFileSync(readmePath, 'utf8');
    const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## What it checks'));
    const commands = /```sh\n([\s\S]*?)```/.exec(quickStart)![1]!.trim().split('\n').map((l) => l.replace(/\s+#.*$/, ''));
    expect(commands).toEqual(['npm run demo', 'npm ci && npm test']);
    const pkg = JSON.parse(readFileSync(path.join(path.dirname(readmePath), 'package.json'), 'utf8'));
    expect(pkg.scripts.test).toBe('vitest run');
    expect(readFileSync(path.join(path.dirname(readmePath), '.ci/run'), 'utf8')).toContain('\nnpm test\n');
  });
});

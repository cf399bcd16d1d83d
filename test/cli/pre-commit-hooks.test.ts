import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCommand } from '../../src/cli/args.js';

describe('.pre-commit-hooks.yaml', () => {
  it('declares one node hook whose entry is a valid staged scan that reads the index itself', () => {
    const hooks = parse(readFileSync(new URL('../../.pre-commit-hooks.yaml', import.meta.url), 'utf8')) as Record<string, unknown>[];
    expect(hooks).toHaveLength(1);
    const [hook] = hooks;
    expect(hook).toMatchObject({ id: 'openai-secret-lint', language: 'node', pass_filenames: false });
    const [bin, ...argv] = String(hook!.entry).split(' ');
    expect(bin).toBe(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).name);
    expect(parseCommand(argv)).toMatchObject({ name: 'scan', mode: { kind: 'staged' } });
  });
});

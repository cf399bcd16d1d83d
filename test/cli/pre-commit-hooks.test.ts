import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCommand } from '../../src/cli/args.js';

describe('.pre-commit-hooks.yaml', () => {
  it('declares one light hook: the committed CLI bundle, run as a script, that reads the index itself', () => {
    const hooks = parse(readFileSync(new URL('../../.pre-commit-hooks.yaml', import.meta.url), 'utf8')) as Record<string, unknown>[];
    expect(hooks).toHaveLength(1);
    const [hook] = hooks;
    // `script`: installing the hook is cloning the repository (`node` would npm-install every devDependency).
    expect(hook).toMatchObject({ id: 'openai-secret-lint', language: 'script', pass_filenames: false, always_run: true });
    // pre-commit before 3.2 rejects the stage name `pre-commit` (Debian 12 ships 3.0.4).
    expect(hook!.stages).toBeUndefined();
    const [bin, ...argv] = String(hook!.entry).split(' ');
    expect(bin).toBe('dist/cli/index.js');
    const bundle = new URL(`../../${bin}`, import.meta.url);
    expect(readFileSync(bundle, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(bundle).mode & 0o111, 'the bundle must be executable').not.toBe(0);
    expect(parseCommand(argv)).toMatchObject({ name: 'scan', mode: { kind: 'staged' } });
  });
});

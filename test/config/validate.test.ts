import { describe, expect, it } from 'vitest';
import schema from '../../schemas/config.schema.json' with { type: 'json' };
import { parseConfig } from '../../src/config/validate.js';
import { ConfigurationError } from '../../src/core/errors.js';
import { DEFAULT_DECODE_DEPTH, DEFAULT_FAIL_ON, DEFAULT_MAX_FILE_SIZE } from '../../src/core/settings.js';

function problems(text: string): string[] {
  try {
    parseConfig(text, 'cfg.yml');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message.split('\n').slice(1).map((l) => l.trim());
  }
  throw new Error('expected the config to be rejected');
}

describe('parseConfig', () => {
  it('accepts every documented key', () => {
    const text = [
      '# yaml-language-server: $schema=https://example.invalid/config.schema.json',
      'failOn: medium',
      'include: [src/]',
      'exclude: ["vendor/", "*.min.js"]',
      'rules: { hardcoded-secret: off, openai-api-key: low, unprotected-env-file: high }',
      'allow: { paths: [docs/], patterns: ["EXAMPLE$"], fingerprints: ["0123456789abcdef0123456789abcdef"] }',
      'secretNames: { extra: ["*_SIGNING_KEY"], ignore: [PUBLIC_TOKEN] }',
      'decodeDepth: 2',
      'maxFileSize: 1000',
      'envFiles: { templates: [.env.ci] }',
      'kubernetes: { strictSecretEnv: true }',
    ].join('\n');
    expect(parseConfig(text, 'cfg.yml')).toEqual({
      failOn: 'medium',
      include: ['src/'],
      exclude: ['vendor/', '*.min.js'],
      rules: { 'hardcoded-secret': 'off', 'openai-api-key': 'low', 'unprotected-env-file': 'high' },
      allow: { paths: ['docs/'], patterns: ['EXAMPLE$'], fingerprints: ['0123456789abcdef0123456789abcdef'] },
      secretNames: { extra: ['*_SIGNING_KEY'], ignore: ['PUBLIC_TOKEN'] },
      decodeDepth: 2,
      maxFileSize: 1000,
      envFiles: { templates: ['.env.ci'] },
      kubernetes: { strictSecretEnv: true },
    });
  });

  it('reads JSON and treats an empty file as no settings', () => {
    expect(parseConfig('{\n  "failOn": "low"\n}\n', 'cfg.json')).toEqual({ failOn: 'low' });
    expect(parseConfig('', 'cfg.yml')).toEqual({});
    expect(parseConfig('# only a comment\n', 'cfg.yml')).toEqual({});
  });

  it('reports every problem at once with its path and line, sorted by line', () => {
    const text = [
      'failon: high', // 1
      'rules:', // 2
      '  hardcoded-secrt: off', // 3
      '  unprotected-env-file: hihg', // 4
      'allow:', // 5
      '  patterns: ["(", ok]', // 6
      '  fingerprints: [abc]', // 7
      'decodeDepth: -1', // 8
      'kubernetes:', // 9
      '  strictSecretEnv: "yes"', // 10
      'exclude: vendor/', // 11
      'envFiles: { tempaltes: [] }', // 12
    ].join('\n');
    expect(problems(text)).toEqual([
      'cfg.yml:1: failon: unknown key; did you mean "failOn"?',
      'cfg.yml:3: rules.hardcoded-secrt: unknown rule id or category; did you mean "hardcoded-secret"?',
      'cfg.yml:4: rules.unprotected-env-file: must be one of off, low, medium, high, critical; did you mean "high"?',
      expect.stringMatching(/^cfg\.yml:6: allow\.patterns\[0\]: not a valid regular expression: /),
      'cfg.yml:7: allow.fingerprints[0]: must match pattern "^[0-9a-f]{32}$"',
      'cfg.yml:8: decodeDepth: must be >= 0',
      'cfg.yml:10: kubernetes.strictSecretEnv: must be true or false',
      'cfg.yml:11: exclude: must be a list',
      'cfg.yml:12: envFiles.tempaltes: unknown key; did you mean "templates"?',
    ]);
  });

  it('lists the known keys when nothing is close, and counts problems in the first line', () => {
    try {
      parseConfig('zzzzzz: 1\n', 'cfg.yml');
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toBe(
        'invalid configuration (1 problem):\n  cfg.yml:1: an unknown key; known keys: failOn, include, exclude, rules, allow, secretNames, decodeDepth, maxFileSize, envFiles, kubernetes, detectors, gitleaksConfig, baseline',
      );
    }
  });

  it('turns YAML syntax errors, duplicate keys and a non-mapping into located problems', () => {
    expect(problems('failOn: high\nfailOn: low\n')).toEqual(['cfg.yml:2: invalid YAML: map keys must be unique [DUPLICATE_KEY]']);
    expect(problems('- high\n')).toEqual(['cfg.yml:1: the configuration must be a mapping of keys to values']);
    expect(problems('include: [a\n')[0]).toMatch(/^cfg\.yml:\d+: /);
  });
});

describe('schemas/config.schema.json', () => {
  it('documents the same defaults as the core, with a description on every property', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.failOn.default).toBe(DEFAULT_FAIL_ON);
    expect(schema.properties.maxFileSize.default).toBe(DEFAULT_MAX_FILE_SIZE);
    expect(schema.properties.decodeDepth.default).toBe(DEFAULT_DECODE_DEPTH);
    const missing: string[] = [];
    const visit = (node: Record<string, unknown>, at: string) => {
      for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        if (typeof child.description !== 'string') missing.push(`${at}${key}`);
        visit(child, `${at}${key}.`);
      }
    };
    visit(schema as unknown as Record<string, unknown>, '');
    expect(missing).toEqual([]);
  });
});

import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CONTAINER_RULES } from '../../src/analyzers/containers/index.js';
import { instructions } from '../../src/analyzers/containers/dockerfile-instructions.js';
import { runFixtureDir } from '../kubernetes/run-rules.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/containers');

function run(id: string, side: 'ng' | 'ok') {
  const rule = CONTAINER_RULES.find((r) => r.meta.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  const result = runFixtureDir([rule], path.join(FIXTURES, id, side));
  return { ...result, at: result.findings.map((f) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn}`) };
}

describe('container rules: ng fixtures find, ok fixtures do not', () => {
  test('compose-literal-secret: map and list environment, merge keys (reported where written), build args', () => {
    const r = run('compose-literal-secret', 'ng');
    const key = r.keys[0]!;
    expect(r.at).toEqual([
      'docker-compose.yml:2:22-2:42',
      `docker-compose.yml:${key.line}:${key.column}-${key.line}:${key.column + key.key.length}`,
      'docker-compose.yml:15:27-15:41',
      'docker-compose.yml:16:25-16:40',
      'docker-compose.yml:21:20-21:43',
    ]);
    expect(`${key.line}:${key.column}`).toBe('9:23');
    expect(r.findings.map((f) => f.yamlPath)).toEqual([
      'services.api.environment.SENTRY_AUTH_TOKEN',
      'services.api.environment.OPENAI_API_KEY',
      'services.db.environment[1]',
      'services.db.environment[2]',
      'services.worker.build.args.NPM_TOKEN',
    ]);
    expect(r.findings[2]!.secret).toBe('s3cr3t-db-pass');
    expect(run('compose-literal-secret', 'ok').at).toEqual([]);
  });

  test('dockerfile-literal-secret: ARG defaults, ENV pairs across continuations, quoted and legacy forms', () => {
    const r = run('dockerfile-literal-secret', 'ng');
    const key = r.keys[0]!;
    expect(r.at).toEqual([
      'Dockerfile:3:15-3:38',
      `Dockerfile:4:20-4:${20 + key.key.length}`,
      'Dockerfile:6:18-6:32',
      'Dockerfile:7:17-7:36',
      'Dockerfile:8:17-8:39',
    ]);
    expect(`${key.line}:${key.column}`).toBe('4:20');
    expect(r.findings.map((f) => f.secret?.slice(0, 8))).toEqual(['npm-lite', key.key.slice(0, 8), 's3cr3t d', 'slack-li', 'lower-ca']);
    expect(r.findings[0]!.remediation).toContain('--mount=type=secret');
    expect(run('dockerfile-literal-secret', 'ok').at).toEqual([]);
  });
});

describe('Dockerfile instructions', () => {
  test('continuations, comments inside them, CRLF and the escape directive keep exact offsets', () => {
    const text = '# escape=`\r\nFROM x\r\nENV A=1 `\r\n# note\r\n    B=2\r\n';
    const [from, env] = instructions(text);
    expect(from!.keyword).toBe('FROM');
    expect(env!.keyword).toBe('ENV');
    expect(env!.args).toBe('A=1     B=2');
    const b = env!.args.indexOf('B');
    expect(text[env!.offsets[b]!]).toBe('B');
    expect(text.slice(env!.offsets[b]!, env!.offsets[b]! + 3)).toBe('B=2');
  });
});

import { describe, expect, it } from 'vitest';
import { findSecretsInText } from '../../src/analyzers/text.js';
import type { SourceFile } from '../../src/analyzers/types.js';
import { LineIndex } from '../../src/core/text-position.js';
import { openaiDetector } from '../../src/detectors/openai.js';
import { OPENAI_MARKER, openaiKey, randomString, type OpenAiKind } from '../helpers/keys.js';
import { renderTemplate } from '../helpers/fixtures.js';

function source(text: string, path = 'file.txt'): SourceFile {
  return {
    path,
    absPath: `/tmp/${path}`,
    tracked: null,
    kind: 'other',
    text,
    lines: new LineIndex(text),
    yaml: () => {
      throw new Error('not used');
    },
  };
}

describe('OpenAI detector: every key form', () => {
  const forms: [OpenAiKind, number | undefined, string, string][] = [
    ['legacy', undefined, 'sk-', 'legacy user key'],
    ['proj', 74, 'sk-proj-', 'project key'],
    ['proj', 58, 'sk-proj-', 'project key'],
    ['proj', 46, 'sk-proj-', 'project key'],
    ['proj', 20, 'sk-proj-', 'project key'],
    ['svcacct', 74, 'sk-svcacct-', 'service-account key'],
    ['svcacct', 46, 'sk-svcacct-', 'service-account key'],
    ['service', 74, 'sk-service-', 'service-account key'],
    ['admin', 58, 'sk-admin-', 'admin key'],
    ['none-marker', 74, 'sk-None-', 'user key without a project'],
    ['none-48', undefined, 'sk-None-', 'user key without a project'],
  ];
  for (const [kind, side, prefix, label] of forms) {
    it(`finds ${kind}${side ? ` (${side} each side)` : ''} as a ${label}`, () => {
      const key = openaiKey(kind, side ? { side } : {});
      const text = `OPENAI_API_KEY=${key}\n`;
      const matches = openaiDetector.find(text);
      expect(matches).toHaveLength(1);
      expect(matches[0]).toMatchObject({ start: 15, end: 15 + key.length, secret: key, prefix, kind: label });
    });
  }

  it('finds keys whose body begins and ends with - or _ (where \\b-anchored patterns fail)', () => {
    for (let i = 0; i < 20; i++) {
      const key = openaiKey('proj', { edge: 'both' });
      expect(/[-_]$/.test(key)).toBe(true);
      const text = `key: "${key}"\n`;
      const [match] = openaiDetector.find(text);
      expect(match?.secret).toBe(key);
      expect(match?.start).toBe(6);
    }
  });

  it('finds two keys glued together as two keys', () => {
    const a = openaiKey('proj');
    const b = openaiKey('admin');
    const matches = openaiDetector.find(a + b);
    expect(matches.map((m) => m.secret)).toEqual([a, b]);
  });

  it('ignores shapes that are not keys', () => {
    const sk = 'sk' + '-';
    const decoys = [
      `${sk}proj-...`,
      `${sk}proj-${'x'.repeat(74)}${OPENAI_MARKER}${'x'.repeat(74)}`,
      `${sk}${randomString(48)}`, // the pre-2023 shape with no marker is not an OpenAI key form we can confirm
      `${sk}proj-${randomString(10)}${OPENAI_MARKER}${randomString(10)}`,
      `${sk}None-${'a'.repeat(48)}`,
      OPENAI_MARKER,
      'task-proj-runner',
    ];
    for (const decoy of decoys) expect(openaiDetector.find(`value = "${decoy}"`), decoy).toEqual([]);
  });
});

describe('OpenAI keys in every kind of text file, at exact positions', () => {
  const contexts: Record<string, string> = {
    'workflow.yml': 'jobs:\n  build:\n    env:\n      OPENAI_API_KEY: <<openai:proj>>\n',
    'config.json': '{\n  "openai": { "apiKey": "<<openai:svcacct>>" }\n}\n',
    'client.ts': "const client = new OpenAI({\n  apiKey: '<<openai:admin>>',\n});\n",
    'run.sh': '#!/bin/sh\ncurl https://api.openai.com/v1/models -H "Authorization: Bearer <<openai:proj-46>>"\n',
    Dockerfile: 'FROM node:20\nENV OPENAI_API_KEY=<<openai:legacy>>\n',
    'README.md': '# Setup\n\nExport `<<openai:proj-edge>>` and run.\n',
    '.env': 'PORT=1\nOPENAI_API_KEY=<<openai:none>>\n',
    'url.txt': 'https://proxy.example/v1?key=<<openai:proj-58>>&x=1\n',
  };
  for (const [name, template] of Object.entries(contexts)) {
    it(`in ${name}`, () => {
      const { text, keys } = renderTemplate(template);
      const findings = findSecretsInText(source(text, name));
      expect(findings).toHaveLength(1);
      const [key] = keys;
      expect(findings[0]).toMatchObject({
        ruleId: 'openai-api-key',
        category: 'hardcoded-secret',
        severity: 'critical',
        file: name,
        line: key!.line,
        column: key!.column,
        endLine: key!.line,
        endColumn: key!.column + key!.key.length,
        secret: key!.key,
      });
    });
  }

  it('counts columns in characters, after CRLF line ends and non-ASCII text', () => {
    const key = openaiKey('proj');
    const text = `a: 1\r\nnote: "😀 é" ${key}\r\n`;
    const [finding] = findSecretsInText(source(text));
    expect(finding).toMatchObject({ line: 2, column: 13, endColumn: 13 + key.length });
  });
});

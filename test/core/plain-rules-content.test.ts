/**
 * Review guard for the plain-file split (src/analyzers/plain-rules.ts): test/core/plain-rules.test.ts
 * asks each rule about plain files holding one fixed text. A rule's appliesTo may read the text
 * too (the Kubernetes rules' content test, the Helm template test), so this asks with the content
 * of every structural kind under plain names: no rule outside PLAIN_FILE_RULES may apply, and the
 * plain list finds exactly what the full list finds.
 */
import { describe, expect, it } from 'vitest';
import { PLAIN_FILE_RULES } from '../../src/analyzers/plain-rules.js';
import { FILE_RULES } from '../../src/analyzers/registry.js';
import { makeSourceFile } from '../../src/core/analyze.js';
import { defaultSettings } from '../../src/core/settings.js';
import { silentLogger } from '../../src/core/logger.js';
import { classify } from '../../src/discover/classify.js';
import type { ScanContext } from '../../src/analyzers/types.js';
import { openaiKey } from '../helpers/keys.js';

const NAMES = ['app.py', 'deploy.sh', 'Makefile', 'Jenkinsfile', '.npmrc', 'README.md', 'notes.txt', 'Kustomization', 'chart/templates/_helpers.tpl', 'deploy.yml.tmpl', 'k8s/secret.yaml.j2', 'ci.yml.bak', 'compose.yml.orig', 'Procfile', 'web/app.tsx', 'terraform/main.tf'];

function texts(): string[] {
  const key = openaiKey();
  return [
    `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      OPENAI_API_KEY: ${key}\n    steps:\n      - run: echo "\${{ secrets.OPENAI_API_KEY }}"\n      - run: curl -H "Authorization: Bearer ${key}" x\n`,
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  password: ${key}\n---\napiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    env:\n    - name: OPENAI_API_KEY\n      value: ${key}\n`,
    `apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n      - env:\n        - name: OPENAI_API_KEY\n          value: {{ .Values.key | quote }}\n{{- if .Values.x }}\n{{- end }}\n`,
    `stages: [test]\nvariables:\n  OPENAI_API_KEY: ${key}\njob:\n  image:\n    name: registry.example.com/a\n  script:\n    - echo $OPENAI_API_KEY\n    - curl -u admin:Hunter2Secret99 https://x\n`,
    `services:\n  app:\n    environment:\n      OPENAI_API_KEY: ${key}\n`,
    `FROM node\nENV OPENAI_API_KEY=${key}\nARG TOKEN=${key}\n`,
    `OPENAI_API_KEY=${key}\nNEXT_PUBLIC_OPENAI_API_KEY=${key}\n`,
  ];
}

describe('the plain-file rules, asked with structural content', () => {
  it('no other rule applies to a plain file whatever it holds, and the plain list finds what the full list finds', () => {
    const others = FILE_RULES.filter((rule) => !PLAIN_FILE_RULES.includes(rule));
    const context: ScanContext = { settings: defaultSettings('/nowhere'), logger: silentLogger, files: [], diagnostic: () => {} };
    const applying: string[] = [];
    let found = 0;
    for (const p of NAMES) {
      expect(classify(p), p).toBe('other');
      for (const text of texts()) {
        const file = { absPath: `/nowhere/${p}`, path: p, tracked: true };
        const source = makeSourceFile(file, text, context);
        expect(source.kind, p).toBe('other');
        for (const rule of others) if (rule.appliesTo(source)) applying.push(`${rule.meta.id} ${p}`);
        const run = (rules: readonly typeof FILE_RULES[number][]) =>
          rules.flatMap((rule) => (rule.appliesTo(makeSourceFile(file, text, context)) ? rule.check(makeSourceFile(file, text, context), { ...context, files: [file] }) : [])).map((f) => [f.ruleId, f.line, f.column, f.severity]);
        const all = run(FILE_RULES);
        found += all.length;
        expect(run(PLAIN_FILE_RULES), p).toEqual(all);
      }
    }
    expect(applying).toEqual([]);
    expect(found).toBeGreaterThan(NAMES.length);
  });
});

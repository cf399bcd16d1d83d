/**
 * A value that carries the instruction to replace it ("change me", "change this", "change in
 * production", "replace me") is a placeholder wherever the words sit in it, in every rule that
 * judges literals (Kubernetes manifests, Secrets, Helm values, Compose files). Committed
 * passwords that are only weak (`postgres`, `backstagepassword`) are still credentials of the
 * deployment: they stay reported at the rule's severity.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CONTAINER_RULES } from '../../src/analyzers/containers/index.js';
import { KUBERNETES_RULES } from '../../src/analyzers/kubernetes/index.js';
import { isLiteralSecretValue } from '../../src/detectors/secret-names.js';
import { randomBody } from '../helpers/keys.js';
import { runFixtureDir, runRules } from './run-rules.js';

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const DIR = path.resolve(import.meta.dirname, '../fixtures/kubernetes/replace-me-placeholders');
const RULES = [...KUBERNETES_RULES, ...CONTAINER_RULES];

function run(side: 'ng' | 'ok') {
  const result = runFixtureDir(RULES, path.join(DIR, side));
  return result.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column} ${f.severity}`).sort();
}

describe('replace-me placeholders', () => {
  test('values that say to change or replace them give no finding', () => {
    expect(run('ok')).toEqual([]);
  });

  test('guessable passwords are reported at medium (one policy for every rule), chosen and random ones at high', () => {
    expect(run('ng')).toEqual([
      'compose-literal-secret docker-compose.yml:5:26 medium',
      'compose-literal-secret docker-compose.yml:9:20 high',
      'helm-values-literal-secret chart/values.yaml:3:23 medium',
      'helm-values-literal-secret chart/values.yaml:5:19 high',
      'k8s-configmap-secret k8s/db.yaml:25:16 medium',
      'k8s-configmap-secret k8s/db.yaml:26:20 high',
      'k8s-env-literal-secret k8s/db.yaml:14:22 medium',
      'k8s-env-literal-secret k8s/db.yaml:16:23 high',
      'k8s-env-literal-secret k8s/db.yaml:18:22 high',
    ]);
  });

  test('the words must stand as parts of the value', () => {
    for (const placeholder of ['server-monitor-change-me', 'supersecret_changeme', 'CHANGE_THIS_32_BYTE_KEY_IN_PROD', 'app-key-change-in-production', 'replace-me-before-install', 'change it now']) {
      expect(isLiteralSecretValue(placeholder), placeholder).toBe(false);
    }
    // The letters inside a chosen password, or inside another word, do not make a placeholder.
    for (const value of ['Changeme@2024', 'exchange-item-42', 'rechange-it-9x', 'Tr0ub4dor&3x']) {
      expect(isLiteralSecretValue(value), value).toBe(true);
    }
  });
});

describe('a signed JWT kept in a Secret', () => {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const jwt = (claims: object) => `${b64({ alg: 'ES256', kid: randomBody(8) })}.${b64(claims)}.${randomBody(86, BASE64URL)}`;

  test('is key material (high), not "a human-chosen password"; the documentation sample stays medium', () => {
    const issued = jwt({ sub: randomBody(24), exp: 4102444800 });
    const sample = jwt({ sub: '1234567890', name: 'John Doe', iat: 1516239022 });
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\nstringData:\n  API_TOKEN: "${issued}"\n  DOCS_TOKEN: "${sample}"\n`;
    const manifest = KUBERNETES_RULES.find((r) => r.meta.id === 'k8s-secret-manifest')!;
    const { findings } = runRules([manifest], [{ path: 'secret.yaml', text }]);
    expect(findings.map((f) => `${f.line}:${f.column} ${f.severity}`)).toEqual(['6:15 high', '7:16 medium']);
    expect(findings[0]!.message).toContain('a signed token (a JWT)');
    expect(findings[1]!.message).toContain('documentation sample JWT');
  });
});

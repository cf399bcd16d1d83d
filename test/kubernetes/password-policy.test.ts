/**
 * One password policy for every literal rule (src/detectors/password-policy.ts): a guessable
 * password (a well-known or image default, lower-case words with at most a short number, a
 * counting run or stand-in words, also base64-encoded) is medium in Compose, Helm values,
 * container env, ConfigMaps, kustomize configMapGenerator literals, Secrets and GitLab variables alike; an access key id (the id half of the pair) is low;
 * placeholders are not reported; a random-looking or chosen password stays high.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CONTAINER_RULES } from '../../src/analyzers/containers/index.js';
import { GITLAB_CI_RULES } from '../../src/analyzers/gitlab-ci/index.js';
import { KUBERNETES_RULES } from '../../src/analyzers/kubernetes/index.js';
import { guessableReason, judgeLiteral } from '../../src/detectors/password-policy.js';
import { limitedCredential } from '../../src/detectors/secret-names.js';
import { randomBody } from '../helpers/keys.js';
import { runFixtureDir } from './run-rules.js';

const DIR = path.resolve(import.meta.dirname, '../fixtures/kubernetes/password-policy');
const RULES = [...KUBERNETES_RULES, ...CONTAINER_RULES, ...GITLAB_CI_RULES];

function run(side: 'ng' | 'ok') {
  const result = runFixtureDir(RULES, path.join(DIR, side));
  return result.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column} ${f.severity}`).sort();
}

describe('one password policy across the literal rules', () => {
  test('guessable passwords are medium, access key ids low, chosen and random values high, in every rule', () => {
    expect(run('ng')).toEqual([
      'compose-literal-secret docker-compose.yml:12:26 low', // MINIO_ACCESS_KEY=minio
      'compose-literal-secret docker-compose.yml:13:26 medium', // MINIO_SECRET_KEY=minio123
      'compose-literal-secret docker-compose.yml:6:28 medium', // root, the image's default
      'compose-literal-secret docker-compose.yml:7:23 medium', // pizzapass123
      'compose-literal-secret docker-compose.yml:8:20 high', // a chosen password
      'gitlab-ci-literal-variable .gitlab-ci.yml:2:16 medium', // kuma123
      'gitlab-ci-literal-variable .gitlab-ci.yml:3:24 medium', // root, no service container here
      'gitlab-ci-literal-variable .gitlab-ci.yml:4:21 low', // the id half
      'gitlab-ci-literal-variable .gitlab-ci.yml:5:21 high', // a chosen password
      'helm-values-literal-secret chart/values.yaml:12:15 medium', // restaurant_pass_2024
      'helm-values-literal-secret chart/values.yaml:2:14 low', // minio.accessKey
      'helm-values-literal-secret chart/values.yaml:3:14 medium', // minio123
      'helm-values-literal-secret chart/values.yaml:6:22 medium', // base64 of db-password
      'helm-values-literal-secret chart/values.yaml:8:18 medium', // P@ssw0rd
      'helm-values-literal-secret chart/values.yaml:9:18 high', // a chosen secret
      'k8s-configmap-secret k8s/db.yaml:28:16 medium', // mypassword
      'k8s-configmap-secret k8s/db.yaml:29:18 low', // S3_ACCESS_KEY: minio
      'k8s-env-literal-secret k8s/db.yaml:13:22 medium', // postgres
      'k8s-env-literal-secret k8s/db.yaml:15:23 medium', // StrongP@ssw0rd!, a well-known sample
      'k8s-env-literal-secret k8s/db.yaml:17:22 low', // AWS_ACCESS_KEY, the id half
      'k8s-env-literal-secret k8s/db.yaml:19:22 medium', // the secret half, guessable
      'k8s-env-literal-secret k8s/db.yaml:21:23 high', // a chosen password
      'k8s-secret-manifest k8s/db.yaml:36:24 medium', // root in a Secret
      'k8s-secret-manifest k8s/db.yaml:37:19 low', // aws-access-key
      'k8s-secret-manifest k8s/db.yaml:39:16 medium', // base64 of db-password
      'kustomize-generator-literal kustomize/kustomization.yaml:4:21 medium', // postgres
      'kustomize-generator-literal kustomize/kustomization.yaml:5:19 high', // a chosen token
      'kustomize-generator-literal kustomize/kustomization.yaml:6:23 low', // the id half
    ]);
  });

  test('the medium message says why and what to do', () => {
    const result = runFixtureDir(RULES, path.join(DIR, 'ng'));
    const postgres = result.findings.find((f) => f.file === 'k8s/db.yaml' && f.line === 13)!;
    expect(postgres.message).toContain('well-known or guessable default');
    expect(postgres.message).toContain('anyone can try it');
    expect(postgres.message).toContain('Set it from a Secret or the secret store');
    const keyId = result.findings.find((f) => f.file === 'chart/values.yaml' && f.line === 2)!;
    expect(keyId.message).toContain('access key id is an identifier');
  });

  test('placeholders stay out: redacted, REPLACE_WITH_…, YOUR_…_HERE, <…>, their base64, references, stand-ins in other languages', () => {
    expect(run('ok')).toEqual([]);
  });

  test('guessable, or not', () => {
    for (const value of ['postgres', 'mypassword', 'minio123', 'kuma123', 'restaurant_pass_2024', 'backstagepassword', 'P@ssw0rd', 'Root123!', 'Test@123', 'abcd1234', 'sst', 'c-krit']) {
      expect(guessableReason(value), value).not.toBeNull();
    }
    // Chosen, random, or a long phrase with a number inside: not guessable by the policy.
    for (const value of ['Gautam123@', 'AppDBPass', 'Gq4!mapleRiver', 'qzkvwxbrtplmnhgfdsjcyqw', 'protein-villa-super-secret-jwt-token-2026-secure', 'hunter2-prod']) {
      expect(guessableReason(value), value).toBeNull();
    }
  });

  test('root is the password an image sets up under a password name, a stand-in elsewhere', () => {
    expect(judgeLiteral('MYSQL_ROOT_PASSWORD', 'root')?.severity).toBe('medium');
    expect(judgeLiteral('API_TOKEN', 'root')).toBeNull();
    expect(judgeLiteral('DB_PASSWORD', 'changeme')).toBeNull();
  });

  test('access key ids: the id half under accessKey names, never the secret half', () => {
    for (const name of ['accessKey', 'access_key', 'aws-access-key', 'minio.accessKey', 'MINIO_ACCESS_KEY', 'AWS_ACCESS_KEY_ID']) {
      expect(limitedCredential(name, 'minio')?.kind, name).toBe('key-id');
    }
    for (const name of ['secretKey', 'secret_access_key', 'AWS_SECRET_ACCESS_KEY', 'minio.secretKey']) {
      expect(limitedCredential(name, 'minio'), name).toBeNull();
    }
    // A long mixed value under an access-key name has the secret's shape: not an id.
    expect(limitedCredential('accessKey', `${randomBody(38, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}+/`)).toBeNull();
  });
});

describe('base64 values', () => {
  test('base64 of a placeholder is not reported, of a guessable password medium, of a chosen one high', () => {
    const b64 = (text: string) => Buffer.from(text).toString('base64');
    expect(judgeLiteral('JWT_SECRET', b64('REPLACE_WITH_A_SECURE_RANDOM_KEY'))).toBeNull();
    expect(judgeLiteral('DB_PASSWORD', b64('db-password'))?.severity).toBe('medium');
    // A `$` inside a decoded password is part of it, not a variable reference.
    expect(judgeLiteral('DB_PASSWORD', b64('Kv7$harbourLantern'))?.severity).toBe('high');
  });
});

import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { KUBERNETES_RULES } from '../../src/analyzers/kubernetes/index.js';
import type { FileRule } from '../../src/analyzers/types.js';
import type { Settings } from '../../src/core/settings.js';
import { generateKey, randomBody, randomString } from '../helpers/keys.js';
import { runFixtureDir, runRules } from './run-rules.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/kubernetes');

function rule(id: string): FileRule {
  const found = KUBERNETES_RULES.find((r) => r.meta.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
}

/** One rule over its fixture folder: `file:line:column` of every finding, in file order. */
function run(id: string, settings: Partial<Settings> = {}) {
  const result = runFixtureDir([rule(id)], path.join(FIXTURES, id), settings);
  const at = (prefix: string) =>
    result.findings.filter((f) => f.file.split('/').some((part) => part.startsWith(prefix))).map((f) => `${f.file}:${f.line}:${f.column}`);
  return { ...result, ng: at('ng'), ok: at('ok') };
}

/** Where the fixture renderer put a generated key (1-based line and column). */
function keyAt(result: ReturnType<typeof run>, file: string): string {
  const key = result.keys.find((k) => k.file === file);
  if (!key) throw new Error(`no key in ${file}`);
  return `${file}:${key.line}:${key.column}`;
}

describe('kubernetes rules: ng fixtures find, ok fixtures do not', () => {
  test('k8s-env-literal-secret: initContainers, anchors, CronJob, Rollout CRD, List items, ephemeralContainers; weak values at medium; Secret names and variable names pass', () => {
    const r = run('k8s-env-literal-secret');
    expect(r.ng).toEqual(['ng.yaml:14:23', keyAt(r, 'ng.yaml'), 'ng.yaml:35:27', 'ng.yaml:52:22', 'ng.yaml:67:22', 'ng.yaml:82:22', 'ng.yaml:84:22', 'ng.yaml:99:22', 'ng.yaml:102:22']);
    // A counting run is guessable (medium); `SESSION_SECRET: operator` names no object of the file,
    // so it is reported, as a lower-case word (guessable: medium); a value a comment announces as a
    // placeholder to replace: low.
    expect(r.findings.slice(5).map((f) => f.severity)).toEqual(['medium', 'medium', 'low', 'low']);
    expect(r.findings[6]!.message).toContain('anyone can try it');
    expect(r.findings[8]!.message).toContain('identifier');
    expect(r.findings[7]!.message).toContain('placeholder to replace');
    expect(r.findings.slice(0, 5).every((f) => f.severity === 'high')).toBe(true);
    expect(r.ng[1]).toBe('ng.yaml:20:22');
    expect(r.findings[1]!.yamlPath).toBe('spec.template.spec.containers[0].env[0].value');
    expect(r.findings[1]!.remediation).toContain('secretKeyRef');
    expect(r.findings[4]!.yamlPath).toBe('items[0].spec.ephemeralContainers[0].env[0].value');
    expect(r.ok).toEqual([]);
  });

  test('k8s-env-configmap-secret', () => {
    const r = run('k8s-env-configmap-secret');
    expect(r.ng).toEqual(['ng.yaml:13:15']);
    expect(r.ok).toEqual([]);
  });

  test('k8s-secret-in-env is opt-in (kubernetes.strictSecretEnv)', () => {
    expect(run('k8s-secret-in-env').findings).toEqual([]);
    const r = run('k8s-secret-in-env', { kubernetes: { strictSecretEnv: true } });
    expect(r.ng).toEqual(['ng.yaml:13:15', 'ng.yaml:17:13']);
    expect(r.findings[0]!.remediation).toContain('5.4.1');
    expect(r.ok).toEqual([]);
  });

  test('k8s-secret-manifest: data before kind, List items, stringData, registry password; provider keys left to the text rule', () => {
    const r = run('k8s-secret-manifest');
    expect(r.ng).toEqual(['ng.argocd.yaml:12:13', 'ng.argocd.yaml:19:17', 'ng.yaml:3:16', 'ng.yaml:17:23', 'ng.yaml:25:23']);
    expect(r.findings.map((f) => f.secret)).toEqual(['Gh-deploy-2024!', expect.stringContaining('Acme-Portal-2031'), 's3cr3t-db-pass', 'mail-pass-9931', 'r3gistry-pass-42']);
    expect(r.findings[2]!.decodedFrom).toEqual(['base64']);
    expect(r.findings[2]!.message).toContain('encoding, not encryption');
    // Human-chosen passwords: medium. Argo CD url/type/name/username/project and placeholders: nothing.
    expect(r.findings.every((f) => f.severity === 'medium')).toBe(true);
    expect(r.findings[1]!.message).toContain('clientSecret');
    expect(r.ok).toEqual([]);
  });

  test('k8s-secret-manifest: key material (long and random) in data or stringData is high, with the advice on what to use; under an unnamed key medium', () => {
    // Digits at both ends: a random body can read as a camelCase name (`gyuFmsv26sQzj6…`, one in
    // ~1,000 here), not key material, and `…xxx` + `x` or `…yyy` + `y` would be masking at the end.
    const key = randomString(1, '0123456789') + randomBody(38) + randomString(1, '0123456789');
    const text = [
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: ceph',
      'data:',
      `  key: ${Buffer.from(key).toString('base64')}`,
      'stringData:',
      `  azurestorageaccountkey: ${key}x`,
      `  blob: ${key}y`,
      '  username: admin',
      '',
    ].join('\n');
    const r = runRules([rule('k8s-secret-manifest')], [{ path: 'secret.yaml', text }]);
    expect(r.findings.map((f) => [f.line, f.column, f.severity])).toEqual([
      [6, 8, 'high'],
      [8, 27, 'high'],
      [9, 9, 'medium'],
    ]);
    expect(r.findings[0]!.message).toContain('not encryption');
    expect(r.findings[0]!.remediation).toMatch(/SealedSecret.*ExternalSecret.*SOPS/);
  });

  test('k8s-configmap-secret', () => {
    const r = run('k8s-configmap-secret');
    expect(r.ng).toEqual([keyAt(r, 'ng.yaml'), 'ng.yaml:8:18']);
    expect(r.ok).toEqual([]);
  });

  test('kustomize-generator-literal: secretGenerator values (not keys: the text rule has them), secret-like configMapGenerator literals', () => {
    const r = run('kustomize-generator-literal');
    expect(r.ng).toEqual(['ng/kustomization.yaml:6:18', 'ng/kustomization.yaml:7:18', 'ng/kustomization.yaml:8:17', 'ng/kustomization.yaml:14:23']);
    expect(r.findings.map((f) => f.severity)).toEqual(['medium', 'medium', 'medium', 'high']);
    expect(r.findings[2]!.secret).toBe('quoted-token-value');
    expect(r.ok).toEqual([]);
  });

  test('kustomize-generator-source: env files and files that generators read, in those files', () => {
    const r = run('kustomize-generator-source');
    expect(r.findings.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual([
      'certs/ng-server-key.txt:null:null',
      'overlay/ng-app.properties:2:15',
      'overlay/ng-db.properties:1:9',
      'overlay/ng-db.properties:2:14',
    ]);
    expect(r.findings[1]!.secret).toBe('mail-pass-9931');
    expect(r.findings[3]!.secret).toBe('s3cr3t-db-pass');
    expect(r.ok).toEqual([]);
  });

  test('helm-values-literal-secret: nested keys, merge keys (reported once, where written), env lists; weak defaults at medium; selectors and placeholders pass', () => {
    const r = run('helm-values-literal-secret');
    expect(r.ng).toEqual([
      'ng/values.yaml:6:14',
      keyAt(r, 'ng/values.yaml'),
      'ng/values.yaml:9:15',
      'ng/values.yaml:14:12',
      'ng/values.yaml:19:12',
      'ng/values.yaml:21:12',
      'ng/values.yaml:23:12',
    ]);
    expect(r.findings.map((f) => f.yamlPath)).toEqual([
      'auth.password',
      'auth.apiKey',
      'defaults.adminToken',
      'extraEnvVars[0].value',
      'modules.dcmi.pass',
      'modules.default.pass',
      'modules.lab.pass',
    ]);
    // Guessable passwords are medium (src/detectors/password-policy.ts): lower-case words
    // (`chart-default-pass`, `anchored-token-value`), stand-in words (`another_pw`, `secret_pw`) and
    // counting runs. A generated key and a chosen mixed-case password stay high.
    expect(r.findings.map((f) => f.severity)).toEqual(['medium', 'high', 'medium', 'high', 'medium', 'medium', 'medium']);
    expect(r.ok).toEqual([]);
  });

  test('helm-template-env-value: a secret-like .Values setting in a plain env value of a template (not YAML), at the `{{`; secretKeyRef, file paths, Secret names and include helpers pass', () => {
    const r = run('helm-template-env-value');
    expect(r.ng).toEqual([
      'ng/templates/deployment.yaml:15:22',
      'ng/templates/deployment.yaml:17:23',
      'ng/templates/deployment.yaml:20:22',
      'ng/templates/deployment.yaml:23:22',
      'ng/templates/deployment.yaml:26:22',
    ]);
    expect(r.findings.map((f) => [f.severity, f.endColumn])).toEqual([
      ['medium', 47],
      ['medium', 47],
      ['medium', 53],
      ['medium', 80],
      ['medium', 50],
    ]);
    expect(r.findings[4]!.message).toContain('.Values.admin.password');
    expect(r.findings[0]!.message).toContain('.Values.db.password');
    expect(r.findings[0]!.remediation).toContain('secretKeyRef');
    expect(r.ok).toEqual([]);
  });

  test('settings.secretNames: ignore silences a name, extra adds one', () => {
    const base = run('k8s-configmap-secret', { secretNames: { extra: [], ignore: ['SMTP_PASSWORD'] } });
    expect(base.ng).toEqual([keyAt(base, 'ng.yaml')]);
    const extra = run('k8s-configmap-secret', { secretNames: { extra: ['LOG_LEVEL'], ignore: [] } });
    expect(extra.ng).toContain('ng.yaml:6:14');
  });
});

describe('kubernetes rules parse only files that can hold a secret-like name', () => {
  // A literal value the rules report: random, so that no key-shaped literal is in the repository.
  const SECRET = randomBody(16);
  const deployment = (envName: string, value: string) =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx\n          env:\n            - name: ${envName}\n              value: ${value}\n`;

  /** The manifest and Helm values rules over one file, counting how often it was parsed. */
  function parses(text: string, kind: 'k8s' | 'helm-values', settings: Partial<Settings> = {}) {
    const file = { path: kind === 'k8s' ? 'deploy.yaml' : 'values.yaml', text, kind };
    let parsed = 0;
    const kinds: string[] = [];
    const result = runRules(KUBERNETES_RULES, [file], settings, (source) => {
      const yaml = source.yaml.bind(source);
      source.yaml = (keep) => {
        parsed++;
        const loaded = yaml(keep);
        for (const doc of loaded.documents) {
          const value: unknown = doc.toJS();
          if (value !== null && typeof value === 'object') kinds.push(String((value as { kind?: unknown }).kind));
        }
        return loaded;
      };
    });
    return { parsed, kinds, findings: result.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`) };
  }

  test('a manifest without one is never parsed and reports nothing; with one it is', () => {
    expect(parses(deployment('LOG_PATH', '/var/log/web'), 'k8s')).toEqual({ parsed: 0, kinds: [], findings: [] });
    expect(parses(deployment('GH_PAT', SECRET), 'k8s')).toEqual({ parsed: 1, kinds: ['Deployment'], findings: ['k8s-env-literal-secret deploy.yaml:13:22'] });
    // Key material under a name that is not secret-like. SECRET twice was not key material about one
    // run in 40 (a camelCase-looking `euEcnfE5b8OjIuyoeuEcnf…` is judged a human-chosen password,
    // which the rule does not report under this name): the generic:secret generator always is.
    expect(parses(`kind: Secret\napiVersion: v1\nstringData:\n  PAYLOAD: ${generateKey('generic:secret')}\n`, 'k8s').findings).toEqual(['k8s-secret-manifest deploy.yaml:4:12']);
  });

  test('a manifest with secret-like words but no environment, Secret or ConfigMap is not parsed either', () => {
    const role = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: token-reader\nrules:\n  - apiGroups: [""]\n    resources: ["secrets"]\n    verbs: ["get"]\n';
    expect(parses(role, 'k8s')).toEqual({ parsed: 0, kinds: [], findings: [] });
    const configMap = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  API_TOKEN: ${SECRET}\n`;
    expect(parses(configMap, 'k8s')).toEqual({ parsed: 1, kinds: ['ConfigMap'], findings: ['k8s-configmap-secret deploy.yaml:6:14'] });
    expect(parses(configMap.replace('ConfigMap', '"Config\\x4Dap"'), 'k8s').findings).toEqual(['k8s-configmap-secret deploy.yaml:6:14']);
  });

  test('a name spelled with a YAML escape, or a user-added name, still gets the file parsed and reported', () => {
    expect(parses(deployment('"API_\\x4BEY"', SECRET), 'k8s').findings).toEqual(['k8s-env-literal-secret deploy.yaml:13:22']);
    const extra = parses(deployment('LOG_SINK', SECRET), 'k8s', { secretNames: { extra: ['LOG_SINK'], ignore: [] } });
    expect(extra).toEqual({ parsed: 1, kinds: ['Deployment'], findings: ['k8s-env-literal-secret deploy.yaml:13:22'] });
  });

  test('in a bundle, only the documents that can hold one are parsed, and findings keep their places', () => {
    const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports: [{port: 80}]\n';
    const text = `${service}---\n${deployment('API_TOKEN', SECRET)}---\n${service}`;
    const valueLine = text.slice(0, text.indexOf(SECRET)).split('\n').length;
    const result = parses(text, 'k8s');
    expect(result).toEqual({ parsed: 1, kinds: ['Deployment'], findings: [`k8s-env-literal-secret deploy.yaml:${valueLine}:22`] });
    expect(valueLine).toBe(20);
  });

  test('a bundle whose kept documents do not parse cleanly alone is parsed whole, as written', () => {
    // The blanked ConfigMap's closing quote is what ends the first document's unclosed one.
    const text = `---\nkind: Secret\nx: "\n---\napiVersion: v1\nkind: ConfigMap\ndata: {a: "b"}\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: t}\nstringData:\n  password: ${SECRET}\n`;
    expect(parses(text, 'k8s').findings).toEqual(['k8s-secret-manifest deploy.yaml:13:13']);
  });

  test('names that Unicode upper-casing makes secret-like still get the file parsed', () => {
    const configMap = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  DB_PAß: ${SECRET}\n`;
    expect(parses(configMap, 'k8s').findings).toEqual(['k8s-configmap-secret deploy.yaml:6:11']);
  });

  test('Helm values: the same gate', () => {
    expect(parses('image:\n  repository: nginx\n  tag: "1.27"\n', 'helm-values')).toEqual({ parsed: 0, kinds: [], findings: [] });
    expect(parses(`auth:\n  rootPassword: ${SECRET}\n`, 'helm-values').findings).toEqual(['helm-values-literal-secret values.yaml:2:17']);
  });
});

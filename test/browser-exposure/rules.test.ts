import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { BROWSER_EXPOSURE_RULES } from '../../src/analyzers/browser-exposure/index.js';
import { FILE_RULES } from '../../src/analyzers/registry.js';
import type { FileRule } from '../../src/analyzers/types.js';
import type { Settings } from '../../src/core/settings.js';
import { FIXTURES, runFixtureDir } from './run.js';

function rule(id: string): FileRule {
  const found = BROWSER_EXPOSURE_RULES.find((r) => r.meta.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
}

/** One rule over its fixture folder: `file:line:column severity` of every finding, ng and ok apart. */
function run(id: string, settings: Partial<Settings> = {}) {
  const result = runFixtureDir([rule(id)], path.join(FIXTURES, id), settings);
  result.findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line! - b.line! || a.column! - b.column!);
  const where = (prefix: string) =>
    result.findings.filter((f) => f.file.split('/')[0]!.startsWith(prefix)).map((f) => `${f.file}:${f.line}:${f.column} ${f.severity}`);
  return { ...result, ng: where('ng'), ok: where('ok') };
}

/** Where the fixture renderer put the n-th generated key of a file. */
function keyAt(result: ReturnType<typeof run>, file: string, n = 0): string {
  const key = result.keys.filter((k) => k.file === file)[n];
  if (!key) throw new Error(`no key ${n} in ${file}`);
  return `${file}:${key.line}:${key.column}`;
}

describe('browser-exposure rules are registered and well-formed', () => {
  test('every rule is in the global registry with category secret-exposure', () => {
    expect(BROWSER_EXPOSURE_RULES.map((r) => r.meta.id)).toEqual(['public-prefix-secret', 'static-site-secret-build', 'llm-client-in-browser', 'llm-client-public-env-key']);
    for (const r of BROWSER_EXPOSURE_RULES) {
      expect(FILE_RULES).toContain(r);
      expect(r.meta.category).toBe('secret-exposure');
    }
  });
});

describe('public-prefix-secret: every place a build variable is defined', () => {
  const r = run('public-prefix-secret');

  test('ng fixtures: exact positions (the variable name) and severities', () => {
    expect(r.ng).toEqual([
      'ng/.env:2:1 high',
      'ng/.env:3:1 high',
      'ng/.env:4:1 medium',
      'ng/.env:5:8 medium',
      'ng/.env:6:1 high',
      'ng/.env:7:1 high',
      'ng/.env.example:2:1 medium',
      'ng/.env.example:3:1 medium',
      'ng/.github/workflows/ci.yml:4:3 high',
      'ng/.github/workflows/ci.yml:9:7 medium',
      'ng/.github/workflows/ci.yml:13:11 high',
      'ng/.gitlab-ci.yml:2:3 high',
      'ng/.gitlab-ci.yml:3:3 medium',
      'ng/.gitlab-ci.yml:6:5 high',
      'ng/.gitlab-ci.yml:9:5 medium',
      'ng/.gitlab-ci.yml:15:5 high', // a hidden job: extends copies it
      'ng/Dockerfile:2:5 medium',
      'ng/Dockerfile:3:5 medium',
      'ng/Dockerfile:5:5 high',
      'ng/action.yml:8:9 medium',
      'ng/deployment.yaml:12:21 high',
      'ng/deployment.yaml:17:21 high',
      'ng/deployment.yaml:19:21 medium',
      'ng/deployment.yaml:28:3 high', // ConfigMap key (read with envFrom)
      'ng/deployment.yaml:36:3 high', // Secret key
      'ng/docker-compose.yml:6:9 medium',
      'ng/docker-compose.yml:8:9 high',
      'ng/docker-compose.yml:9:9 medium',
      'ng/kustomization.yaml:6:9 high',
    ]);
  });

  test('ok fixtures: public non-secret names, server-side names, publishable keys, lowercase names', () => {
    expect(r.ok).toEqual([]);
  });

  test('the finding spans the name; literal values are carried as secret, the rest are not', () => {
    const env = r.findings.filter((f) => f.file === 'ng/.env');
    expect(env[0]).toMatchObject({ line: 2, column: 1, endLine: 2, endColumn: 20, category: 'secret-exposure' });
    // The literal keys sit right after `NAME=` where the fixture renderer put them.
    expect(keyAt(r, 'ng/.env', 0)).toBe('ng/.env:2:21');
    expect(keyAt(r, 'ng/.env', 1)).toBe('ng/.env:3:32');
    expect(env[0]!.secret).toMatch(/^sk-proj-/);
    expect(env[2]!.secret).toBeUndefined();
    expect(env[2]!.fingerprintSeed).toBe('REACT_APP_STRIPE_SECRET_KEY:env file');
    expect(env[4]!.secret).toBeDefined(); // a written non-provider value under a secret name
    const workflow = r.findings.filter((f) => f.file === 'ng/.github/workflows/ci.yml');
    expect(workflow.map((f) => f.yamlPath)).toEqual(['env.VITE_OPENAI_API_KEY', 'jobs.test.env.NEXT_PUBLIC_OPENAI_API_KEY', 'jobs.test.steps[0].env.REACT_APP_OPENAI_API_KEY']);
    expect(workflow[0]!.message).toContain('secrets.OPENAI_API_KEY');
    expect(r.findings.find((f) => f.file === 'ng/deployment.yaml')!.message).toContain('secretKeyRef openai/api-key');
    expect(r.findings.find((f) => f.file === 'ng/.gitlab-ci.yml')!.message).toContain('$OPENAI_API_KEY from the CI/CD variables');
    expect(r.findings.find((f) => f.file === 'ng/action.yml')!.message).toContain('is set from inputs.openai-key');
    const [configMap, secret] = r.findings.filter((f) => f.file === 'ng/deployment.yaml').slice(3);
    expect(`${configMap!.yamlPath} ${configMap!.secret?.slice(0, 8)}`).toBe('data.VITE_OPENAI_API_KEY sk-proj-');
    expect(secret!.message).toContain('Kubernetes Secret key "NEXT_PUBLIC_GROQ_API_KEY" is fed from a platform secret (Secret web-build)');
  });

  test('messages say why and what to do', () => {
    const f = r.findings[0]!;
    expect(f.message).toContain('Vite inlines every variable starting with VITE_');
    expect(f.message).toContain('every visitor downloads');
    expect(f.remediation).toContain('server-side variable without the public prefix (OPENAI_API_KEY)');
    expect(f.remediation).toContain('per-user quotas');
    expect(f.remediation).toContain('rotate the key');
  });

  test('settings.secretNames.ignore silences a name, with or without its prefix', () => {
    const ignored = run('public-prefix-secret', { secretNames: { extra: [], ignore: ['OPENAI_API_KEY', 'REACT_APP_STRIPE_SECRET_KEY'] } });
    expect(ignored.ng).not.toContain('ng/.env:2:1 high');
    expect(ignored.ng).not.toContain('ng/.env:4:1 medium');
    expect(ignored.ng).toContain('ng/.env:3:1 high');
  });
});

describe('static-site-secret-build: a deployed build fed from secrets', () => {
  const r = run('static-site-secret-build');

  test('ng fixtures: GitHub Pages action, Vercel action, build + upload-artifact, wrangler pages deploy', () => {
    expect(r.ng).toEqual([
      'ng/.github/workflows/pages.yml:6:3 high',
      'ng/.github/workflows/pages.yml:14:11 high',
      'ng/.github/workflows/preview.yml:6:7 high',
      'ng/.github/workflows/preview.yml:17:11 high',
      'ng/.github/workflows/preview.yml:27:11 high',
      'ng/.github/workflows/preview.yml:28:11 high', // a public name that is not secret-like, fed a secret whose name is
    ]);
    expect(keyAt(r, 'ng/.github/workflows/preview.yml')).toBe('ng/.github/workflows/preview.yml:6:33');
  });

  test('the message names the job and the publishing step', () => {
    const [pages, step, vercel, artifact, cloudflare, settings] = r.findings;
    expect(settings!.message).toContain('"PUBLIC_CHAT_SETTINGS" is fed from a platform secret (secrets.OPENAI_API_KEY)');
    expect(settings!.remediation).toContain('without the public prefix');
    expect(pages!.message).toContain('job "deploy" publishes the build in "Publish to GitHub Pages (step 3)"');
    expect(step!.yamlPath).toBe('jobs.deploy.steps[1].env.NEXT_PUBLIC_ANTHROPIC_API_KEY');
    expect(vercel!.message).toContain('"amondnet/vercel-action@v25 (step 2)"');
    expect(vercel!.secret).toMatch(/^sk-proj-/);
    expect(artifact!.message).toContain('"actions/upload-artifact@v4 (step 2)"');
    expect(cloudflare!.message).toContain('npx wrangler pages deploy');
  });

  test('ok fixtures: non-secret names, unprefixed secrets, vars, env of a test step, build without publishing, Workers deploy', () => {
    expect(r.ok).toEqual([]);
  });

  test('each variable is reported once: public-prefix-secret leaves deployed ones to this rule', () => {
    const both = runFixtureDir([rule('public-prefix-secret'), rule('static-site-secret-build')], path.join(FIXTURES, 'static-site-secret-build'));
    const ng = both.findings.filter((f) => f.file.startsWith('ng/'));
    expect(ng.map((f) => f.ruleId)).toEqual(Array(6).fill('static-site-secret-build'));
    // What is not deployed (or not a secret) still gets the general finding.
    expect(both.findings.filter((f) => f.file.startsWith('ok/')).map((f) => `${f.ruleId} ${f.line}:${f.column} ${f.severity}`)).toEqual([
      'public-prefix-secret 11:7 medium',
      'public-prefix-secret 15:11 high',
      'public-prefix-secret 23:7 high',
      'public-prefix-secret 32:11 high',
    ]);
  });
});

describe('llm-client-in-browser: dangerouslyAllowBrowser: true in code', () => {
  const r = run('llm-client-in-browser');

  test('ng fixtures: .ts, .vue <script> with a quoted key and a regex, .jsx with templates and !0', () => {
    expect(r.ng).toEqual(['ng.jsx:4:56 high', 'ng.ts:6:3 high', 'ng.vue:7:45 high']);
    expect(r.findings.map((f) => f.message.split(' is created')[0])).toEqual(['The OpenAI client', 'The OpenAI client', 'The Anthropic client']);
    expect(r.findings[1]).toMatchObject({ endLine: 6, endColumn: 32 });
    expect(r.findings[1]!.remediation).toContain('server route or proxy');
  });

  test('ok fixtures: comments, JSDoc, strings, template text, markup, false', () => {
    expect(r.ok).toEqual([]);
  });
});

describe('llm-client-public-env-key: a public env variable passed as an LLM API key', () => {
  const r = run('llm-client-public-env-key');

  test('ng fixtures: import.meta.env, process.env[...], apiKey property, $env/static/public', () => {
    expect(r.ng).toEqual(['ng.jsx:2:41 high', 'ng.jsx:4:11 high', 'ng.svelte:4:40 high', 'ng.ts:4:11 high']);
    const ts = r.findings.find((f) => f.file === 'ng.ts')!;
    expect(ts).toMatchObject({ endLine: 4, endColumn: 46 });
    expect(ts.message).toContain('VITE_OPENAI_API_KEY is passed as the API key of the OpenAI client');
    expect(ts.message).toContain('every visitor downloads');
  });

  test('ok fixtures: server-side names, public non-secret names, Firebase keys, comments and strings', () => {
    expect(r.ok).toEqual([]);
  });
});

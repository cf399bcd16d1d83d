/**
 * Every install path the README gives is checked here or by the test it names:
 * - GitHub Action: each workflow in the README parses, uses the Action with inputs and outputs that
 *   action.yml declares (and the reusable workflow with its declared inputs and secrets), current
 *   majors of the actions it names, checkout without persisted credentials, declared permissions
 *   (code scanning: `security-events: write` and `actions: read`), and passes this project's own
 *   scan with no finding at all; the runner version stated for node24 is the one action.yml needs;
 * - `npx`: each command parses as the CLI reads it; the packed tarball runs through `npm exec`
 *   in test/release/package.test.ts;
 * - pre-commit: the README's config names this repository and the hook that .pre-commit-hooks.yaml
 *   declares; test/cli/pre-commit-framework.test.ts runs it under the framework itself.
 */
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCommand } from '../../src/cli/args.js';
import { silentLogger } from '../../src/core/logger.js';
import { scan } from '../../src/core/scan.js';
import { defaultSettings } from '../../src/core/settings.js';
import { cleanupTempDirs, tempDir, writeTree } from '../helpers/repo.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const blocks = (lang: string) => [...README.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!.replace(/^ {2}/gm, (s) => s));

type Step = { uses?: string; with?: Record<string, unknown>; id?: string; if?: string };
type Workflow = { on: unknown; permissions?: Record<string, string>; jobs: Record<string, { steps?: Step[]; uses?: string; with?: Record<string, unknown>; secrets?: Record<string, unknown> }> };

const WORKFLOWS = blocks('yaml')
  .map((text) => ({ text, doc: parse(text) as unknown }))
  .filter((b): b is { text: string; doc: Workflow } => typeof b.doc === 'object' && b.doc !== null && 'jobs' in b.doc);
const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown>; runs: { using: string } };
const orgAudit = parse(readFileSync(path.join(ROOT, '.github/workflows/org-audit.yml'), 'utf8')) as { on: { workflow_call: { inputs: Record<string, unknown>; secrets: Record<string, unknown> } } };

/** Current majors of the actions the README names. */
const CURRENT: Record<string, string> = { 'actions/checkout': 'v5', 'github/codeql-action/upload-sarif': 'v4' };
const SELF = 'openai-secret-lint/openai-secret-lint';

afterAll(cleanupTempDirs);

describe('README install paths', () => {
  it('shows the Action, npx, pre-commit and GitLab paths near the top, after the quick start', () => {
    const install = README.indexOf('## Install');
    expect(install).toBeGreaterThan(README.indexOf('## Quick start'));
    expect(install).toBeLessThan(README.indexOf('## What it checks'));
    const section = README.slice(install, README.indexOf('## What it checks'));
    for (const path of ['**GitHub Action**', '**Command line (`npx`)**', '**pre-commit framework**', '**GitLab CI**']) expect(section).toContain(path);
    expect(WORKFLOWS.length).toBeGreaterThanOrEqual(5);
  });

  it('states the runner version that added node24, which action.yml needs', () => {
    expect(action.runs.using).toBe('node24');
    expect(README).toContain('[actions/runner v2.327.1](https://github.com/actions/runner/releases/tag/v2.327.1)');
  });

  it('tells users to pin the Action by full commit SHA or by the major tag', () => {
    expect(README).toMatch(/uses: openai-secret-lint\/openai-secret-lint@<full commit SHA> # v1\.\d+\.\d+/);
    expect(README).toContain('`@v1`, the major tag every 1.x release moves');
  });

  for (const [index, { text, doc }] of WORKFLOWS.entries()) {
    const name = `workflow ${index + 1} (${String((doc as { name?: string }).name ?? '?')})`;

    it(`${name}: uses the Action and reusable workflow with declared inputs, secrets and outputs`, () => {
      for (const job of Object.values(doc.jobs)) {
        if (job.uses) {
          expect(job.uses).toBe(`${SELF}/.github/workflows/org-audit.yml@v1`);
          for (const input of Object.keys(job.with ?? {})) expect(Object.keys(orgAudit.on.workflow_call.inputs)).toContain(input);
          for (const secret of Object.keys(job.secrets ?? {})) expect(Object.keys(orgAudit.on.workflow_call.secrets)).toContain(secret);
        }
        const selfIds = new Set<string>();
        for (const step of job.steps ?? []) {
          if (!step.uses?.startsWith(`${SELF}@`)) continue;
          expect(step.uses).toMatch(new RegExp(`^${SELF}@(v1|[0-9a-f]{40})$`));
          for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs), `input ${input}`).toContain(input);
          if (step.id) selfIds.add(step.id);
        }
        for (const match of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
          expect(selfIds.has(match[1]!) || (job.steps ?? []).length === 0, `steps.${match[1]} is the Action`).toBe(true);
          expect(Object.keys(action.outputs), `output ${match[2]}`).toContain(match[2]);
        }
      }
    });

    it(`${name}: current majors, checkout without persisted credentials, declared permissions`, () => {
      expect(doc.permissions, 'top-level permissions').toBeDefined();
      const steps = Object.values(doc.jobs).flatMap((j) => j.steps ?? []);
      for (const step of steps) {
        const [action, ref] = (step.uses ?? '').split('@');
        if (action && CURRENT[action]) expect(ref, step.uses).toBe(CURRENT[action]);
        if (action === 'actions/checkout') expect(step.with?.['persist-credentials'], 'persist-credentials').toBe(false);
        if (action === 'github/codeql-action/upload-sarif') {
          expect(doc.permissions!['security-events']).toBe('write');
          expect(doc.permissions!.actions, 'actions: read for private repositories').toBe('read');
        }
      }
    });
  }

  it('every README workflow passes this project\'s own scan: nothing at high or above, and only the documented @v1 trade-off below', async () => {
    const dir = tempDir('osl-readme-workflows-');
    writeTree(dir, Object.fromEntries(WORKFLOWS.map((w, i) => [`.github/workflows/readme-${i + 1}.yml`, w.text])));
    const report = await scan(defaultSettings(realpathSync(dir)), silentLogger);
    expect(report.stats.filesScanned).toBe(WORKFLOWS.length);
    // A secret passed to this project's reusable workflow at `@v1` is what gha-secrets-to-unpinned-action
    // reports (medium): the README offers `@v1` or a full commit SHA, and a SHA cannot be written here.
    const accepted = (f: { ruleId: string; line: number | null; file: string }) => {
      const text = WORKFLOWS[Number(/readme-(\d+)/.exec(f.file)![1]) - 1]!.text;
      return f.ruleId === 'gha-secrets-to-unpinned-action' && text.split('\n')[f.line! - 1]!.includes(`uses: ${SELF}/.github/workflows/org-audit.yml@v1`);
    };
    expect(report.findings.filter((f) => !accepted(f)).map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.severity}`)).toEqual([]);
    expect(report.findings.every((f) => f.severity === 'medium')).toBe(true);
  });

  it('the npx commands are commands the CLI takes', () => {
    const commands = blocks('sh').flatMap((b) => b.split('\n')).filter((l) => l.startsWith('npx openai-secret-lint '));
    expect(commands.length).toBeGreaterThanOrEqual(3);
    for (const line of commands) {
      const argv = line.replace(/\s+#.*$/, '').split(/\s+/).slice(2);
      expect(() => parseCommand(argv), line).not.toThrow();
    }
  });

  it('the pre-commit config names this repository and its hook', () => {
    const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; minimum_pre_commit_version: string }[];
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { repository: { url: string } };
    const repoUrl = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    const configs = blocks('yaml')
      .concat([...README.matchAll(/ {2}```yaml\n([\s\S]*?) {2}```/g)].map((m) => m[1]!.replace(/^ {2}/gm, '')))
      .map((t) => parse(t) as unknown)
      .map((d) => (Array.isArray(d) && d.every((e) => typeof e === 'object' && e !== null && 'repo' in e) ? { repos: d } : d))
      .filter((d): d is { repos: { repo: string; rev: string; hooks: { id: string }[] }[] } => typeof d === 'object' && d !== null && 'repos' in d);
    expect(configs.length).toBeGreaterThanOrEqual(2);
    for (const config of configs) {
      const [entry] = config.repos;
      expect(entry!.repo).toBe(repoUrl);
      expect(entry!.rev).toMatch(/^v1\.\d+\.\d+$/);
      expect(entry!.hooks.map((h) => h.id)).toEqual([hooks[0]!.id]);
    }
    expect(README).toContain(`pre-commit.com), ${hooks[0]!.minimum_pre_commit_version.replace(/\.0$/, '')} or later`);
  });
});

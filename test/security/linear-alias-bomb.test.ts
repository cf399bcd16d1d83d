/**
 * Alias amplification: a small file whose aliases expand to hundreds of thousands of nodes. The
 * scan must end quickly within a 512 MB heap, still report the real finding written elsewhere in
 * the file at its exact place, and say the scan is incomplete (exit 3) instead of exiting 0.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, tempDir, writeTree } from '../helpers/repo.js';
import { positionOf, scanWithBundle, type BundleRun } from './linear-cli.js';

afterAll(cleanupTempDirs);

const ECHO = 'echo ${{ secrets.OPENAI_API_KEY }}';
const LEAK_JOB = ['  leak:', '    runs-on: ubuntu-latest', '    steps:', `      - run: ${ECHO}`];

/** `jobs` of which the first anchors a list of `steps` steps and `jobs - 1` others alias it; the real leak comes last. */
function workflowBomb(jobs: number, steps: number): string {
  const lines = ['on: push', 'jobs:', '  j0:', '    runs-on: ubuntu-latest', '    steps: &steps'];
  for (let i = 0; i < steps; i++) lines.push(`      - run: echo ${i}`);
  for (let i = 1; i < jobs; i++) lines.push(`  j${i}: {runs-on: ubuntu-latest, steps: *steps}`);
  return [...lines, ...LEAK_JOB].join('\n') + '\n';
}

function expectPrintedAt(run: BundleRun, file: string, text: string): void {
  const at = positionOf(text, '${{ secrets.OPENAI_API_KEY }}');
  const printed = run.report!.findings.filter((f) => f.ruleId === 'gha-secret-printed' && f.file === file);
  expect(printed.map((f) => [f.line, f.column, f.endColumn])).toEqual([[at.line, at.column, at.column + '${{ secrets.OPENAI_API_KEY }}'.length]]);
}

function expectIncomplete(run: BundleRun, file: string): void {
  expect(run.signal).toBeNull();
  expect(run.code).toBe(3);
  expect(run.report!.diagnostics).toContainEqual(expect.objectContaining({ file, code: 'yaml-alias-budget', level: 'error', incomplete: true }));
  expect(run.stderr).toContain('scan incomplete');
  expect(run.stderr).toContain(file);
}

describe('YAML alias amplification', () => {
  it('reports the echo of a secret the same way in a small workflow (the rule the bombs must keep)', () => {
    const dir = tempDir();
    const text = ['on: push', 'jobs:', ...LEAK_JOB].join('\n') + '\n';
    writeTree(dir, { '.github/workflows/ci.yml': text });
    const run = scanWithBundle(dir);
    expect(run.code).toBe(1);
    expectPrintedAt(run, '.github/workflows/ci.yml', text);
    expect(run.report!.diagnostics).toEqual([]);
  });

  it('400 jobs aliasing one list of 400 steps (20 KB): the real echo is still reported, and the scan is incomplete', () => {
    const dir = tempDir();
    const text = workflowBomb(400, 400);
    expect(text.length).toBeLessThan(32 * 1024);
    writeTree(dir, { '.github/workflows/ci.yml': text });
    const run = scanWithBundle(dir);
    expect(run.report, run.stderr).not.toBeNull();
    expectPrintedAt(run, '.github/workflows/ci.yml', text);
    expectIncomplete(run, '.github/workflows/ci.yml');
    expect(run.report!.diagnostics.filter((d) => d.code === 'rule-failed')).toEqual([]);
  });

  it('2000 jobs aliasing 2000 steps ends within a 512 MB heap and the time limit, the echo reported', () => {
    const dir = tempDir();
    const text = workflowBomb(2000, 2000);
    writeTree(dir, { '.github/workflows/ci.yml': text });
    const run = scanWithBundle(dir, { timeoutMs: 120_000 });
    expect(run.report, `${run.signal ?? run.code}: ${run.stderr.slice(0, 500)}`).not.toBeNull();
    expectPrintedAt(run, '.github/workflows/ci.yml', text);
    expectIncomplete(run, '.github/workflows/ci.yml');
  }, 150_000);

  it('a kind: List of 500 pods aliasing 500 containers: the real pod after it is still reported', () => {
    const dir = tempDir();
    const lines = ['apiVersion: v1', 'kind: List', 'items:', '  - apiVersion: v1', '    kind: Pod', '    metadata: {name: p0}', '    spec:', '      containers: &containers'];
    for (let i = 0; i < 500; i++) lines.push(`        - {name: c${i}, image: busybox, env: [{name: DB_PASSWORD, valueFrom: {configMapKeyRef: {name: cfg, key: db}}}]}`);
    for (let i = 1; i < 500; i++) lines.push(`  - {apiVersion: v1, kind: Pod, metadata: {name: p${i}}, spec: {containers: *containers}}`);
    lines.push(
      '  - apiVersion: v1',
      '    kind: Pod',
      '    metadata: {name: real}',
      '    spec:',
      '      containers:',
      '        - name: app',
      '          image: example/app:1',
      '          env:',
      '            - name: OPENAI_API_KEY',
      '              valueFrom:',
      '                configMapKeyRef: {name: app-config, key: openai-key}',
    );
    const text = lines.join('\n') + '\n';
    writeTree(dir, { 'deploy/pods.yaml': text });
    const run = scanWithBundle(dir);
    expect(run.report, run.stderr).not.toBeNull();
    const real = positionOf(text, '{name: app-config, key: openai-key}');
    const found = run.report!.findings.filter((f) => f.ruleId === 'k8s-env-configmap-secret' && f.line === real.line);
    expect(found.map((f) => [f.file, f.line, f.column])).toEqual([['deploy/pods.yaml', real.line, real.column]]);
    expectIncomplete(run, 'deploy/pods.yaml');
  });
});


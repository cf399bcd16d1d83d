/** org-audit.yml stays thin and safe: plan → scan matrix → report, pinned actions, no input spliced into a script. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  strategy?: { matrix?: unknown };
  steps: Step[];
}

const file = path.resolve(import.meta.dirname, '../../.github/workflows/org-audit.yml');
const workflow = parse(readFileSync(file, 'utf8')) as { permissions: Record<string, string>; jobs: Record<string, Job> };
const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);

describe('org-audit.yml', () => {
  it('plans, scans the shards as a matrix, and reports', () => {
    expect(Object.keys(workflow.jobs)).toEqual(['plan', 'scan', 'report']);
    expect(workflow.jobs.scan!.strategy!.matrix).toBe('${{ fromJSON(needs.plan.outputs.matrix) }}');
    const runs = steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('org plan');
    expect(runs).toContain('org scan');
    expect(runs).toContain('org report');
  });

  it('splices no expression into a script: inputs, matrix and secrets arrive through env', () => {
    const scripts = steps.filter((s) => s.run !== undefined);
    expect(scripts.length).toBeGreaterThanOrEqual(4);
    for (const s of scripts) expect(s.run).not.toContain('${{');
  });

  it('pins every action by commit and keeps no credentials in checkouts; read-only permissions', () => {
    const used = steps.filter((s) => s.uses !== undefined);
    expect(used.length).toBeGreaterThan(8);
    for (const s of used) expect(s.uses).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
    for (const s of used.filter((u) => u.uses!.startsWith('actions/checkout@'))) expect(s.with?.['persist-credentials']).toBe(false);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(workflow.jobs)) expect(job.permissions).toEqual({ contents: 'read' });
  });
});

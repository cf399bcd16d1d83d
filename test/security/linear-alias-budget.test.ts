/** The alias budget pays for the nodes an alias expands to, not for the lookup. */
import { describe, expect, it } from 'vitest';
import { isScalar } from 'yaml';
import { loadYaml } from '../../src/yaml/load.js';
import { aliasBudgetExceeded, AliasBudget, DEFAULT_ALIAS_BUDGET, walkValues } from '../../src/yaml/walk.js';

function bomb(jobs: number, steps: number): string {
  const lines = ['jobs:', '  j0:', '    steps: &steps'];
  for (let i = 0; i < steps; i++) lines.push(`      - run: echo ${i}`);
  for (let i = 1; i < jobs; i++) lines.push(`  j${i}: {steps: *steps}`);
  return lines.join('\n') + '\n';
}

describe('AliasBudget', () => {
  it('400 aliases of a 400-step list (400 lookups, 480 000 nodes) exhaust it; the written steps are all still walked', () => {
    const document = loadYaml('w.yml', bomb(400, 400)).documents[0]!;
    const written: number[] = [];
    const budget = walkValues(document, (v) => {
      if (v.path[1] === 'j0' && v.path[4] === 'run' && isScalar(v.node)) written.push(v.path[3] as number);
    });
    expect(budget.exceeded).toBe(true);
    expect(budget.spent).toBeLessThanOrEqual(DEFAULT_ALIAS_BUDGET);
    expect(aliasBudgetExceeded(document)).toBe(true);
    expect(written).toEqual(Array.from({ length: 400 }, (_, i) => i));
  });

  it('a template aliased a few times, as real files do, stays far below it', () => {
    const document = loadYaml('w.yml', bomb(20, 10)).documents[0]!;
    let runs = 0;
    const budget = walkValues(document, (v) => {
      if (v.path[4] === 'run') runs++;
    }, { budget: new AliasBudget() });
    expect(budget.exceeded).toBe(false);
    expect(aliasBudgetExceeded(document)).toBe(false);
    expect(runs).toBe(20 * 10);
    // Each alias paid for the 1 + 10 × 3 nodes of the list it names.
    expect(budget.spent).toBe(19 * 31);
  });
});

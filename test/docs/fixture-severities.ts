/**
 * Every (rule, severity) pair the file rules emit over the committed fixtures (test/fixtures/*),
 * for the docs test: a severity a rule can emit must be declared, with when, on its docs page.
 * Each `<area>/<rule>/` folder (or its `ng…`/`ok…` sub-folder) is a scan root; browser-exposure's
 * `.fixture` names are restored; GitHub Actions fixtures sit under `.github/workflows/`.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { FILE_RULES } from '../../src/analyzers/registry.js';
import type { Severity } from '../../src/core/finding.js';
import { realPath } from '../browser-exposure/run.js';
import { renderFixture } from '../helpers/fixtures.js';
import { runRules, type MemoryFile } from '../kubernetes/run-rules.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
/** Areas whose folders hold scan roots of files (env-files hold tree descriptions for repository rules). */
const AREAS = ['browser-exposure', 'commands', 'containers', 'github-actions', 'gitlab-ci', 'kubernetes', 'text'];
const SIDE = /^(ng|ok)([-.][\w.-]+)?$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const abs = path.join(dir, name);
    return statSync(abs).isDirectory() ? filesUnder(abs) : [abs];
  });
}

export interface Emitted {
  ruleId: string;
  severity: Severity;
  /** The fixture file it came from, relative to test/fixtures. */
  fixture: string;
}

export function fixtureSeverities(): Emitted[] {
  const out: Emitted[] = [];
  for (const area of AREAS) {
    for (const ruleDir of readdirSync(path.join(FIXTURES, area)).sort()) {
      const root = path.join(FIXTURES, area, ruleDir);
      if (!statSync(root).isDirectory()) continue;
      // Scan roots: the side folders when there are any, else the rule folder.
      const sides = readdirSync(root).filter((n) => SIDE.test(n) && statSync(path.join(root, n)).isDirectory());
      const roots = sides.length > 0 ? [...sides.map((s) => path.join(root, s)), root] : [root];
      for (const scanRoot of roots) {
        const files: MemoryFile[] = [];
        const origin = new Map<string, string>();
        for (const abs of filesUnder(scanRoot)) {
          const rel = path.relative(scanRoot, abs).split(path.sep).join('/');
          if (scanRoot === root && sides.some((s) => rel.startsWith(`${s}/`))) continue;
          let at = realPath(rel);
          if (area === 'github-actions') at = `.github/workflows/${rel}`;
          const rendered = renderFixture(abs);
          files.push({ path: at, absPath: abs, text: rendered.text, ...(area === 'github-actions' ? { kind: rel.includes('action') ? 'action' : 'workflow' } : {}) });
          origin.set(at, path.relative(FIXTURES, abs));
        }
        for (const f of runRules(FILE_RULES, files).findings) out.push({ ruleId: f.ruleId, severity: f.severity, fixture: origin.get(f.file) ?? f.file });
      }
    }
  }
  return out;
}

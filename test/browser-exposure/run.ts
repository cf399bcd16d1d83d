/**
 * Runs browser-exposure rules over a fixture folder. Fixture files end in `.fixture` so that this
 * repository's own scan does not read them as env files, workflows or source code; the test
 * strips the suffix and restores the real name (`docker-file` -> `Dockerfile`, `dotenv` -> `.env`, `gitlab-ci.yml` -> `.gitlab-ci.yml`).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FileRule } from '../../src/analyzers/types.js';
import type { Settings } from '../../src/core/settings.js';
import { renderFixture } from '../helpers/fixtures.js';
import { runRules, type MemoryFile } from '../kubernetes/run-rules.js';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/browser-exposure');

const REAL_NAMES: Record<string, string> = { 'docker-file': 'Dockerfile', dotenv: '.env', 'dotenv.example': '.env.example', 'gitlab-ci.yml': '.gitlab-ci.yml' };

export function realPath(rel: string): string {
  const stripped = rel.replace(/\.fixture$/, '');
  const slash = stripped.lastIndexOf('/');
  const base = stripped.slice(slash + 1);
  return stripped.slice(0, slash + 1) + (REAL_NAMES[base] ?? base);
}

export interface PlacedKeyAt {
  file: string;
  line: number;
  column: number;
}

export function runFixtureDir(rules: readonly FileRule[], dir: string, settings: Partial<Settings> = {}) {
  const files: MemoryFile[] = [];
  const keys: PlacedKeyAt[] = [];
  const visit = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = path.join(d, name);
      if (statSync(abs).isDirectory()) {
        visit(abs);
        continue;
      }
      const rel = realPath(path.relative(dir, abs).split(path.sep).join('/'));
      const rendered = renderFixture(abs);
      for (const k of rendered.keys) keys.push({ file: rel, line: k.line, column: k.column });
      files.push({ path: rel, text: rendered.text });
    }
  };
  visit(dir);
  return { ...runRules(rules, files, settings), keys };
}

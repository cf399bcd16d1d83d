/**
 * The command rules over the whole real-world corpus (the shared real-world corpus): workflows and actions,
 * GitLab pipelines (every YAML file treated as one), Kubernetes and Helm files, the READMEs.
 * No rule throws, every position is 1-based, and every high or critical finding is listed, with
 * the reason it is right, in commands-expected.json.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { COMMAND_RULES } from '../src/analyzers/commands/index.js';
import { atLeast } from '../src/core/finding.js';
import { classify, type FileKind } from '../src/discover/classify.js';
import { runRules, type MemoryFile } from '../test/kubernetes/run-rules.js';
import { CORPUS } from './corpus-root.js';

interface Listed {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  reason: string;
}

function kindOf(dir: string, name: string): FileKind {
  const original = name.split('__').pop()!;
  if (dir.startsWith('gha')) return /^action\.ya?ml$/.test(original) ? 'action' : 'workflow';
  if (dir === 'gitlab' && /\.ya?ml$/.test(original)) return 'gitlab-ci';
  return classify(original);
}

/** Every corpus file, named `<dir>/<owner>__<repo>/<original path>` so name-based rules see the real file name. */
function corpusFiles(): MemoryFile[] {
  const out: MemoryFile[] = [];
  const visit = (abs: string, rel: string) => {
    for (const name of readdirSync(abs).sort()) {
      const child = path.join(abs, name);
      const childRel = rel ? `${rel}/${name}` : name;
      if (statSync(child).isDirectory()) visit(child, childRel);
      else {
        const [dir = '', ...rest] = childRel.split('/');
        const original = rest.length > 1 ? `${rest.slice(0, -1).join('/')}/${rest[rest.length - 1]!.replace(/__/g, '/')}` : childRel;
        out.push({ path: rest.length > 1 ? `${dir}/${original}` : childRel, absPath: child, text: readFileSync(child, 'utf8'), kind: kindOf(dir, name) });
      }
    }
  };
  visit(CORPUS, '');
  return out;
}

test('command rules over the real-world corpus: no crash, 1-based positions, every high/critical finding expected', () => {
  const expected = (JSON.parse(readFileSync(path.join(import.meta.dirname, 'commands-expected.json'), 'utf8')) as { findings: Listed[] }).findings;
  const files = corpusFiles();
  expect(files.length).toBeGreaterThan(2000);
  const run = runRules(COMMAND_RULES, files);
  if (process.env.CMD16_DUMP) for (const f of run.findings) console.log(`F ${f.severity} ${f.file}:${f.line}:${f.column} ${f.secret} | ${f.message}`);
  expect(run.diagnostics.filter((d) => d.code === 'rule-failed')).toEqual([]);
  const high: Omit<Listed, 'reason'>[] = [];
  for (const f of run.findings) {
    expect(f.line === null || (f.line >= 1 && f.column! >= 1), `${f.file} position`).toBe(true);
    if (atLeast(f.severity, 'high')) high.push({ ruleId: f.ruleId, file: f.file, line: f.line!, column: f.column! });
  }
  expect(high).toEqual(expected.map(({ reason: _reason, ...rest }) => rest));
  for (const e of expected) expect(e.reason.length, `${e.file}:${e.line} needs a reason`).toBeGreaterThan(20);
});

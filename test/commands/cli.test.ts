/**
 * End to end: the built CLI (dist/cli/index.js) finds credentials in command lines of a real
 * repository layout, merges a provider key in a command with the provider's finding (one
 * critical finding at the key's range, with the workflow's fix), and never prints a password.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { generateKey } from '../helpers/keys.js';
import { cleanupTempDirs, makeRepo } from '../helpers/repo.js';

const cli = process.env.OSL_CLI ?? path.resolve(import.meta.dirname, '../../dist/cli/index.js');
afterAll(cleanupTempDirs);

interface JsonFinding {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  endColumn: number;
  remediation: string;
  relatedRules?: string[];
}

test('the bundled CLI reports command-line credentials in a workflow, a shell script, a Makefile and .npmrc', () => {
  const pat = generateKey('github:pat');
  // Built at run time: no literal password sits in this file.
  const pass = ['Wq7', 'Lk3', 'Vz9', 'Tp2'].join('-');
  const dir = makeRepo({
    '.github/workflows/ci.yml': `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          curl -H "Authorization: Bearer ${pat}" https://api.github.com/user\n`,
    'scripts/deploy.sh': `#!/bin/sh\ndocker login -u bot -p '${pass}' registry.example.org\n`,
    Makefile: `db:\n\t@mysql -h db -u app -p${pass} app\n`,
    '.npmrc': `//registry.npmjs.org/:_authToken=${pass}\n`,
    'scripts/ok.sh': '#!/bin/sh\necho "$REGISTRY_PASSWORD" | docker login -u bot --password-stdin registry.example.org\n',
  });
  const result = spawnSync(process.execPath, [cli, 'scan', dir, '--format', 'json'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  expect(result.stdout).not.toContain(pass);
  expect(result.stdout).not.toContain(pat);
  const findings = (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings;
  const at = findings.map((f) => `${f.ruleId} ${f.severity} ${f.file}:${f.line}:${f.column}-${f.endColumn}`);
  expect(at).toContain(`npmrc-credential high .npmrc:1:34-${34 + pass.length}`);
  expect(at).toContain(`command-line-credential high Makefile:2:24-${24 + pass.length}`);
  expect(at).toContain(`command-line-credential high scripts/deploy.sh:2:25-${25 + pass.length}`);
  expect(findings.some((f) => f.file === 'scripts/ok.sh')).toBe(false);
  // The key in the curl header: one finding, the provider's (critical), with the workflow fix.
  const inWorkflow = findings.filter((f) => f.file === '.github/workflows/ci.yml');
  expect(inWorkflow).toHaveLength(1);
  expect(inWorkflow[0]!).toMatchObject({ severity: 'critical', line: 7, column: 42, endColumn: 42 + pat.length });
  expect(inWorkflow[0]!.relatedRules).toContain('command-line-credential');
  expect(inWorkflow[0]!.remediation).toContain('${{ secrets.');
  expect(result.status).not.toBe(0);
});

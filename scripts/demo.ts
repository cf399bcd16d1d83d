/**
 * `npm run demo`: builds a throwaway git repository with freshly generated fake keys in the
 * places they leak from in real projects, scans it with the built CLI and removes it again.
 * Bundled into dist/demo so it needs no install.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { base64, openaiKey } from '../test/helpers/keys.js';
import { gitIn, writeTree } from '../test/helpers/repo.js';

const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'cli', 'index.js');
const dir = mkdtempSync(path.join(tmpdir(), 'openai-secret-lint-demo-'));

try {
  writeTree(dir, {
    '.github/workflows/deploy.yml': [
      'name: deploy',
      'on: push',
      'jobs:',
      '  deploy:',
      '    runs-on: ubuntu-latest',
      '    env:',
      `      OPENAI_API_KEY: ${openaiKey('proj')}`,
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - run: npm ci && npm run deploy',
      '',
    ].join('\n'),
    '.gitlab-ci.yml': [
      'variables:',
      `  OPENAI_API_KEY: "${openaiKey('svcacct')}"`,
      '',
      'test:',
      '  script:',
      '    - npm test',
      '',
    ].join('\n'),
    'k8s/openai-secret.yaml': [
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: openai',
      'type: Opaque',
      'data:',
      `  OPENAI_API_KEY: ${base64(openaiKey('proj', { side: 58 }))}`,
      '',
    ].join('\n'),
    '.env': [`OPENAI_API_KEY=${openaiKey('admin')}`, 'PORT=3000', ''].join('\n'),
    'src/client.ts': [
      "import OpenAI from 'openai';",
      '',
      '// The right way: the key comes from the environment, never from the source.',
      'export const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });',
      '',
    ].join('\n'),
  });
  gitIn(dir, 'init', '-q');
  gitIn(dir, 'add', '-A');
  gitIn(dir, 'commit', '-q', '-m', 'demo: a repository that leaks keys');

  process.stdout.write(`Demo repository with freshly generated fake keys: ${dir}\n`);
  process.stdout.write(`$ openai-secret-lint scan ${dir}\n\n`);
  const result = spawnSync(process.execPath, [cli, 'scan', dir], { stdio: 'inherit' });
  process.stdout.write(
    `\nExit code ${result.status}: 1 means findings at or above --fail-on (high), which is what the demo expects.\n`,
  );
  process.exitCode = result.status === 0 || result.status === 1 ? 0 : (result.status ?? 3);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

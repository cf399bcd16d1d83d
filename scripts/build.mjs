// Bundles the Action, the CLI and the demo with ncc. Output is reproducible: no source maps,
// no absolute paths, and every stale file in dist/ is removed first.
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';

const entries = [
  ['src/action/index.ts', 'dist'],
  ['src/cli/index.ts', 'dist/cli'],
  ['scripts/demo.ts', 'dist/demo'],
];

rmSync('dist', { recursive: true, force: true });
for (const [entry, out] of entries) {
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--quiet', '--target', 'es2022', '--license', 'licenses.txt'], { stdio: 'inherit' });
}
chmodSync('dist/cli/index.js', 0o755);

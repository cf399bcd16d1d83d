// Bundles the Action, the CLI and the demo with ncc. Output is reproducible (no source maps, no
// absolute paths) and replaces dist/ only when every bundle built, so a failed build leaves the
// last good dist/ in place.
import { execFileSync } from 'node:child_process';
import { chmodSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { patchChunkLoader } from './chunk-loader.mjs';
import { writeValidator } from './config-validator.mjs';

const entries = [
  ['src/action/index.ts', ''],
  ['src/cli/index.ts', 'cli'],
  ['scripts/demo.ts', 'demo'],
];

// ncc from this project's node_modules, run by the Node running the build: not whatever `npx`
// would find or fetch when dependencies are missing (then the build fails here, saying so).
const ncc = createRequire(import.meta.url).resolve('@vercel/ncc/dist/ncc/cli.js');

// Generated sources first: the bundles include them.
writeValidator();

const staging = `dist.staging-${process.pid}`;
rmSync(staging, { recursive: true, force: true });
try {
  for (const [entry, sub] of entries) {
    const out = sub ? `${staging}/${sub}` : staging;
    execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--quiet', '--target', 'es2022', '--license', 'licenses.txt'], { stdio: 'inherit' });
  }
  patchChunkLoader(`${staging}/cli/index.js`);
  chmodSync(`${staging}/cli/index.js`, 0o755);
  rmSync('dist', { recursive: true, force: true });
  renameSync(staging, 'dist');
} finally {
  rmSync(staging, { recursive: true, force: true });
}

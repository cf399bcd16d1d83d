// Builds dist/: the Action, the CLI and the demo. TypeScript runs once, type-checking the whole
// project (sources, tests, scripts) and emitting JavaScript to a work folder; ncc then bundles that
// JavaScript. Letting ncc compile the TypeScript instead type-checked everything once per bundle
// (three times, plus `tsc --noEmit` before) and took 60-90 s here against about 25 s.
// Output is reproducible (no source maps, no absolute paths, a fixed work folder: the bundler's
// chunk ids come from module paths) and replaces dist/ only when every bundle built, so a failed
// build leaves the last good dist/ in place.
import { execFileSync } from 'node:child_process';
import { chmodSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { checkNoMissingModules } from './bundle-check.mjs';
import { asciiChunks } from './ascii-chunks.mjs';
import { patchChunkLoader } from './chunk-loader.mjs';
import { writeValidator } from './config-validator.mjs';

const entries = [
  ['src/action/index.js', ''],
  ['src/cli/index.js', 'cli'],
  ['scripts/demo.js', 'demo'],
];

// Both tools from this project's node_modules, run by the Node running the build: not whatever
// `npx` would find or fetch when dependencies are missing (then the build fails here, saying so).
const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const ncc = require.resolve('@vercel/ncc/dist/ncc/cli.js');

// Generated sources first: the bundles include them.
writeValidator();

// Inside the project so that the emitted files resolve packages from its node_modules.
const emitted = '.build-emit';
const staging = `dist.staging-${process.pid}`;
rmSync(staging, { recursive: true, force: true });
rmSync(emitted, { recursive: true, force: true });
try {
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json', '--noEmit', 'false', '--outDir', emitted], { stdio: 'inherit' });
  for (const [entry, sub] of entries) {
    const out = sub ? `${staging}/${sub}` : staging;
    execFileSync(process.execPath, [ncc, 'build', `${emitted}/${entry}`, '-o', out, '--quiet', '--target', 'es2022', '--license', 'licenses.txt'], { stdio: 'inherit' });
  }
  checkNoMissingModules(staging);
  patchChunkLoader(`${staging}/cli/index.js`);
  asciiChunks(`${staging}/cli`);
  chmodSync(`${staging}/cli/index.js`, 0o755);
  rmSync('dist', { recursive: true, force: true });
  renameSync(staging, 'dist');
} finally {
  rmSync(staging, { recursive: true, force: true });
  rmSync(emitted, { recursive: true, force: true });
}

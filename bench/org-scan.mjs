#!/usr/bin/env node
// `node bench/org-scan.mjs`: wall time of `org scan` over 1,000 small local git repositories (one
// shard, as one matrix job would get it), cloned through file:// URLs (allowed by the test flag).
// Every 10th repository holds a generated OpenAI-shaped key; the run checks that the reports find
// exactly those. Nothing is asserted; it prints the figures. Knobs (all optional):
//   ORG_BENCH_REPOS=1000  ORG_BENCH_CONCURRENCY=4,8  BENCH_DIR=/tmp/osl-bench
//   BENCH_CLI=path/to/built/cli.js (default dist/cli/index.js; run `npm run build` first)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { seeded } from './lib/keys.mjs';
import { measure } from './lib/measure.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.resolve(process.env.BENCH_CLI ?? path.join(here, '..', 'dist', 'cli', 'index.js'));
const count = Number(process.env.ORG_BENCH_REPOS ?? 1000);
const concurrencies = (process.env.ORG_BENCH_CONCURRENCY ?? '4,8').split(',').map(Number);
const work = path.join(process.env.BENCH_DIR ?? '/tmp/osl-bench', `org-${count}`);
const reposDir = path.join(work, 'repos');

const gitEnv = { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@example.invalid', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@example.invalid', GIT_CONFIG_GLOBAL: '/dev/null' };
const git = (cwd, ...args) => execFileSync('git', args, { cwd, env: gitEnv, stdio: ['ignore', 'ignore', 'inherit'] });

/** 1,000 repositories of ~8 small files (a README, code, a workflow, config); every 10th with a key. */
function ensureRepos() {
  const done = path.join(work, '.complete');
  if (existsSync(done)) return;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(reposDir, { recursive: true });
  const rnd = seeded(42);
  const started = Date.now();
  for (let i = 0; i < count; i++) {
    const dir = path.join(reposDir, `repo-${String(i).padStart(4, '0')}`);
    mkdirSync(path.join(dir, 'src'), { recursive: true });
    mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true });
    writeFileSync(path.join(dir, 'README.md'), `# repo ${i}\n\n${rnd.string(400, 'abcdefghij klmnop\n')}\n`);
    for (let f = 0; f < 4; f++) writeFileSync(path.join(dir, 'src', `mod${f}.py`), `def f${f}(x):\n    return x * ${rnd.int(100)}\n`.repeat(20));
    writeFileSync(path.join(dir, '.github', 'workflows', 'ci.yml'), 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n');
    writeFileSync(path.join(dir, 'config.yml'), `name: r${i}\nreplicas: ${rnd.int(5)}\n`);
    if (i % 10 === 0) writeFileSync(path.join(dir, 'settings.py'), `OPENAI_API_KEY = "${rnd.openaiKey()}"\n`);
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'init');
  }
  writeFileSync(done, '');
  console.log(`generated ${count} repositories in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

ensureRepos();
const repositories = readdirSync(reposDir).sort().map((name) => ({ name: `bench/${name}`, cloneUrl: pathToFileURL(path.join(reposDir, name)).href, size: 8, pushedAt: null }));
const shard = path.join(work, 'shard.json');
writeFileSync(shard, JSON.stringify({ shard: 1, weight: 0, repositories }));
const planted = Math.ceil(count / 10);

console.log(`org scan of ${count} small repositories, one shard; ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; node ${process.version}`);
for (const concurrency of concurrencies) {
  const out = path.join(work, `out-${concurrency}`);
  rmSync(out, { recursive: true, force: true });
  const result = measure(process.execPath, [cli, 'org', 'scan', '--shard', shard, '--out', out, '--concurrency', String(concurrency)], {
    env: { ...process.env, OPENAI_SECRET_LINT_ALLOW_FILE_CLONE: '1' },
  });
  if (result.error) throw new Error(result.error);
  let findings = 0;
  let failed = 0;
  for (const file of readdirSync(out)) {
    const doc = JSON.parse(readFileSync(path.join(out, file), 'utf8'));
    if (doc.status === 'failed') failed++;
    findings += doc.report?.findings.length ?? 0;
  }
  console.log(
    `--concurrency ${concurrency}: ${result.seconds.toFixed(1)} s wall (${((result.seconds * 1000) / count).toFixed(0)} ms per repository), peak RSS ${result.maxRssMb?.toFixed(0) ?? '?'} MB, exit ${result.status}; ` +
      `${failed} failed, ${findings} findings (${planted} planted)`,
  );
}

#!/usr/bin/env node
// `npm run bench`: openai-secret-lint against secretlint (recommended preset) and a ripgrep floor
// (the OpenAI regex only, native, both cores), in one run, on:
//   corpus   ../shared/corpus (real CI/CD configuration)
//   big      a generated ~20,000-file / ~200 MB repository under /tmp (keys planted)
//   history  a generated 5,000-commit repository: --history against `git log -p | rg`
//   startup  `--version` and `scan --staged` of a one-file change against `node -e 0` (the floor),
//            under this Node and, when BENCH_NODE24 (or OSL_NODE24) names one, under Node 24 too;
//            medians of BENCH_STARTUP_RUNS=41 runs
// It prints wall time, files/s, MB/s, peak memory and findings per tool, and ratios measured in
// this same run. Nothing is asserted. Environment knobs (all optional):
//   BENCH_ONLY=corpus,big,history   BENCH_REPEAT=3 (fast tools: best of N)
//   BENCH_SECRETLINT=0 (skip it)    BENCH_SECRETLINT_TIMEOUT=900 / BENCH_SECRETLINT_BIG_TIMEOUT=300 (s)
//   BENCH_DIR=/tmp/osl-bench        BENCH_CLI=path/to/built/cli.js (skip bundling)
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { patchChunkLoader } from '../scripts/chunk-loader.mjs';
import { ensureBigRepo } from './lib/gen-repo.mjs';
import { ensureHistoryRepo } from './lib/gen-history.mjs';
import { OPENAI_REGEX } from './lib/keys.mjs';
import { best, hasGnuTime, measure } from './lib/measure.mjs';
import { bundle, countOurs, countRipgrep, countSecretlint, ensureSecretlint, ripgrepVersion } from './lib/tools.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const work = process.env.BENCH_DIR ?? '/tmp/osl-bench';
const only = new Set((process.env.BENCH_ONLY ?? 'corpus,big,history,startup').split(','));
const repeat = Number(process.env.BENCH_REPEAT ?? 3);
const log = (line) => console.log(line);
mkdirSync(work, { recursive: true });

function treeSize(dir) {
  let files = 0;
  let bytes = 0;
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name === '.git') continue;
      const abs = path.join(d, entry.name);
      if (entry.isDirectory()) walk(abs);
      else if (entry.isFile()) {
        files++;
        bytes += statSync(abs).size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}

const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}, Node ${process.version}, load average ${load} at start`);
log(`Peak memory: ${hasGnuTime ? 'GNU time (max RSS)' : 'not measured (/usr/bin/time missing)'}`);

// Our CLI and the single-thread probe, bundled from the current sources.
log('Bundling the CLI…');
const cli = process.env.BENCH_CLI ? { file: path.resolve(process.env.BENCH_CLI), bundler: 'given' } : bundle(repo, 'src/cli/index.ts', path.join(work, 'cli'), log);
const probe = only.has('corpus') || only.has('big') ? bundle(repo, 'bench/lib/scan-entry.ts', path.join(work, 'probe'), log) : { error: 'not needed' };
if (cli.error) throw new Error(cli.error);
// As the release build does (scripts/build.mjs): the chunk loader asks the chunk code cache first.
if (cli.bundler === 'ncc') patchChunkLoader(cli.file);
log(`  CLI: ${cli.file} (${cli.bundler})`);
const rg = ripgrepVersion();
log(rg ? `ripgrep: ${rg}` : 'ripgrep: not installed (apt-get install ripgrep) — the ripgrep floor is skipped');
const secretlint = process.env.BENCH_SECRETLINT === '0' ? null : ensureSecretlint(path.join(work, 'peers'), log);
log(secretlint ? `secretlint: ${secretlint.version} with @secretlint/secretlint-rule-preset-recommend` : 'secretlint: skipped (BENCH_SECRETLINT=0 or install failed)');

const results = { machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, load }, workloads: {} };

function runTree(name, dir, { planted = null, secretlintTimeout }) {
  const { files, bytes } = treeSize(dir);
  const mb = bytes / 2 ** 20;
  log(`\n## ${name}: ${dir} — ${files} files, ${mb.toFixed(1)} MiB${planted === null ? '' : `, ${planted} OpenAI keys planted`}`);
  const rows = [];
  const out = (tool) => path.join(work, `${name}-${tool}.out`);

  const ours = best(repeat, () => measure(process.execPath, [cli.file, 'scan', dir, '--format', 'json', '--output', out('ours'), '--fail-on', 'critical']));
  rows.push({ tool: 'openai-secret-lint (CLI, auto threads)', ...ours, found: countOurs(out('ours')) });
  if (!probe.error) {
    const single = best(repeat, () => measure(process.execPath, [probe.file, dir, '0', out('ours-1')]));
    rows.push({ tool: 'openai-secret-lint, 1 thread (probe)', ...single, found: countOurs(out('ours-1')) });
    const auto = best(repeat, () => measure(process.execPath, [probe.file, dir, 'auto', out('ours-auto')]));
    rows.push({ tool: 'openai-secret-lint, auto threads (probe)', ...auto, found: countOurs(out('ours-auto')) });
  }
  if (secretlint) {
    const ignore = path.join(work, 'secretlintignore');
    writeFileSync(ignore, '**/.git/**\n');
    const sl = measure('timeout', ['-k', '10', String(secretlintTimeout), secretlint.bin, `${dir}/**/*`, '--secretlintrc', secretlint.config, '--secretlintignore', ignore, '--format', 'json', '--output', out('secretlint')], { cwd: path.dirname(secretlint.config) });
    // `timeout` exits 124; when its signal also ends GNU time's report, the clock still tells.
    const timedOut = sl.status === 124 || sl.seconds >= secretlintTimeout;
    rows.push({ tool: `secretlint ${secretlint.version} (recommended preset)`, ...sl, timedOut, found: timedOut ? { all: 'n/a', openai: 'n/a' } : countSecretlint(out('secretlint')) });
  }
  if (rg) {
    const floor = best(repeat, () => measure('rg', ['--count-matches', '--no-ignore', '--hidden', '-g', '!.git', OPENAI_REGEX, dir], { stdoutFile: out('rg') }));
    rows.push({ tool: 'ripgrep, OpenAI regex only (floor)', ...floor, found: countRipgrep(out('rg')) });
  }
  report(name, rows, files, mb);
  results.workloads[name] = { files, mib: mb, planted, rows: rows.map(({ stderr, ...r }) => r) };
}

function report(name, rows, files, mb) {
  const sl = rows.find((r) => r.tool.startsWith('secretlint') && !r.error);
  const floor = rows.find((r) => r.tool.startsWith('ripgrep') && !r.error);
  // Throughput both ways: the issue's targets are in MB/s (10^6 bytes), sizes here in MiB.
  log('\n| tool | wall s | files/s | MB/s | MiB/s | peak RSS MiB | findings (OpenAI) | × secretlint throughput | × ripgrep time |');
  log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    if (r.error) {
      log(`| ${r.tool} | skipped: ${r.error} | | | | | | | |`);
      continue;
    }
    const wall = r.timedOut ? `> ${r.seconds.toFixed(0)} (timeout)` : r.seconds.toFixed(2);
    const vsSl = sl && r !== sl ? `${sl.timedOut ? '≥ ' : ''}${(sl.seconds / r.seconds).toFixed(1)}×` : '';
    const vsRg = floor && r !== floor ? `${r.timedOut ? '≥ ' : ''}${(r.seconds / floor.seconds).toFixed(1)}×` : '';
    const rss = r.maxRssMb === null ? 'n/a' : r.maxRssMb.toFixed(0);
    const rate = (unit) => (r.timedOut ? '—' : ((mb * unit) / r.seconds).toFixed(1));
    log(`| ${r.tool} | ${wall} | ${r.timedOut ? '—' : Math.round(files / r.seconds)} | ${rate(1.048576)} | ${rate(1)} | ${rss} | ${r.found.all} (${r.found.openai}) | ${vsSl} | ${vsRg} |`);
  }
  const ours = rows.filter((r) => r.tool.startsWith('openai-secret-lint') && !r.error).map((r) => r.found.all);
  if (new Set(ours).size > 1) log(`\nWARNING ${name}: our runs disagree on the number of findings (${ours.join(' / ')})`);
}

if (only.has('corpus')) {
  runTree('corpus', path.resolve(repo, '..', 'shared', 'corpus'), { secretlintTimeout: Number(process.env.BENCH_SECRETLINT_TIMEOUT ?? 900) });
}
if (only.has('big')) {
  const big = ensureBigRepo(path.join(work, 'big'), { log });
  runTree('big', big.dir, { planted: big.planted, secretlintTimeout: Number(process.env.BENCH_SECRETLINT_BIG_TIMEOUT ?? 300) });
}
if (only.has('history')) {
  const history = ensureHistoryRepo(path.join(work, 'history'), { log });
  log(`\n## history: ${history.dir} — ${history.commits} commits, ${history.planted} OpenAI keys planted`);
  const usage = readFileSync(cli.file, 'utf8').includes('--history');
  const rows = [];
  if (!usage) rows.push({ tool: 'openai-secret-lint --history', error: 'this build has no --history' });
  else {
    const out = path.join(work, 'history-ours.out');
    const ours = best(repeat, () => measure(process.execPath, [cli.file, 'scan', '--history', '--format', 'json', '--output', out, '--fail-on', 'critical', history.dir], { cwd: history.dir }));
    rows.push({ tool: 'openai-secret-lint --history', ...ours, found: countOurs(out) });
  }
  if (rg) {
    const out = path.join(work, 'history-rg.out');
    const floor = best(repeat, () => measure('sh', ['-c', `git log -p | rg --count-matches '${OPENAI_REGEX}'`], { cwd: history.dir, stdoutFile: out }));
    rows.push({ tool: 'git log -p | rg (floor; counts every patch line, unique keys are fewer)', ...floor, found: countRipgrep(out) });
  }
  const floor = rows.find((r) => r.tool.startsWith('git log') && !r.error);
  log('\n| tool | wall s | commits/s | peak RSS MiB | findings (OpenAI) | × floor time |\n|---|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    if (r.error) log(`| ${r.tool} | not measured: ${r.error} | | | | |`);
    else log(`| ${r.tool} | ${r.seconds.toFixed(2)} | ${Math.round(history.commits / r.seconds)} | ${r.maxRssMb?.toFixed(0) ?? 'n/a'} | ${r.found.all} (${r.found.openai}) | ${floor && r !== floor ? (r.seconds / floor.seconds).toFixed(1) + '×' : ''} |`);
  }
  results.workloads.history = { commits: history.commits, planted: history.planted, rows: rows.map(({ stderr, ...r }) => r) };
}

if (only.has('startup')) {
  // A pre-commit hook pays start-up on every commit: compare with Node's own start-up, per Node.
  // Timed without GNU time (its own start would count), the three commands taken in turn so that
  // the machine's load falls on each alike; medians of many runs, and each over `node -e 0` of
  // the same round. The caches (Node's compile cache on 22+, the chunk code cache on 20) live in a
  // directory of the benchmark's own: the first run fills them (shown apart, "cold").
  const staged = path.join(work, 'startup-repo');
  const git = (...args) => execFileSync('git', args, { cwd: staged, stdio: 'ignore' });
  // As in a real hook: a repository with history, one file changed and staged.
  rmSync(staged, { recursive: true, force: true });
  mkdirSync(staged, { recursive: true });
  git('init', '-q');
  writeFileSync(path.join(staged, 'app.py'), 'print("hello")\n');
  git('add', 'app.py');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'commit', '-q', '-m', 'first');
  writeFileSync(path.join(staged, 'app.py'), 'print("hello")\nprint("again")\n');
  git('add', 'app.py');
  const nodes = [['node ' + process.version, process.execPath]];
  const node24 = process.env.BENCH_NODE24 ?? process.env.OSL_NODE24;
  if (node24) nodes.push(['node ' + execFileSync(node24, ['--version'], { encoding: 'utf8' }).trim(), node24]);
  const runs = Number(process.env.BENCH_STARTUP_RUNS ?? 41);
  const median = (values) => [...values].sort((x, y) => x - y)[values.length >> 1];
  const rows = [];
  log(`\n## startup: median of ${runs} runs each (min in brackets), taken in turn with \`node -e 0\`\n`);
  log('| node | node -e 0 ms | --version ms | scan --staged ms | --version ÷ floor | --staged ÷ floor | --staged, cold cache ms |\n|---|---:|---:|---:|---:|---:|---:|');
  for (const [label, bin] of nodes) {
    const cache = path.join(work, 'startup-cache');
    rmSync(cache, { recursive: true, force: true });
    const env = { ...process.env, XDG_CACHE_HOME: cache, NODE_COMPILE_CACHE: '', NODE_DISABLE_COMPILE_CACHE: '' };
    const time = (args) => {
      const started = process.hrtime.bigint();
      const run = spawnSync(bin, args, { cwd: staged, env, stdio: 'ignore' });
      if (run.status !== 0 && !(run.status === 1 && args.includes('scan'))) throw new Error(`${label} ${args.join(' ')}: exit ${run.status}`);
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const commands = { floor: ['-e', '0'], version: [cli.file, '--version'], staged: [cli.file, 'scan', '--staged'] };
    const cold = time(commands.staged);
    time(commands.version);
    const times = { floor: [], version: [], staged: [] };
    const ratios = { version: [], staged: [] };
    for (let i = 0; i < runs; i++) {
      const floor = time(commands.floor);
      const version = time(commands.version);
      const scan = time(commands.staged);
      times.floor.push(floor);
      times.version.push(version);
      times.staged.push(scan);
      ratios.version.push(version / floor);
      ratios.staged.push(scan / floor);
    }
    const cell = (values) => `${median(values).toFixed(0)} (${Math.min(...values).toFixed(0)})`;
    const row = { node: label, runs, floorMs: median(times.floor), versionMs: median(times.version), stagedMs: median(times.staged), versionRatio: median(ratios.version), stagedRatio: median(ratios.staged), stagedColdMs: cold, minMs: { floor: Math.min(...times.floor), version: Math.min(...times.version), staged: Math.min(...times.staged) } };
    rows.push(row);
    log(`| ${label} | ${cell(times.floor)} | ${cell(times.version)} | ${cell(times.staged)} | ${row.versionRatio.toFixed(2)}× | ${row.stagedRatio.toFixed(2)}× | ${cold.toFixed(0)} |`);
  }
  results.workloads.startup = rows;
}

writeFileSync(path.join(work, 'results.json'), JSON.stringify(results, null, 2));
log(`\nRaw results: ${path.join(work, 'results.json')} (load average now ${os.loadavg().map((l) => l.toFixed(1)).join(' ')})`);

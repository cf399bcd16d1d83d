#!/usr/bin/env node
// `npm run bench`: openai-secret-lint against the latest secretlint (recommended preset, installed
// under BENCH_DIR at run time) and a ripgrep floor (the OpenAI regex only, native, both cores), in
// one run, under the system Node and Node 24 (installed from the npm registry unless BENCH_NODE24
// names one; BENCH_NODE24=0 skips it), on:
//   corpus   ../shared/corpus (real CI/CD configuration)
//   big      a generated ~20,000-file / ~200 MB repository under /tmp (keys planted)
//   history  a generated 5,000-commit repository and this repository's own history (a clone):
//            --history against `git log -p` alone (and `git log -p | rg`)
//   startup  `--version` and `scan --staged` of a one-file change against `node -e 0` (the floor),
//            under this Node and, when BENCH_NODE24 (or OSL_NODE24) names one, under Node 24 too;
//            medians of BENCH_STARTUP_RUNS=41 runs
// It prints wall time, files/s, MB/s, peak memory and findings per tool, and ratios measured in
// this same run. Nothing is asserted. Environment knobs (all optional):
//   BENCH_ONLY=corpus,big,history   BENCH_REPEAT=3 (fast tools: best of N)
//   BENCH_SECRETLINT=0 (skip it)    BENCH_SECRETLINT_TIMEOUT=900 / BENCH_SECRETLINT_BIG_TIMEOUT=300 (s)
//   BENCH_DIR=/tmp/osl-bench        BENCH_CLI=path/to/built/cli.js (skip bundling)
//   BENCH_SECRETLINT_VERSION=x.y.z (default: the latest)   BENCH_SECRETLINT_REPEAT=1
//   BENCH_NODE24=path|0 (default: node@24 from npm under BENCH_DIR/node24)   BENCH_PROBE=0 (no probe rows)
//   BENCH_CLI_BEFORE=path/to/earlier/cli.js (A/B rows: run alternately with this build)
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
import { bundle, countOurs, countRipgrep, countSecretlint, ensureNode24, ensureSecretlint, ripgrepVersion } from './lib/tools.mjs';

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
log(secretlint ? `secretlint: ${secretlint.version} with @secretlint/secretlint-rule-preset-recommend ${secretlint.preset} (the latest release; BENCH_SECRETLINT_VERSION pins another)` : 'secretlint: skipped (BENCH_SECRETLINT=0 or install failed)');
// Both runtimes the tool ships for: the system Node (CLI, pre-commit) and Node 24 (the Action).
// Every tool runs under each, and ratios compare tools under the same Node.
const node24 = ensureNode24(path.join(work, 'node24'), log);
const nodes = [{ label: `Node ${process.version}`, bin: process.execPath }];
if (node24 && node24.version !== process.version) nodes.push({ label: `Node ${node24.version}`, bin: node24.bin });
log(`Node runtimes: ${nodes.map((n) => n.label).join(', ')}${node24 ? '' : ' (Node 24 skipped: BENCH_NODE24=0 or install failed)'}`);
const secretlintRepeat = Number(process.env.BENCH_SECRETLINT_REPEAT ?? 1);
// An earlier build to compare with, A/B in the same run (e.g. a bundle of main before a change).
const before = process.env.BENCH_CLI_BEFORE ? path.resolve(process.env.BENCH_CLI_BEFORE) : null;
if (before) log(`Earlier build (A/B): ${before}`);

/** Best of `times` runs of each of two commands, run alternately (a, b, a, b, …). */
function alternate(times, a, b) {
  let bestA = null;
  let bestB = null;
  for (let i = 0; i < times; i++) {
    const ra = a();
    const rb = b();
    if (!ra.error && (!bestA || ra.seconds < bestA.seconds)) bestA = ra;
    if (!rb.error && (!bestB || rb.seconds < bestB.seconds)) bestB = rb;
    if (ra.error) bestA = ra;
    if (rb.error) bestB = rb;
  }
  return [bestA, bestB];
}

const results = { machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, load }, versions: { nodes: nodes.map((n) => n.label), secretlint: secretlint?.version ?? null, ripgrep: rg }, workloads: {} };

function runTree(name, dir, { planted = null, secretlintTimeout }) {
  const { files, bytes } = treeSize(dir);
  const mb = bytes / 2 ** 20;
  log(`\n## ${name}: ${dir} — ${files} files, ${mb.toFixed(1)} MiB${planted === null ? '' : `, ${planted} OpenAI keys planted`}`);
  const all = [];
  for (const node of nodes) {
    const rows = [];
    const tag = node === nodes[0] ? '' : '-node24';
    const out = (tool) => path.join(work, `${name}-${tool}${tag}.out`);
    const scanWith = (file, output) => () => measure(node.bin, [file, 'scan', dir, '--format', 'json', '--output', output, '--fail-on', 'critical']);
    if (before) {
      // A/B: this build and the earlier one alternate, run by run, so both see the same load.
      const [ours, old] = alternate(repeat, scanWith(cli.file, out('ours')), scanWith(before, out('before')));
      rows.push({ tool: 'openai-secret-lint (CLI, auto threads)', ...ours, found: countOurs(out('ours')) });
      rows.push({ tool: 'openai-secret-lint before (BENCH_CLI_BEFORE, auto threads)', ...old, found: countOurs(out('before')) });
    } else {
      const ours = best(repeat, scanWith(cli.file, out('ours')));
      rows.push({ tool: 'openai-secret-lint (CLI, auto threads)', ...ours, found: countOurs(out('ours')) });
    }
    if (!probe.error && process.env.BENCH_PROBE !== '0') {
      const single = best(repeat, () => measure(node.bin, [probe.file, dir, '0', out('ours-1')]));
      rows.push({ tool: 'openai-secret-lint, 1 thread (probe)', ...single, found: countOurs(out('ours-1')) });
      const auto = best(repeat, () => measure(node.bin, [probe.file, dir, 'auto', out('ours-auto')]));
      rows.push({ tool: 'openai-secret-lint, auto threads (probe)', ...auto, found: countOurs(out('ours-auto')) });
    }
    if (secretlint) {
      const ignore = path.join(work, 'secretlintignore');
      writeFileSync(ignore, '**/.git/**\n');
      // Run under the same Node as ours (its bin is a JavaScript file with a `node` shebang).
      const sl = best(secretlintRepeat, () => {
        const run = measure('timeout', ['-k', '10', String(secretlintTimeout), node.bin, secretlint.bin, `${dir}/**/*`, '--secretlintrc', secretlint.config, '--secretlintignore', ignore, '--format', 'json', '--output', out('secretlint')], { cwd: path.dirname(secretlint.config) });
        // `timeout` exits 124; when its signal also ends GNU time's report, the clock still tells.
        return run.error ? run : { ...run, timedOut: run.status === 124 || run.seconds >= secretlintTimeout };
      });
      rows.push({ tool: `secretlint ${secretlint.version} (recommended preset)`, ...sl, found: sl.timedOut ? { all: 'n/a', openai: 'n/a' } : countSecretlint(out('secretlint')) });
    }
    if (rg && node === nodes[0]) {
      const floor = best(repeat, () => measure('rg', ['--count-matches', '--no-ignore', '--hidden', '-g', '!.git', OPENAI_REGEX, dir], { stdoutFile: out('rg') }));
      rows.push({ tool: 'ripgrep, OpenAI regex only (floor)', ...floor, found: countRipgrep(out('rg')) });
    } else if (rg) rows.push({ ...all.find((r) => r.tool.startsWith('ripgrep')) });
    log(`\n### ${name} under ${node.label}`);
    report(name, rows, files, mb);
    for (const r of rows) all.push({ ...r, node: node.label });
  }
  results.workloads[name] = { files, mib: mb, planted, rows: all.map(({ stderr, ...r }) => r) };
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
    const vsSl = sl && r !== sl && !r.tool.startsWith('ripgrep') ? `${sl.timedOut ? '≥ ' : ''}${(sl.seconds / r.seconds).toFixed(1)}×` : '';
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
  // Two histories: the generated one (keys planted over 5,000 commits) and a real one, this
  // project's own repository (cloned, so the bench never reads the working copy's .git).
  const generated = ensureHistoryRepo(path.join(work, 'history'), { log });
  const real = path.join(work, 'history-self');
  rmSync(real, { recursive: true, force: true });
  execFileSync('git', ['clone', '-q', '--no-local', repo, real]);
  const realCommits = Number(execFileSync('git', ['rev-list', '--count', 'HEAD'], { cwd: real, encoding: 'utf8' }).trim());
  // The CLI may be split into chunks (the scanner is loaded lazily): its help names the option.
  const usage = execFileSync(process.execPath, [cli.file, '--help'], { encoding: 'utf8' }).includes('--history');
  results.workloads.history = [];
  for (const h of [{ name: 'history', dir: generated.dir, commits: generated.commits, what: `generated, ${generated.planted} OpenAI keys planted` }, { name: 'history-self', dir: real, commits: realCommits, what: 'this repository (real history)' }]) {
    const patch = Number(execFileSync('sh', ['-c', 'git log -p | wc -c'], { cwd: h.dir, encoding: 'utf8' }).trim());
    log(`\n## ${h.name}: ${h.dir} — ${h.commits} commits, ${(patch / 2 ** 20).toFixed(1)} MiB of \`git log -p\`, ${h.what}`);
    const rows = [];
    // The floor the issue names: `git log -p` alone, its output discarded.
    const floor = best(repeat, () => measure('sh', ['-c', 'git log -p > /dev/null'], { cwd: h.dir }));
    rows.push({ tool: '`git log -p` alone (floor)', ...floor, found: { all: '', openai: '' } });
    // What the scan itself asks git for: every text diff (also of files marked -diff, as dist/ is
    // here), no context lines, renames followed, in topological order.
    const read = best(repeat, () => measure('sh', ['-c', 'git log -p --text -U0 -M --topo-order --full-index --diff-merges=first-parent > /dev/null'], { cwd: h.dir }));
    rows.push({ tool: '`git log -p --text -U0 -M --topo-order` (what --history reads)', ...read, found: { all: '', openai: '' } });
    for (const node of nodes) {
      if (!usage) {
        rows.push({ tool: 'openai-secret-lint --history', error: 'this build has no --history' });
        break;
      }
      const out = path.join(work, `${h.name}-ours${node === nodes[0] ? '' : '-node24'}.out`);
      const history = (file, output) => () => measure(node.bin, [file, 'scan', '--history', '--format', 'json', '--output', output, '--fail-on', 'critical', h.dir], { cwd: h.dir });
      if (before) {
        const outBefore = path.join(work, `${h.name}-before${node === nodes[0] ? '' : '-node24'}.out`);
        const [ours, old] = alternate(repeat, history(cli.file, out), history(before, outBefore));
        rows.push({ tool: `openai-secret-lint --history (${node.label})`, ...ours, found: countOurs(out) });
        rows.push({ tool: `openai-secret-lint before --history (${node.label})`, ...old, found: countOurs(outBefore) });
      } else {
        const ours = best(repeat, history(cli.file, out));
        rows.push({ tool: `openai-secret-lint --history (${node.label})`, ...ours, found: countOurs(out) });
      }
    }
    if (rg) {
      const out = path.join(work, `${h.name}-rg.out`);
      const piped = best(repeat, () => measure('sh', ['-c', `git log -p | rg --count-matches '${OPENAI_REGEX}'`], { cwd: h.dir, stdoutFile: out }));
      rows.push({ tool: '`git log -p | rg` (counts every patch line a key is on)', ...piped, found: countRipgrep(out) });
    }
    log('\n| tool | wall s | commits/s | peak RSS MiB | findings (OpenAI) | × `git log -p` time |\n|---|---:|---:|---:|---:|---:|');
    for (const r of rows) {
      if (r.error) log(`| ${r.tool} | not measured: ${r.error} | | | | |`);
      else log(`| ${r.tool} | ${r.seconds.toFixed(2)} | ${Math.round(h.commits / r.seconds)} | ${r.maxRssMb?.toFixed(0) ?? 'n/a'} | ${r.found.all} (${r.found.openai}) | ${floor.error || r.tool.includes('alone') ? '' : (r.seconds / floor.seconds).toFixed(2) + '×'} |`);
    }
    results.workloads.history.push({ name: h.name, commits: h.commits, patchBytes: patch, rows: rows.map(({ stderr, ...r }) => r) });
  }
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
  // Node 20 reads NODE_EXTRA_CA_CERTS at start (Node 24 when a TLS connection needs it): a big
  // bundle there adds tens of milliseconds to every row of Node 20, the floor included.
  if (process.env.NODE_EXTRA_CA_CERTS) log('(NODE_EXTRA_CA_CERTS is set: Node 20 loads it at start, which raises its floor; `env -u NODE_EXTRA_CA_CERTS` shows the tool alone)\n');
  log('| node | node -e 0 ms | --version ms | scan --staged ms | --version ÷ floor | --staged ÷ floor | --staged, cold cache ms |\n|---|---:|---:|---:|---:|---:|---:|');
  for (const [label, bin] of nodes) {
    const cache = path.join(work, 'startup-cache');
    rmSync(cache, { recursive: true, force: true });
    // Node's own cache switches are left out, not set empty: Node 24 takes an empty
    // NODE_DISABLE_COMPILE_CACHE as set (this script did so until 2026-12-03, slowing Node 24's rows).
    const { NODE_COMPILE_CACHE: _c, NODE_DISABLE_COMPILE_CACHE: _d, ...inherited } = process.env;
    const env = { ...inherited, XDG_CACHE_HOME: cache };
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

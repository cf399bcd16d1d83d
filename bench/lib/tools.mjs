// The tools compared: our CLI (bundled to /tmp from the current sources), secretlint with its
// recommended preset (installed under /tmp for the benchmark only), ripgrep with the OpenAI regex.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Bundles an entry to `outDir/index.js`: ncc as the release build does; if ncc fails (it type-checks
 * the whole project, which a colleague's unfinished file can break) rolldown, a dependency of vitest.
 */
export function bundle(repo, entry, outDir, log) {
  const ncc = spawnSync('npx', ['ncc', 'build', entry, '-o', outDir, '--quiet', '--target', 'es2022'], { cwd: repo, encoding: 'utf8' });
  if (ncc.status === 0) return { file: path.join(outDir, 'index.js'), bundler: 'ncc' };
  log(`  ncc failed (${(ncc.stderr || ncc.stdout).split('\n').find((l) => l.includes('ERROR')) ?? 'see ncc output'}); using rolldown`);
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, 'index.mjs');
  const rd = spawnSync('npx', ['rolldown', entry, '--format', 'esm', '--platform', 'node', '--file', file], { cwd: repo, encoding: 'utf8' });
  if (rd.status === 0) return { file, bundler: 'rolldown' };
  return { error: `cannot bundle ${entry}: ${rd.stderr}` };
}

/**
 * Installs the LATEST secretlint and its recommended preset outside the repository (one folder per
 * version under `prefix`, so a new release is picked up and an old install is never mistaken for
 * it); null when that fails. BENCH_SECRETLINT_VERSION pins a version instead (e.g. 12.0.0).
 */
export function ensureSecretlint(prefix, log) {
  let version = process.env.BENCH_SECRETLINT_VERSION;
  if (!version) {
    const view = spawnSync('npm', ['view', 'secretlint', 'version'], { encoding: 'utf8' });
    version = view.status === 0 ? view.stdout.trim() : null;
  }
  if (!version) {
    log('  npm view secretlint failed: cannot tell the latest version');
    return null;
  }
  const dir = path.join(prefix, `secretlint-${version}`);
  const bin = path.join(dir, 'node_modules', '.bin', 'secretlint');
  if (!existsSync(bin)) {
    log(`  installing secretlint ${version} into ${dir} (benchmark only)…`);
    const npm = spawnSync('npm', ['install', '--silent', '--no-audit', '--no-fund', '--prefix', dir, `secretlint@${version}`, `@secretlint/secretlint-rule-preset-recommend@^${version.split('.')[0]}`], { encoding: 'utf8' });
    if (npm.status !== 0 || !existsSync(bin)) return null;
  }
  const config = path.join(dir, '.secretlintrc.json');
  writeFileSync(config, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
  const installed = (name) => JSON.parse(readFileSync(path.join(dir, 'node_modules', ...name.split('/'), 'package.json'), 'utf8')).version;
  return { bin, config, version: installed('secretlint'), preset: installed('@secretlint/secretlint-rule-preset-recommend') };
}

/**
 * A Node 24 binary for the second runtime (the Action runs on node24): BENCH_NODE24 / OSL_NODE24
 * when given, else `node@24` from the npm registry installed under `prefix` (as .ci/run does);
 * BENCH_NODE24=0 skips it. Returns { bin, version } or null.
 */
export function ensureNode24(prefix, log) {
  const given = process.env.BENCH_NODE24 ?? process.env.OSL_NODE24;
  if (given === '0') return null;
  let bin = given;
  if (!bin) {
    bin = path.join(prefix, 'node_modules', '.bin', 'node');
    if (!existsSync(bin)) {
      log(`  installing node@24 into ${prefix} (benchmark only)…`);
      const npm = spawnSync('npm', ['install', '--silent', '--no-audit', '--no-fund', '--no-save', '--prefix', prefix, 'node@24'], { encoding: 'utf8' });
      if (npm.status !== 0 || !existsSync(bin)) return null;
    }
  }
  try {
    return { bin, version: execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim() };
  } catch {
    return null;
  }
}

export function ripgrepVersion() {
  try {
    return execFileSync('rg', ['--version'], { encoding: 'utf8' }).split('\n')[0];
  } catch {
    return null;
  }
}

/** Findings in our JSON report: all, and OpenAI keys. */
export function countOurs(file) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    return { all: report.findings.length, openai: report.findings.filter((f) => f.ruleId === 'openai-api-key').length, stats: report.stats, diagnostics: report.diagnostics.length };
  } catch {
    return { all: '?', openai: '?' };
  }
}

/** Findings in secretlint's JSON output (an array of files, each with messages). */
export function countSecretlint(file) {
  try {
    const files = JSON.parse(readFileSync(file, 'utf8'));
    const messages = files.flatMap((f) => f.messages);
    return { all: messages.length, openai: messages.filter((m) => /openai/i.test(m.ruleId)).length };
  } catch {
    return { all: '?', openai: '?' };
  }
}

/** Sum of `path:count` lines from rg --count-matches (or plain counts from stdin mode). */
export function countRipgrep(file) {
  const text = readFileSync(file, 'utf8');
  const n = text.split('\n').filter(Boolean).reduce((sum, l) => sum + Number(l.split(':').pop()), 0);
  return { all: n, openai: n };
}

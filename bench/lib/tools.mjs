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

/** Installs secretlint and its recommended preset outside the repository; null when that fails. */
export function ensureSecretlint(prefix, log) {
  const bin = path.join(prefix, 'node_modules', '.bin', 'secretlint');
  if (!existsSync(bin)) {
    log(`  installing secretlint into ${prefix} (benchmark only)…`);
    const npm = spawnSync('npm', ['install', '--silent', '--prefix', prefix, 'secretlint', '@secretlint/secretlint-rule-preset-recommend'], { encoding: 'utf8' });
    if (npm.status !== 0 || !existsSync(bin)) return null;
  }
  const config = path.join(prefix, '.secretlintrc.json');
  writeFileSync(config, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
  const version = JSON.parse(readFileSync(path.join(prefix, 'node_modules', 'secretlint', 'package.json'), 'utf8')).version;
  return { bin, config, version };
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

#!/usr/bin/env node
// `npm run bench`: scans ../shared/corpus with the built CLI and, in the same run, with a floor that
// only reads every file and runs the OpenAI key regex (ripgrep when installed, else plain Node).
// Figures are printed as ratios against that floor; nothing here is asserted.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const target = path.resolve(process.argv[2] ?? path.join(repo, '..', 'shared', 'corpus'));
const OPENAI_REGEX = 'sk-[A-Za-z0-9_-]*T3BlbkFJ[A-Za-z0-9_-]+';

function listFiles(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== '.git') listFiles(abs, out);
    else if (entry.isFile()) out.push(abs);
  }
  return out;
}

function timed(label, command, args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.error) return { label, skipped: result.error.message };
  return { label, seconds, stdout: result.stdout, status: result.status };
}

const files = listFiles(target);
const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
const mb = bytes / 1024 / 1024;
console.log(`Target: ${target} (${files.length} files, ${mb.toFixed(1)} MB) on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);

const runs = [];
const ours = timed('openai-secret-lint', process.execPath, [path.join(repo, 'dist/cli/index.js'), 'scan', target, '--format', 'json', '--fail-on', 'critical']);
try {
  ours.findings = JSON.parse(ours.stdout).findings.length;
} catch {
  ours.findings = '?';
}
runs.push(ours);

const rg = timed('ripgrep (OpenAI regex only)', 'rg', ['-c', '--no-ignore', '--hidden', OPENAI_REGEX, target]);
if (!rg.skipped) rg.findings = rg.stdout.split('\n').filter(Boolean).reduce((n, l) => n + Number(l.split(':').pop()), 0);
runs.push(rg);

// The in-process floor: read every file and run one regex, nothing else.
const started = process.hrtime.bigint();
let floorHits = 0;
const pattern = new RegExp(OPENAI_REGEX, 'g');
for (const file of files) floorHits += (readFileSync(file, 'latin1').match(pattern) ?? []).length;
runs.push({ label: 'node read + regex floor', seconds: Number(process.hrtime.bigint() - started) / 1e9, findings: floorHits });

const floor = runs.find((r) => r.label.startsWith('ripgrep') && !r.skipped) ?? runs[runs.length - 1];
console.log('\n| tool | wall s | files/s | MB/s | findings | × floor |\n|---|---:|---:|---:|---:|---:|');
for (const r of runs) {
  if (r.skipped) {
    console.log(`| ${r.label} | skipped: ${r.skipped} | | | | |`);
    continue;
  }
  console.log(`| ${r.label} | ${r.seconds.toFixed(2)} | ${Math.round(files.length / r.seconds)} | ${(mb / r.seconds).toFixed(1)} | ${r.findings} | ${(r.seconds / floor.seconds).toFixed(1)} |`);
}

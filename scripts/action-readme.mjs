// Writes the README's inputs/outputs table from action.yml, between
// <!-- action-inputs:start --> and <!-- action-inputs:end -->.
// `--check` changes nothing and exits 1 when the README is stale (a test runs it).
// `--root DIR` works on another checkout (tests use a scratch copy).
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const START = '<!-- action-inputs:start -->';
const END = '<!-- action-inputs:end -->';

export function renderTable(action) {
  const cell = (text) => String(text ?? '').replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').trim();
  const lines = ['### Inputs', '', '| Input | Description | Default |', '| --- | --- | --- |'];
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    const fallback = spec.default === undefined || spec.default === '' ? '' : `\`${cell(spec.default)}\``;
    lines.push(`| \`${name}\` | ${cell(spec.description)} | ${fallback} |`);
  }
  lines.push('', '### Outputs', '', '| Output | Description |', '| --- | --- |');
  for (const [name, spec] of Object.entries(action.outputs ?? {})) lines.push(`| \`${name}\` | ${cell(spec.description)} |`);
  return lines.join('\n');
}

export function updateReadme(readme, action) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start) throw new Error(`README.md needs the markers ${START} and ${END}`);
  return `${readme.slice(0, start + START.length)}\n${renderTable(action)}\n${readme.slice(end)}`;
}

const rootArg = process.argv.indexOf('--root');
const root = rootArg !== -1 ? pathToFileURL(`${process.argv[rootArg + 1]}/`) : new URL('..', import.meta.url);
const readmePath = new URL('README.md', root);
const readme = readFileSync(readmePath, 'utf8');
const updated = updateReadme(readme, parse(readFileSync(new URL('action.yml', root), 'utf8')));
if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error('README.md inputs/outputs table is stale: run node scripts/action-readme.mjs');
    process.exit(1);
  }
} else if (updated !== readme) {
  writeFileSync(readmePath, updated);
  console.log('README.md inputs/outputs table updated');
}

// Generates a repository of N commits (default 5,000) with `git fast-import`: each commit edits a
// few source, YAML and JSON files; one commit in ~50 adds an OpenAI key (later commits often
// remove it again, as real leaks go). Seeded and reused when present.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { seeded } from './keys.mjs';

const VERSION = 1;

export function ensureHistoryRepo(dir, { commits = 5_000, log = console.log } = {}) {
  const manifestPath = `${dir}.manifest.json`;
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (manifest.version === VERSION && manifest.commits === commits) return { dir, ...manifest };
  }
  log(`generating a ${commits}-commit repository under ${dir} (once; reused by later runs)…`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  const rng = seeded(5_000);
  const files = new Map();
  const words = ['alpha', 'beta', 'gamma', 'delta', 'request', 'client', 'token', 'cache', 'retry', 'config'];
  const line = () => `  ${rng.pick(words)}_${rng.int(1000)} = ${rng.pick(['"' + rng.string(20) + '"', String(rng.int(1e6)), 'None', `call(${rng.pick(words)})`])}`;
  const chunks = [];
  let planted = 0;
  for (let c = 0; c < commits; c++) {
    const edits = 1 + rng.int(4);
    const touched = [];
    for (let e = 0; e < edits; e++) {
      const name = rng.pick([`src/mod_${rng.int(300)}.py`, `deploy/app-${rng.int(60)}.yaml`, `config/settings-${rng.int(80)}.json`, `.github/workflows/ci-${rng.int(10)}.yml`]);
      const lines = files.get(name) ?? Array.from({ length: 20 + rng.int(60) }, line);
      for (let k = 0; k < 3 + rng.int(10); k++) lines[rng.int(lines.length)] = line();
      if (rng.int(50) === 0) {
        lines.splice(rng.int(lines.length), 0, `  OPENAI_API_KEY = "${rng.openaiKey()}"`);
        planted++;
      }
      files.set(name, lines);
      touched.push(name);
    }
    chunks.push(`commit refs/heads/main\nmark :${c + 1}\ncommitter bench <bench@example.invalid> ${1_600_000_000 + c * 600} +0000\n`);
    const message = `change ${c}`;
    chunks.push(`data ${Buffer.byteLength(message)}\n${message}\n`);
    if (c > 0) chunks.push(`from :${c}\n`);
    for (const name of new Set(touched)) {
      const content = files.get(name).join('\n') + '\n';
      chunks.push(`M 100644 inline ${name}\ndata ${Buffer.byteLength(content)}\n${content}\n`);
    }
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: chunks.join(''), maxBuffer: 1 << 28 });
  execFileSync('git', ['checkout', '-q', '-f', 'main'], { cwd: dir });
  const manifest = { version: VERSION, commits, planted };
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return { dir, ...manifest };
}

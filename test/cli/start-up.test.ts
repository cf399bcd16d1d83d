/**
 * Start-up (issue 20): `--version` must load nothing but the entry, and the entry must never
 * import a library statically (a pre-commit hook pays for it on every commit). Checked on the
 * sources' static import graph and on the built entry; no timing is asserted (bench/ measures).
 * On Node without a compile cache of its own (20), the chunks are compiled with V8's code cache
 * (src/cli/chunk-cache.ts): the cache must be private, keyed by content, and never change a result.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs, gitIn, makeRepo } from '../helpers/repo.js';

afterAll(cleanupTempDirs);

const repoRoot = path.resolve(import.meta.dirname, '../..');
const SRC = path.join(repoRoot, 'src');
const entry = path.join(repoRoot, 'dist/cli/index.js');

/** Static imports (`import … from`, `export … from`, `import '…'`) of one source file; `import()` is not static. */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) found.push(m[1]!);
  return found;
}

/** Every module `file` reaches through static imports: source files (relative to src/) and packages. */
function staticClosure(file: string): { sources: Set<string>; packages: Set<string> } {
  const sources = new Set<string>();
  const packages = new Set<string>();
  const visit = (abs: string) => {
    const rel = path.relative(SRC, abs).split(path.sep).join('/');
    if (sources.has(rel)) return;
    sources.add(rel);
    for (const spec of staticImports(abs)) {
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(abs), spec.replace(/\.js$/, '.ts')));
      else packages.add(spec);
    }
  };
  visit(file);
  return { sources, packages };
}

describe('the CLI entry', () => {
  it('reaches no library and no scanner code through static imports (only Node built-ins)', () => {
    const { sources, packages } = staticClosure(path.join(SRC, 'cli/index.ts'));
    expect([...packages].filter((p) => !p.startsWith('node:'))).toEqual([]);
    expect([...sources].filter((s) => /^(analyzers|config|detectors|yaml|verify|action|output|history|org|discover)\//.test(s) || s === 'cli/main.ts')).toEqual([]);
  });

  it('the check above sees a static import of a library (it would fail on one)', () => {
    const { packages } = staticClosure(path.join(SRC, 'config/gitleaks.ts'));
    expect(packages).toContain('smol-toml');
    expect(staticClosure(path.join(SRC, 'cli/main.ts')).sources).toContain('cli/args.ts');
  });

  it('is built that way: the bundled entry imports built-ins only and holds none of ajv, yaml, @actions or undici', () => {
    const text = readFileSync(entry, 'utf8');
    const imports = [...text.matchAll(/^import\s[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((spec) => !/^(node:)?[a-z_]+$/.test(spec) || !isBuiltin(spec))).toEqual([]);
    expect(text).not.toMatch(/node_modules\/(ajv|yaml|@actions|undici|re2js|smol-toml|ignore)\b/);
    // A library inlined into the entry would make it hundreds of kilobytes (yaml alone is ~230 KB).
    expect(statSync(entry).size).toBeLessThan(64 * 1024);
  });

  it('answers --version', () => {
    const run = spawnSync(process.execPath, [entry, '--version'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^openai-secret-lint \d+\.\d+\.\d+/);
  });

  it('loads no chunk and not node:worker_threads for --version, and chunks but not node:worker_threads for a staged scan', () => {
    // Node's own list of the built-in modules and files a process loaded, written at exit.
    const hook = path.join(mkdtempSync(path.join(os.tmpdir(), 'osl-loaded-')), 'hook.cjs');
    writeFileSync(hook, `process.on('exit', () => require('node:fs').writeFileSync(process.env.OSL_LOADED, process.moduleLoadList.join('\\n')));`);
    // A chunk that loads leaves its code cache in a fresh cache folder (src/cli/chunk-cache.ts).
    const { NODE_COMPILE_CACHE: _cache, NODE_DISABLE_COMPILE_CACHE: _off, ...inherited } = process.env;
    const loaded = (args: string[]) => {
      const out = `${hook}.${args.length}.txt`;
      const cacheHome = mkdtempSync(path.join(os.tmpdir(), 'osl-loaded-cache-'));
      const run = spawnSync(process.execPath, ['--require', hook, entry, ...args], { cwd: makeRepo({ 'a.txt': 'a\n' }), encoding: 'utf8', env: { ...inherited, OSL_LOADED: out, XDG_CACHE_HOME: cacheHome } });
      expect(run.status).toBe(0);
      const cached = path.join(cacheHome, 'openai-secret-lint', 'compile-cache');
      const chunks = existsSync(cached) ? readdirSync(cached).length : 0;
      rmSync(cacheHome, { recursive: true, force: true });
      return { modules: readFileSync(out, 'utf8').split('\n'), chunks };
    };
    const forVersion = loaded(['--version']);
    expect(forVersion.modules).not.toContain('NativeModule worker_threads');
    expect(forVersion.chunks).toBe(0);
    // A staged scan never starts workers: the entry loads node:worker_threads only for WORKER_ARG.
    const forScan = loaded(['scan', '--staged']);
    expect(forScan.modules).not.toContain('NativeModule worker_threads');
    // Nor node:fs/promises (about 2 ms of modules): the staged path reads with node:fs.
    expect(forScan.modules).not.toContain('NativeModule fs/promises');
    expect(forScan.chunks).toBeGreaterThan(0);
  });
});

describe('the YAML library, the expression parser and re2js, loaded on demand (src/core/libraries.ts)', () => {
  it('are reached by no scan entry point through static imports, only through import()', () => {
    for (const file of ['core/scan.ts', 'diff/staged.ts', 'core/scan-text.ts', 'history/scan-history.ts', 'core/workers/entry.ts', 'cli/main.ts']) {
      const { packages } = staticClosure(path.join(SRC, file));
      expect([...packages].filter((p) => p === 'yaml' || p === 're2js' || p.startsWith('@actions/expressions')), file).toEqual([]);
    }
  });

  // Which chunks a run compiled: Node's vm.Script, which the chunk loader compiles each with, is
  // wrapped to record them; a chunk is known by a line of its library's own code.
  const LIBRARY_MARKERS = { yaml: "Symbol.for('yaml.map')", expressions: 'class ContextAccess ', re2js: 'class RE2JS ' };
  const librariesLoaded = (dir: string, args: string[]) => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'osl-chunks-'));
    const hook = path.join(folder, 'hook.cjs');
    const out = path.join(folder, 'chunks.txt');
    writeFileSync(
      hook,
      `const vm = require('node:vm'); const Script = vm.Script; const seen = [];
vm.Script = function (code, options) { if (options && options.filename) seen.push(options.filename); return new Script(code, options); };
process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, seen.join('\\n')));`,
    );
    const { NODE_COMPILE_CACHE: _cache, NODE_DISABLE_COMPILE_CACHE: _off, ...inherited } = process.env;
    const run = spawnSync(process.execPath, ['--require', hook, entry, ...args], { cwd: dir, encoding: 'utf8', env: { ...inherited, XDG_CACHE_HOME: folder } });
    expect(run.stderr).toBe('');
    const chunks = readFileSync(out, 'utf8').split('\n').filter((f) => f.endsWith('.js'));
    rmSync(folder, { recursive: true, force: true });
    expect(chunks.length).toBeGreaterThan(0);
    const texts = chunks.map((f) => readFileSync(f, 'utf8'));
    const has = (marker: string) => texts.some((t) => t.includes(marker));
    return { run, yaml: has(LIBRARY_MARKERS.yaml), expressions: has(LIBRARY_MARKERS.expressions), re2js: has(LIBRARY_MARKERS.re2js), actionsRules: has("id: 'gha-secret-printed'") };
  };

  it('a staged Python change loads none; a staged workflow loads YAML and the expression parser and is analysed as one; a config with patterns loads re2js', () => {
    const dir = makeRepo({ 'a.txt': 'a\n' });
    writeFileSync(path.join(dir, 'app.py'), `x = 1\nK = "${openaiKey()}"\n`);
    gitIn(dir, 'add', 'app.py');
    const plain = librariesLoaded(dir, ['scan', '--staged', '--format', 'json']);
    expect(plain.run.status).toBe(1);
    expect(JSON.parse(plain.run.stdout).findings.map((f: { ruleId: string; line: number }) => [f.ruleId, f.line])).toEqual([['openai-api-key', 2]]);
    expect([plain.yaml, plain.expressions, plain.re2js]).toEqual([false, false, false]);
    // A clean change loads no structural rule either (src/analyzers/plain-rules.ts): they come
    // with YAML, and their metadata with a finding to report.
    const cleanDir = makeRepo({ 'a.txt': 'a\n' });
    writeFileSync(path.join(cleanDir, 'app.py'), 'print("hello")\n');
    gitIn(cleanDir, 'add', 'app.py');
    const clean = librariesLoaded(cleanDir, ['scan', '--staged']);
    expect(clean.run.status).toBe(0);
    expect([clean.yaml, clean.expressions, clean.re2js, clean.actionsRules]).toEqual([false, false, false, false]);

    mkdirSync(path.join(dir, '.github/workflows'), { recursive: true });
    writeFileSync(path.join(dir, '.github/workflows/ci.yml'), 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ secrets.OPENAI_API_KEY }}"\n');
    gitIn(dir, 'add', '.github/workflows/ci.yml');
    const workflow = librariesLoaded(dir, ['scan', '--staged', '--format', 'json']);
    expect(workflow.run.status).toBe(1);
    const rules = (JSON.parse(workflow.run.stdout).findings as { ruleId: string; file: string }[]).filter((f) => f.file.endsWith('ci.yml')).map((f) => f.ruleId);
    expect(rules).toEqual(['gha-secret-printed']);
    expect([workflow.yaml, workflow.expressions, workflow.re2js, workflow.actionsRules]).toEqual([true, true, false, true]);

    writeFileSync(path.join(dir, '.openai-secret-lint.yml'), 'allow:\n  patterns:\n    - "^never-matches$"\n');
    const configured = librariesLoaded(dir, ['scan', '--staged', '--format', 'json']);
    expect(configured.run.status).toBe(1);
    expect([configured.yaml, configured.re2js]).toEqual([true, true]);
    // Each library's code is in one chunk only (a module split into two chunks loads twice).
    const dirOf = path.dirname(entry);
    for (const marker of Object.values(LIBRARY_MARKERS)) {
      expect(readdirSync(dirOf).filter((f) => f.endsWith('.js') && readFileSync(path.join(dirOf, f), 'utf8').includes(marker)), marker).toHaveLength(1);
    }
  });
});

describe('the chunk code cache (on every Node: faster than Node 22+\'s own compile cache)', () => {
  const cacheHome = mkdtempSync(path.join(os.tmpdir(), 'osl-chunk-cache-'));
  afterAll(() => rmSync(cacheHome, { recursive: true, force: true }));
  const cacheDir = path.join(cacheHome, 'openai-secret-lint', 'compile-cache');
  const chunkFiles = () => (existsSync(cacheDir) ? readdirSync(cacheDir).filter((f) => /^chunk-[0-9a-f]{64}\.v8$/.test(f)) : []);

  const repo = () => {
    const dir = makeRepo({ 'a.txt': 'a\n' });
    writeFileSync(path.join(dir, 'app.py'), `x = 1\nK = "${openaiKey()}"\n`);
    gitIn(dir, 'add', 'app.py');
    return dir;
  };
  // Node's cache switches are left out of the environment (an empty NODE_DISABLE_COMPILE_CACHE is set).
  const { NODE_COMPILE_CACHE: _cache, NODE_DISABLE_COMPILE_CACHE: _off, ...inherited } = process.env;
  const scan = (dir: string, env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [entry, 'scan', '--staged', '--format', 'json'], { cwd: dir, encoding: 'utf8', env: { ...inherited, XDG_CACHE_HOME: cacheHome, ...env } });
  const findings = (stdout: string) => (JSON.parse(stdout) as { findings: { ruleId: string; file: string; line: number; column: number }[] }).findings.map((f) => [f.ruleId, f.file, f.line, f.column]);

  it('is written privately after a run, used by the next, and changes no result', () => {
    const dir = repo();
    const first = scan(dir);
    expect(first.status).toBe(1);
    expect(findings(first.stdout)).toEqual([['openai-api-key', 'app.py', 2, 6]]);
    const written = chunkFiles();
    expect(written.length).toBeGreaterThan(0);
    for (const file of written) expect(statSync(path.join(cacheDir, file)).mode & 0o077).toBe(0);
    const second = scan(dir);
    expect(second.status).toBe(1);
    expect(findings(second.stdout)).toEqual(findings(first.stdout));
    expect(chunkFiles()).toEqual(written);
  });

  // Node 24 too when CI names one (OSL_NODE24): the hold takes effect under V8 12+ only.
  const nodes = [process.execPath, ...(process.env.OSL_NODE24 && existsSync(process.env.OSL_NODE24) ? [process.env.OSL_NODE24] : [])];
  it.each(nodes)('is used as it is by a large tree scan, which holds the heap growth (V8 keys cached code by its flags): %s', (node) => {
    // src/core/heap-growth.ts: a scan of 1,000 files or more holds while it loads its rules' chunks.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'osl-chunk-cache-large-'));
    // A cache of its own: the other tests pick entries from theirs.
    const home = mkdtempSync(path.join(os.tmpdir(), 'osl-chunk-cache-large-home-'));
    const entries = path.join(home, 'openai-secret-lint', 'compile-cache');
    try {
      mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true });
      writeFileSync(path.join(dir, '.github', 'workflows', 'ci.yml'), 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n');
      writeFileSync(path.join(dir, 'deploy.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n    - name: a\n      image: a\n');
      for (let i = 0; i < 1000; i++) writeFileSync(path.join(dir, `f${i}.txt`), `value ${i}\n`);
      const tree = () => spawnSync(node, [entry, 'scan', dir, '--format', 'json'], { encoding: 'utf8', env: { ...inherited, XDG_CACHE_HOME: home } });
      expect(tree().status).toBe(0);
      const stamp = () => Object.fromEntries(readdirSync(entries).map((f) => [f, statSync(path.join(entries, f)).mtimeMs]));
      const before = stamp();
      expect(Object.keys(before).length).toBeGreaterThan(0);
      const second = tree();
      expect(second.status).toBe(0);
      expect((JSON.parse(second.stdout) as { stats: { filesScanned: number } }).stats.filesScanned).toBe(1002);
      // Nothing rejected, so nothing written again.
      expect(stamp()).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('rejects damaged data (V8 checks it) and writes it again', () => {
    const dir = repo();
    scan(dir);
    const [victim] = chunkFiles();
    writeFileSync(path.join(cacheDir, victim!), Buffer.alloc(4096, 7));
    const run = scan(dir);
    expect(run.status).toBe(1);
    expect(findings(run.stdout)).toEqual([['openai-api-key', 'app.py', 2, 6]]);
    expect(readFileSync(path.join(cacheDir, victim!)).equals(Buffer.alloc(4096, 7))).toBe(false);
  });

  it('stays bounded: a run that writes drops the oldest entries of earlier builds, never its own', () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'osl-chunk-cache-prune-'));
    try {
      const dir = path.join(home, 'openai-secret-lint', 'compile-cache');
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const old = Array.from({ length: 150 }, (_, i) => `chunk-${i.toString(16).padStart(64, 'a')}.v8`);
      old.forEach((file, i) => {
        writeFileSync(path.join(dir, file), 'stale build');
        utimesSync(path.join(dir, file), 1_600_000_000 + i, 1_600_000_000 + i);
      });
      const run = scan(repo(), { XDG_CACHE_HOME: home });
      expect(run.status).toBe(1);
      const left = readdirSync(dir).filter((f) => /^chunk-[0-9a-f]{64}\.v8$/.test(f));
      const own = left.filter((f) => !old.includes(f));
      expect(own.length).toBeGreaterThan(0);
      expect(left).toHaveLength(120);
      // What went is the oldest of the earlier builds' entries.
      expect(left).toContain(old[149]);
      expect(left).not.toContain(old[0]);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('is not used when NODE_DISABLE_COMPILE_CACHE is set, even empty (as Node reads it)', () => {
    for (const value of ['1', '']) {
      const home = mkdtempSync(path.join(os.tmpdir(), 'osl-chunk-cache-off-'));
      try {
        const run = scan(repo(), { XDG_CACHE_HOME: home, NODE_DISABLE_COMPILE_CACHE: value });
        expect(run.status).toBe(1);
        expect(existsSync(path.join(home, 'openai-secret-lint', 'compile-cache')) ? readdirSync(path.join(home, 'openai-secret-lint', 'compile-cache')) : []).toEqual([]);
      } finally {
        rmSync(home, { recursive: true, force: true });
      }
    }
  });
});

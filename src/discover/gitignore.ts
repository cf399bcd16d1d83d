/**
 * Which paths git ignores, and by which rule. Inside a work tree git answers itself (one
 * `git check-ignore --stdin` process for every question); outside git the `ignore` package
 * reads the nested `.gitignore` files the same way, so the CLI also works on plain folders.
 *
 * Where the two cannot agree (test/env-files/gitignore.test.ts checks that they do otherwise):
 * - outside git there is no `.git/info/exclude` and no `core.excludesFile` to apply (callers may
 *   pass them as `globals`, which the parity test does), and no `.gitignore` above the top is read;
 * - `core.ignorecase` (macOS and Windows clones) is not mirrored: matching is case-sensitive;
 * - a path is taken as a file unless it has children in the question, where git looks at the disk.
 */
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { git, gitTopLevel } from '../util/git.js';
import { readRegularFileSync } from '../util/regular-file.js';

/**
 * Larger `.gitignore` files are not read (git's own limit is 100 MB): the `ignore` package
 * compiles every pattern, and a few megabytes of them took half a minute, 98 MB ran out of memory.
 */
const MAX_GITIGNORE_BYTES = 256 * 1024;

/** The rule that decided a path, as `git check-ignore -v` names it. */
export interface IgnoreRuleRef {
  /** The file holding the pattern: POSIX path from the work tree (or walk) top, or absolute. */
  source: string;
  /** 1-based line of the pattern in `source`. */
  line: number;
  pattern: string;
}

export interface IgnoreVerdict {
  ignored: boolean;
  /**
   * The last rule that matched: the ignoring rule when `ignored`, a negation (`!…`) that
   * re-included the path otherwise, or null when no rule applies.
   */
  rule: IgnoreRuleRef | null;
}

export interface IgnoreChecker {
  mode: 'git' | 'files';
  /** The directory ignore sources are relative to (work tree top, or the walk's top). */
  top: string;
  /**
   * Verdicts for paths relative to the checker's base directory (POSIX). Paths need not exist
   * (a path is taken as a file); tracked files are judged by the rules alone, as `--no-index`.
   */
  check(paths: readonly string[]): Promise<Map<string, IgnoreVerdict>>;
}

/** Git when `base` is inside a work tree, else the `.gitignore` files under `base`. */
export async function createIgnoreChecker(base: string): Promise<IgnoreChecker> {
  const top = await gitTopLevel(base);
  return top ? gitIgnoreChecker(base, top) : fileIgnoreChecker(base);
}

/** `git check-ignore` run once per batch from `base`; also honours info/exclude and core.excludesFile. */
export function gitIgnoreChecker(base: string, top: string): IgnoreChecker {
  return {
    mode: 'git',
    top,
    async check(paths) {
      const verdicts = new Map<string, IgnoreVerdict>();
      if (paths.length === 0) return verdicts;
      const input = paths.map((p) => p + '\0').join('');
      const result = await git(base, ['check-ignore', '--stdin', '-z', '-v', '--non-matching', '--no-index'], input);
      // 0: something ignored, 1: nothing ignored; anything else is a real failure.
      if (result.code !== 0 && result.code !== 1) throw new Error(`git check-ignore failed: ${result.stderr.trim()}`);
      const fields = result.stdout.toString('utf8').split('\0');
      for (let i = 0; i + 3 < fields.length; i += 4) {
        const [source, line, pattern, pathname] = [fields[i]!, fields[i + 1]!, fields[i + 2]!, fields[i + 3]!];
        // git names info/exclude by the pinned GIT_DIR, an absolute path of this machine: shown
        // relative to the top, as the .gitignore files are.
        const shown = source.startsWith(`${top}/`) ? source.slice(top.length + 1) : source;
        const rule = pattern === '' ? null : { source: shown, line: Number(line), pattern };
        verdicts.set(pathname, { ignored: rule !== null && !pattern.startsWith('!'), rule });
      }
      return verdicts;
    },
  };
}

/** Patterns that apply everywhere below `top` at the lowest precedence (git's info/exclude, excludesFile). */
export interface GlobalIgnoreSource {
  source: string;
  text: string;
}

interface Layer {
  /** POSIX directory of the `.gitignore`, relative to top ('' for top itself). */
  dir: string;
  source: string;
  matcher: Ignore;
  /** The negations with their lines, to name the one that re-included a path. */
  negations: { pattern: string; line: number }[];
}

/**
 * The nested `.gitignore` files under `top`, with git's precedence: the deepest file that has an
 * opinion wins, then `globals` (in order: info/exclude before excludesFile); a path under an
 * ignored directory is ignored whatever a negation says. Case-sensitive, as git on Linux.
 */
export function fileIgnoreChecker(top: string, globals: readonly GlobalIgnoreSource[] = []): IgnoreChecker {
  const cache = new Map<string, Promise<Layer | null>>();
  const globalLayers: Layer[] = globals.map((g) => layerFrom('', g.source, g.text));

  const layerAt = (dir: string): Promise<Layer | null> => {
    let layer = cache.get(dir);
    if (!layer) {
      const source = dir === '' ? '.gitignore' : `${dir}/.gitignore`;
      // Never through a link (git does not follow one either) and never blocking on a FIFO or
      // reading a device: the repository chose what sits there. Anything but a readable regular
      // file ignores nothing, as a missing one.
      const bytes = readRegularFileSync(path.join(top, source), MAX_GITIGNORE_BYTES);
      layer = Promise.resolve(Buffer.isBuffer(bytes) ? layerFrom(dir, source, bytes.toString('utf8')) : null);
      cache.set(dir, layer);
    }
    return layer;
  };

  const verdictFor = async (rel: string): Promise<IgnoreVerdict> => {
    const parts = normalize(rel).split('/');
    const layers: Layer[] = [];
    for (let depth = 0; depth < parts.length; depth++) {
      const dir = parts.slice(0, depth).join('/');
      const layer = await layerAt(dir);
      if (layer) layers.push(layer);
      const isDir = depth < parts.length - 1;
      const target = parts.slice(0, depth + 1).join('/');
      const verdict = decide([...layers].reverse().concat(globalLayers), target, isDir);
      // Git never looks inside an excluded directory: nothing below it can be re-included.
      if (isDir && verdict.ignored) return verdict;
      if (!isDir) return verdict;
    }
    return { ignored: false, rule: null };
  };

  return {
    mode: 'files',
    top,
    async check(paths) {
      const verdicts = new Map<string, IgnoreVerdict>();
      for (const p of paths) verdicts.set(p, await verdictFor(p));
      return verdicts;
    },
  };
}

function layerFrom(dir: string, source: string, text: string): Layer {
  const matcher = ignore({ ignorecase: false });
  const negations: { pattern: string; line: number }[] = [];
  text.split('\n').forEach((raw, index) => {
    const pattern = trimTrailingSpaces(raw.replace(/\r$/, ''));
    if (pattern === '' || pattern.startsWith('#')) return;
    // The mark carries the line number through to the rule the package reports.
    matcher.add({ pattern, mark: String(index + 1) });
    if (pattern.startsWith('!')) negations.push({ pattern, line: index + 1 });
  });
  return { dir, source, matcher, negations };
}

/** Layers in precedence order (deepest first); the first with an opinion on `target` decides. */
function decide(layers: readonly Layer[], target: string, isDir: boolean): IgnoreVerdict {
  for (const layer of layers) {
    const rel = layer.dir === '' ? target : target.slice(layer.dir.length + 1);
    const candidate = rel + (isDir ? '/' : '');
    // `test`, not `checkIgnore`: with a trailing slash the latter matches the literal `dir/` as
    // `git check-ignore dir/` does (so `logs/**` would exclude `logs/`), not as exclusion works.
    const result = layer.matcher.test(candidate);
    if (result.ignored && result.rule) {
      return { ignored: true, rule: { source: layer.source, line: Number(result.rule.mark), pattern: result.rule.pattern } };
    }
    if (result.unignored) return { ignored: false, rule: negationRule(layer, candidate) };
  }
  return { ignored: false, rule: null };
}

/**
 * The `ignore` package names no rule for a negation match, so test each negation alone, last
 * first: the last matching rule is the one git names.
 */
function negationRule(layer: Layer, candidate: string): IgnoreRuleRef {
  for (let i = layer.negations.length - 1; i >= 0; i--) {
    const { pattern, line } = layer.negations[i]!;
    if (ignore({ ignorecase: false }).add(pattern.slice(1)).ignores(candidate)) return { source: layer.source, line, pattern };
  }
  return { source: layer.source, line: 0, pattern: '!' };
}

/** Git drops trailing spaces unless a backslash escapes one, and reports the pattern without them. */
function trimTrailingSpaces(pattern: string): string {
  let end = pattern.length;
  while (end > 0 && pattern[end - 1] === ' ') {
    let slashes = 0;
    for (let i = end - 2; i >= 0 && pattern[i] === '\\'; i--) slashes++;
    if (slashes % 2 === 1) break;
    end--;
  }
  return pattern.slice(0, end);
}

function normalize(rel: string): string {
  return rel.split(path.sep).join('/').replace(/^\.\//, '').replace(/\/+$/, '');
}

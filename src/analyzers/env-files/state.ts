import path from 'node:path';
import type { DiscoveredFile } from '../../discover/files.js';
import { createIgnoreChecker, type IgnoreChecker, type IgnoreVerdict } from '../../discover/gitignore.js';
import { readTextFile } from '../../discover/read-text.js';
import type { ScanContext } from '../types.js';
import { baseName, envNameKind, isTemplate } from './naming.js';
import { findEnvFileReferences, type EnvFileReference } from './references.js';

/** An env file that is committed, or that nothing keeps from being committed. */
export interface UnprotectedEnvFile {
  file: DiscoveredFile;
  status: 'tracked' | 'not-ignored';
  /** The rule that decided this path (an ignoring rule on a tracked file, or a negation), if any. */
  verdict: IgnoreVerdict;
  /** A conventional env file beside it that an ignore rule does cover, and that rule's verdict. */
  coveredSibling: { path: string; verdict: IgnoreVerdict } | null;
  /** Configuration that uses it as an env file (the only reason some files count). */
  references: EnvFileReference[];
  /** The directory the ignore rules are relative to (the work tree's top, or the walk's). */
  ignoreTop: string;
}

/** What the env-file rules share in one scan: computed once, on first use. */
export interface EnvFileState {
  references: EnvFileReference[];
  unprotected: UnprotectedEnvFile[];
  /**
   * `.env` at the scan root, and its verdict. Asked only when a rule needs it: with no env file
   * among the files, a staged scan then starts no git process for ignore rules at all.
   */
  rootDotenv(): Promise<{ path: string; verdict: IgnoreVerdict }>;
  /** Paths of committed-on-purpose templates among the discovered files. */
  templates: string[];
  /** Cached: env files and the configuration that points at them are read by several rules. */
  readText(file: DiscoveredFile): Promise<string | null>;
  /** Not cached: for scans over many files (usage signals) that must not hold the repository in memory. */
  readOnce(file: DiscoveredFile): Promise<string | null>;
}

const states = new WeakMap<ScanContext, Promise<EnvFileState>>();

export function envFileState(context: ScanContext): Promise<EnvFileState> {
  let state = states.get(context);
  if (!state) {
    state = computeState(context);
    states.set(context, state);
  }
  return state;
}

/** Names a conventional `.env` beside a file would have, asked about to name a covering rule. */
const SIBLING_NAMES = ['.env', '.env.local'];

async function computeState(context: ScanContext): Promise<EnvFileState> {
  const { settings, files } = context;
  const texts = new Map<string, Promise<string | null>>();
  const readOnce = (file: DiscoveredFile): Promise<string | null> =>
    context.readText ? context.readText(file) : readTextFile(file.absPath, settings.maxFileSize).then((o) => (o.kind === 'text' ? o.text : null));
  const readText = (file: DiscoveredFile): Promise<string | null> => {
    let text = texts.get(file.absPath);
    if (!text) {
      text = readOnce(file);
      texts.set(file.absPath, text);
    }
    return text;
  };

  const templates = settings.envFileTemplates;
  const references = await findEnvFileReferences(files, readText);
  const referencedBy = new Map<string, EnvFileReference[]>();
  for (const ref of references) referencedBy.set(ref.path, [...(referencedBy.get(ref.path) ?? []), ref]);

  const candidates = files.filter((f) => !isTemplate(f.path, templates) && (envNameKind(f.path, templates) === 'env' || referencedBy.has(f.path)));
  const siblings = new Map<string, string[]>();
  for (const f of candidates) {
    const dir = path.posix.dirname(f.path);
    siblings.set(f.path, SIBLING_NAMES.filter((n) => n !== baseName(f.path)).map((n) => (dir === '.' ? n : `${dir}/${n}`)));
  }
  let checker: Promise<IgnoreChecker> | null = null;
  const ignoreChecker = () => (checker ??= createIgnoreChecker(settings.root));
  // The scan root's own `.env`: a subdirectory scan (a monorepo service) never reports outside itself.
  const rootDotenv = '.env';
  const none: IgnoreVerdict = { ignored: false, rule: null };
  let rootVerdict: Promise<IgnoreVerdict> | null = null;
  const unprotected: UnprotectedEnvFile[] = [];
  if (candidates.length > 0) {
    const ignore = await ignoreChecker();
    // Every question in one batch, the root `.env` too: one git process per scan.
    const questions = [...new Set([rootDotenv, ...candidates.map((f) => f.path), ...[...siblings.values()].flat()])];
    const verdicts = await ignore.check(questions);
    rootVerdict = Promise.resolve(verdicts.get(rootDotenv) ?? none);
    for (const file of candidates) {
      const verdict = verdicts.get(file.path) ?? none;
      // Ignored and untracked: exactly right, nothing to say (only an explicitly named file gets here).
      if (file.tracked !== true && verdict.ignored) continue;
      const sibling = siblings.get(file.path)!.map((p) => ({ path: p, verdict: verdicts.get(p) ?? none })).find((s) => s.verdict.ignored) ?? null;
      unprotected.push({
        file,
        status: file.tracked === true ? 'tracked' : 'not-ignored',
        verdict,
        coveredSibling: sibling,
        references: referencedBy.get(file.path) ?? [],
        ignoreTop: ignore.top,
      });
    }
  }
  const rootDotenvVerdict = async () => ({
    path: rootDotenv,
    verdict: await (rootVerdict ??= ignoreChecker()
      .then((c) => c.check([rootDotenv]))
      .then((verdicts) => verdicts.get(rootDotenv) ?? none)),
  });
  const templatePaths = files.filter((f) => envNameKind(f.path, templates) === 'template').map((f) => f.path);
  return { references, unprotected, rootDotenv: rootDotenvVerdict, templates: templatePaths, readText, readOnce };
}

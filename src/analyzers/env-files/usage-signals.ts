import type { DiscoveredFile } from '../../discover/files.js';
import { displayName, splitNul } from '../../util/file-name.js';
import { git } from '../../util/git.js';
import type { ReadText } from './references.js';

/** Evidence that a repository loads env files: the file and what in it says so. */
export interface EnvUsageSignal {
  file: string;
  evidence: string;
}

const NODE_PACKAGES = ['dotenv', 'dotenv-flow', 'dotenv-expand', '@dotenvx/dotenvx'];
const PYTHON_MANIFEST = /(^|\/)(requirements[^/]*\.(txt|in)|pyproject\.toml|Pipfile|setup\.cfg|setup\.py)$/;
const PYTHON_DOTENV = /(^|[\s"'[,])python-dotenv\b/m;
const SOURCE = /\.(py|js|mjs|cjs|jsx|ts|mts|cts|tsx)$/;
const LOADS_DOTENV =
  /\bload_dotenv\s*\(|\bdotenv_values\s*\(|\brequire\(\s*['"]dotenv(?:\/config)?['"]\s*\)|\bfrom\s+['"]dotenv(?:\/config)?['"]|\bimport\s+['"]dotenv\/config['"]/;
const VENDORED = /(^|\/)(node_modules|vendor|\.venv|venv|site-packages|dist|build)\//;

/**
 * The first signal found, cheapest first: manifests, then source files. Stops at the first hit,
 * so a repository that uses dotenv costs a handful of reads.
 */
export async function findEnvUsage(
  files: readonly DiscoveredFile[],
  read: ReadText,
  composeReference: EnvUsageSignal | null,
  mentioning?: () => Promise<Set<string> | null>,
): Promise<EnvUsageSignal | null> {
  const own = files.filter((f) => !VENDORED.test(f.path));
  for (const file of own) {
    const name = file.path.slice(file.path.lastIndexOf('/') + 1);
    if (name === 'package.json') {
      const text = await read(file);
      const dependency = text === null ? null : nodeDependency(text);
      if (dependency) return { file: file.path, evidence: `the \`${dependency}\` dependency` };
    } else if (PYTHON_MANIFEST.test(file.path)) {
      const text = await read(file);
      if (text !== null && PYTHON_DOTENV.test(text)) return { file: file.path, evidence: 'the `python-dotenv` dependency' };
    }
  }
  if (composeReference) return composeReference;
  // Inside git, one native `git grep` names the few files that mention dotenv at all, so a
  // repository that never loads env files is not read a second time file by file.
  const candidates = mentioning ? await mentioning() : null;
  for (const file of own) {
    if (!SOURCE.test(file.path) || (candidates && !candidates.has(file.path))) continue;
    const text = await read(file);
    const match = text === null ? null : LOADS_DOTENV.exec(text);
    if (match) return { file: file.path, evidence: `\`${match[0].trim()}\`` };
  }
  return null;
}

function nodeDependency(text: string): string | null {
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof manifest !== 'object' || manifest === null) return null;
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
    const deps = (manifest as Record<string, unknown>)[field];
    if (typeof deps !== 'object' || deps === null) continue;
    const found = NODE_PACKAGES.find((p) => p in deps);
    if (found) return found;
  }
  return null;
}

/**
 * POSIX paths (relative to `root`) of the files git tracks or would add that mention `dotenv`, or
 * null outside a work tree (the caller then reads the files itself).
 */
export async function filesMentioningDotenv(root: string): Promise<Set<string> | null> {
  const result = await git(root, ['grep', '-l', '-z', '-I', '-F', '--untracked', '--no-textconv', '-e', 'dotenv', '--', '.']);
  // git grep exits 1 when nothing matches, 128 outside a work tree.
  if (result.code === 1) return new Set();
  if (result.code !== 0) return null;
  // Names as discovery shows them (bytes that are not UTF-8 as `\xNN`), so the two match.
  return new Set(splitNul(result.stdout).filter((p) => p.length > 0).map(displayName));
}

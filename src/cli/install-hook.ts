import { chmod, lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { escapeControls } from '../output/escape.js';
import { git } from '../util/git.js';
import { writeFileNoFollow } from '../util/safe-write.js';

const MARKER = '# Installed by `openai-secret-lint install-hook`.';

/**
 * The hook runs the binary on PATH, else the CLI that installed it (its absolute path, recorded
 * now). It never asks `npx` to find one: that would run whatever `node_modules/.bin` the checked-out
 * tree holds, a program the repository chose.
 */
export function hookScript(cliFile: string): string {
  return `#!/bin/sh
${MARKER}
# Scans what is staged for API keys; skip once with \`git commit --no-verify\`.
if command -v openai-secret-lint >/dev/null 2>&1; then
  exec openai-secret-lint scan --staged
fi
cli=${shellQuote(cliFile)}
if [ -f "$cli" ]; then
  exec node "$cli" scan --staged
fi
echo "openai-secret-lint: not found (install it, e.g. npm install -g openai-secret-lint, or run install-hook again)" >&2
exit 1
`;
}

/** POSIX single quotes: nothing inside is expanded. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The running CLI's own file (the bundle), which the hook falls back to. */
export function runningCli(): string {
  return path.resolve(process.argv[1] ?? 'openai-secret-lint');
}

export interface HookResult {
  file: string;
  /** Set when git is configured to run hooks from somewhere else, so this hook would not run. */
  warning: string | null;
}

/**
 * Writes `.git/hooks/pre-commit` of the repository containing `dir`. An existing hook is kept
 * unless `force`; reinstalling our own identical hook is a no-op.
 */
export async function installHook(dir: string, force: boolean, cliFile: string = runningCli()): Promise<HookResult> {
  const script = hookScript(cliFile);
  const common = await git(dir, ['rev-parse', '--path-format=absolute', '--git-common-dir']);
  if (common.code !== 0) throw new ConfigurationError(`install-hook: ${dir} is not inside a git repository`);
  const hooks = path.join(common.stdout.toString('utf8').trim(), 'hooks');
  const file = path.join(hooks, 'pre-commit');
  let existing: string | null = null;
  try {
    // A link is never read through (nor written through, below): it counts as someone else's hook.
    existing = (await lstat(file)).isSymbolicLink() ? '' : await readFile(file, 'utf8');
  } catch {
    // No hook yet.
  }
  // Our own hook (from any install location) is replaced: reinstalling updates the recorded path.
  if (existing !== null && !existing.startsWith(`#!/bin/sh\n${MARKER}\n`) && !force) {
    throw new ConfigurationError(`install-hook: ${file} already exists; pass --force to replace it (or call \`openai-secret-lint scan --staged\` from it)`);
  }
  // A fresh file renamed into place: a `pre-commit` (or `hooks`) link the repository holds is
  // replaced (or refused), never written through.
  await writeFileNoFollow(file, script, { within: path.dirname(hooks) });
  await chmod(file, 0o755);
  // The safe runner pins core.hooksPath on its own command line: look only at the config files.
  // -z: "scope NUL value NUL" pairs, so that a value holding a line break stays one value.
  const configured = await git(dir, ['config', '-z', '--show-scope', '--get-all', 'core.hooksPath']);
  const fields = configured.stdout.toString('utf8').split('\0');
  let hooksPath = '';
  for (let i = 0; i + 1 < fields.length; i += 2) if (fields[i] !== 'command' && fields[i + 1] !== '') hooksPath = fields[i + 1]!;
  // The value is the repository's: shown with its control characters escaped.
  const warning = hooksPath ? `core.hooksPath is set to ${escapeControls(hooksPath)}: git runs hooks from there, not ${hooks}` : null;
  return { file, warning };
}

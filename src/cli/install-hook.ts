import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { git } from '../util/git.js';

const MARKER = '# Installed by `openai-secret-lint install-hook`.';

/** The hook prefers an installed binary and falls back to the project's own dependency. */
export const HOOK_SCRIPT = `#!/bin/sh
${MARKER}
# Scans what is staged for API keys; skip once with \`git commit --no-verify\`.
if command -v openai-secret-lint >/dev/null 2>&1; then
  exec openai-secret-lint scan --staged
fi
exec npx --no-install openai-secret-lint scan --staged
`;

export interface HookResult {
  file: string;
  /** Set when git is configured to run hooks from somewhere else, so this hook would not run. */
  warning: string | null;
}

/**
 * Writes `.git/hooks/pre-commit` of the repository containing `dir`. An existing hook is kept
 * unless `force`; reinstalling our own identical hook is a no-op.
 */
export async function installHook(dir: string, force: boolean): Promise<HookResult> {
  const common = await git(dir, ['rev-parse', '--path-format=absolute', '--git-common-dir']);
  if (common.code !== 0) throw new ConfigurationError(`install-hook: ${dir} is not inside a git repository`);
  const hooks = path.join(common.stdout.toString('utf8').trim(), 'hooks');
  const file = path.join(hooks, 'pre-commit');
  let existing: string | null = null;
  try {
    existing = await readFile(file, 'utf8');
  } catch {
    // No hook yet.
  }
  if (existing !== null && existing !== HOOK_SCRIPT && !force) {
    throw new ConfigurationError(`install-hook: ${file} already exists; pass --force to replace it (or call \`openai-secret-lint scan --staged\` from it)`);
  }
  await mkdir(hooks, { recursive: true });
  await writeFile(file, HOOK_SCRIPT);
  await chmod(file, 0o755);
  // The safe runner pins core.hooksPath on its own command line: look only at the config files.
  const configured = await git(dir, ['config', '--show-scope', '--get-all', 'core.hooksPath']);
  const hooksPath =
    configured.stdout
      .toString('utf8')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('command\t'))
      .map((l) => l.slice(l.indexOf('\t') + 1))
      .pop() ?? '';
  const warning = hooksPath ? `core.hooksPath is set to ${hooksPath}: git runs hooks from there, not ${hooks}` : null;
  return { file, warning };
}

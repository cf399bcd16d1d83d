import { git } from '../util/git.js';

/**
 * Which of these texts still occur, verbatim, in a file at HEAD below `root`: one `git grep`
 * for all of them (fixed strings fed on stdin, never on the command line), `--text` so that a
 * `binary` or `-diff` attribute cannot make a file that holds one look clean.
 */
export async function presentAtHead(root: string, needles: readonly string[], tip = 'HEAD'): Promise<Set<string>> {
  const usable = [...new Set(needles.filter((n) => n.length > 0 && !n.includes('\n') && !n.includes('\r')))];
  if (usable.length === 0) return new Set();
  const head = await git(root, ['rev-parse', '--verify', '-q', `${tip}^{tree}`]);
  if (head.code !== 0) return new Set();
  const result = await git(root, ['grep', '-F', '-o', '-h', '--text', '--no-color', '--no-textconv', '-f', '-', tip, '--', '.'], usable.join('\n') + '\n');
  // Exit code 1: nothing found.
  if (result.code !== 0) return new Set();
  const found = new Set(result.stdout.toString('utf8').split('\n'));
  return new Set(usable.filter((n) => found.has(n)));
}

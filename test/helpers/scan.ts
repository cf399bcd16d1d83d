/** Runs the real scan over a tree written to a temporary folder (optionally a git repository). */
import { realpathSync } from 'node:fs';
import { silentLogger } from '../../src/core/logger.js';
import { scan } from '../../src/core/scan.js';
import { defaultSettings, type Settings } from '../../src/core/settings.js';
import type { Report } from '../../src/core/finding.js';
import { makeRepo, tempDir, writeTree, type Tree } from './repo.js';

export async function scanTree(tree: Tree, options: { git?: boolean; settings?: Partial<Settings> } = {}): Promise<Report> {
  let dir: string;
  if (options.git) {
    dir = makeRepo(tree);
  } else {
    dir = tempDir();
    writeTree(dir, tree);
  }
  const root = realpathSync(dir);
  return scan(defaultSettings(root, options.settings), silentLogger);
}

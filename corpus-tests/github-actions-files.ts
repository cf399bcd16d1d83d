/** The real-world GitHub Actions corpus, read as the scanner would see each file. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS } from './corpus-root.js';

export const CORPUS_DIRS = [path.join(CORPUS, 'gha'), path.join(CORPUS, 'gha-broken')];

export interface CorpusFile {
  /** `gha/<owner>__<repo>/<flattened path>`: the name used in github-actions-expected.json. */
  id: string;
  text: string;
  kind: 'workflow' | 'action';
}

export function corpusFiles(): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (const dir of CORPUS_DIRS) {
    for (const repo of readdirSync(dir).sort()) {
      for (const name of readdirSync(path.join(dir, repo)).sort()) {
        // The scanner hands over text with the BOM removed.
        const text = readFileSync(path.join(dir, repo, name), 'utf8').replace(/^\uFEFF/, '');
        // Flattened paths lose `.github/workflows/`: an `action.y(a)ml` is action metadata, the rest are workflows.
        const kind = /(^|__)action\.ya?ml$/.test(name) ? 'action' : 'workflow';
        files.push({ id: `${path.basename(dir)}/${repo}/${name}`, text, kind });
      }
    }
  }
  return files;
}

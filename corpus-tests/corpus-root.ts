/**
 * The real-world corpus (shared/corpus) beside the repository folder. Only this project's CI has it,
 * so these tests run in their own script (`npm run test:corpus`), never in `npm test`; without the
 * corpus they fail loudly instead of passing on nothing.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS = process.env.OSL_CORPUS ? path.resolve(process.env.OSL_CORPUS) : path.resolve(REPO_ROOT, '..', 'shared', 'corpus');

if (!existsSync(CORPUS)) {
  throw new Error(`real-world corpus not found at ${CORPUS}: set OSL_CORPUS or place the shared corpus beside the repository`);
}

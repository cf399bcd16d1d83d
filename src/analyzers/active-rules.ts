/**
 * The file rules the engine runs: the plain-file rules until the full list is loaded, which
 * src/core/libraries.ts does with the YAML library (every other rule applies only to files that
 * may be YAML). Until then no rule outside PLAIN_FILE_RULES could apply to a file of the scan.
 */
import { PLAIN_FILE_RULES } from './plain-rules.js';
import type { FileRule } from './types.js';

let all: readonly FileRule[] | null = null;

export async function loadAllFileRules(): Promise<void> {
  all ??= (await import('./registry.js')).FILE_RULES;
}

/** Whether the full rule list is loaded (a file that is not plain needs it). */
export function allFileRulesLoaded(): boolean {
  return all !== null;
}

export function activeFileRules(): readonly FileRule[] {
  return all ?? PLAIN_FILE_RULES;
}

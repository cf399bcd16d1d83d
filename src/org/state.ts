import { readFile } from 'node:fs/promises';
import { ConfigurationError } from '../core/errors.js';
import { STATE_SCHEMA, type OrgState } from './types.js';

/** The state file of the last audit, or null when it does not exist yet (a first audit). */
export async function readState(file: string): Promise<OrgState | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new ConfigurationError(`cannot read the state ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ConfigurationError(`the state ${file} is not JSON`);
  }
  const state = value as Partial<OrgState> | null;
  if (!state || state.schema !== STATE_SCHEMA || typeof state.repositories !== 'object' || state.repositories === null) {
    throw new ConfigurationError(`the state ${file} is not an openai-secret-lint org state (${STATE_SCHEMA})`);
  }
  return { schema: STATE_SCHEMA, auditedAt: String(state.auditedAt ?? ''), repositories: state.repositories, history: Array.isArray(state.history) ? state.history : [] };
}

/** Whether a repository is unchanged since its last successful audit in `state`. */
export function unchangedSince(state: OrgState, name: string, pushedAt: string | null): boolean {
  const entry = state.repositories[name];
  if (!entry || entry.status === 'failed' || pushedAt === null) return false;
  const pushed = Date.parse(pushedAt);
  const audited = Date.parse(entry.auditedAt);
  return Number.isFinite(pushed) && Number.isFinite(audited) && pushed < audited;
}

import { allRuleMeta } from '../analyzers/registry.js';
import { severityRank, type Severity } from '../core/finding.js';
import type { Config } from '../config/types.js';
import { DEFAULT_DECODE_DEPTH, DEFAULT_MAX_FILE_SIZE } from '../core/settings.js';

/**
 * What a pull request's configuration would relax compared with the base commit's, in words for
 * the job summary and the PR comment. Only rule ids (validated against the known ones) and
 * numbers are named: paths and patterns come from the pull request and are counted, not quoted.
 */
export function relaxations(base: Config, pr: Config): string[] {
  const out: string[] = [];
  const baseRules = base.rules ?? {};
  for (const [id, level] of Object.entries(pr.rules ?? {})) {
    const before = baseRules[id];
    if (level === before) continue;
    if (level === 'off') out.push(`turns off \`${id}\``);
    else if (before === 'off') continue; // turning a rule back on tightens
    else if (severityRank(level) < (before === undefined ? defaultRank(id) : severityRank(before))) out.push(`sets \`${id}\` to ${level}`);
  }
  const added = (name: string, prList: string[] | undefined, baseList: string[] | undefined) => {
    const known = new Set(baseList ?? []);
    const extra = (prList ?? []).filter((entry) => !known.has(entry)).length;
    if (extra > 0) out.push(`adds ${extra} ${name} entr${extra === 1 ? 'y' : 'ies'}`);
  };
  added('`allow.paths`', pr.allow?.paths, base.allow?.paths);
  added('`allow.patterns`', pr.allow?.patterns, base.allow?.patterns);
  added('`allow.fingerprints`', pr.allow?.fingerprints, base.allow?.fingerprints);
  added('`exclude`', pr.exclude, base.exclude);
  added('`secretNames.ignore`', pr.secretNames?.ignore, base.secretNames?.ignore);
  added('`envFiles.templates`', pr.envFiles?.templates, base.envFiles?.templates);
  if (pr.include !== undefined && JSON.stringify(pr.include) !== JSON.stringify(base.include)) out.push('changes `include` (which files are scanned at all)');
  if (pr.decodeDepth !== undefined && pr.decodeDepth < (base.decodeDepth ?? DEFAULT_DECODE_DEPTH)) out.push(`lowers \`decodeDepth\` to ${pr.decodeDepth}`);
  if (pr.maxFileSize !== undefined && pr.maxFileSize < (base.maxFileSize ?? DEFAULT_MAX_FILE_SIZE)) out.push(`lowers \`maxFileSize\` to ${pr.maxFileSize}`);
  if (pr.baseline !== undefined && pr.baseline !== base.baseline) out.push(base.baseline === undefined ? 'sets a `baseline`' : 'changes the `baseline` file');
  if (base.kubernetes?.strictSecretEnv === true && pr.kubernetes?.strictSecretEnv !== true) out.push('turns off `kubernetes.strictSecretEnv`');
  return out;
}

/** The highest default severity among the rules an id (a rule or a category) covers. */
function defaultRank(id: string): number {
  const covered = allRuleMeta().filter((meta) => meta.id === id || meta.category === id);
  return covered.length === 0 ? Infinity : Math.max(...covered.map((meta) => severityRank(meta.severity as Severity)));
}

/**
 * One problem, one finding. Several rules often reach the same place: a key in a workflow `env:`
 * is an OpenAI key to the text rule and a literal secret to the workflow rule; one
 * `echo ${{ secrets.X }}` is both printed and interpolated. A reviewer should read it once, and the
 * counts, annotations and exit code should count problems, not rule firings.
 */
import type { Triaged } from './finalize.js';
import { severityRank, type RawFinding } from './finding.js';

/**
 * Merges findings that are one problem: the same range of the same file, or the same secret at
 * overlapping ranges. The kept finding is the most severe (on a tie, the rule that knows the
 * file's structure), so a provider key keeps its own rule id and severity; its message says what
 * the key is and, from the structural rule, where it sits, and the fix is the structural rule's
 * (the platform's secret syntax). The other rules are listed in `relatedRules`. Whole-file
 * findings (no line) are different problems unless a rule repeated itself, which triage drops.
 *
 * @param textRuleIds rule ids that come from matching text alone (they know no structure).
 */
export function mergeProblems(kept: readonly Triaged[], textRuleIds: ReadonlySet<string>): Triaged[] {
  const out: Triaged[] = [];
  // Only findings starting on the same line of the same file can share a range: bucket by that.
  const buckets = new Map<string, Triaged[]>();
  for (const item of kept) {
    if (item.raw.line === null) {
      out.push(item);
      continue;
    }
    const key = `${item.raw.file}\0${item.raw.line}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(item);
    else buckets.set(key, [item]);
  }
  for (const bucket of buckets.values()) {
    for (const group of groupsOf(bucket)) out.push(group.length === 1 ? group[0]! : combine(group, textRuleIds));
  }
  // Keep triage's order (file, line, column, rule) so the report does not depend on bucketing.
  return out.sort((a, b) => order(a.raw, b.raw));
}

/** Connected groups of one bucket (small: a handful of findings on one line). */
function groupsOf(bucket: Triaged[]): Triaged[][] {
  const parent = bucket.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < bucket.length; i++) {
    for (let j = i + 1; j < bucket.length; j++) {
      if (sameProblem(bucket[i]!.raw, bucket[j]!.raw)) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, Triaged[]>();
  bucket.forEach((item, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(item);
    else groups.set(root, [item]);
  });
  return [...groups.values()];
}

/**
 * Two findings of one problem: the same range, or the same secret at overlapping ranges. In a
 * history scan the same range counts only within one commit: a key rotated in place (a new key of
 * the same length on the same line, in a later commit) is two keys, and the older one must stay
 * reported; the same secret stays one problem whichever commits its findings come from.
 */
export function sameProblem(a: RawFinding, b: RawFinding): boolean {
  if (a.file !== b.file) return false;
  if (a.commit === b.commit && a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn) return true;
  return a.secret !== undefined && a.secret === b.secret && overlaps(a, b);
}

function overlaps(a: RawFinding, b: RawFinding): boolean {
  return !before(end(a), start(b)) && !before(end(b), start(a));
}

type Point = [number, number];
const start = (f: RawFinding): Point => [f.line ?? 0, f.column ?? 0];
const end = (f: RawFinding): Point => [f.endLine ?? f.line ?? 0, f.endColumn ?? f.column ?? 0];
/** `p` ends at or before `q` starts (end columns are exclusive). */
const before = (p: Point, q: Point): boolean => p[0] < q[0] || (p[0] === q[0] && p[1] <= q[1]);

function combine(group: Triaged[], textRuleIds: ReadonlySet<string>): Triaged {
  const isText = (t: Triaged) => textRuleIds.has(t.raw.ruleId);
  const ranked = [...group].sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      Number(isText(a)) - Number(isText(b)) ||
      (a.raw.ruleId < b.raw.ruleId ? -1 : a.raw.ruleId > b.raw.ruleId ? 1 : 0),
  );
  const primary = ranked[0]!;
  const related = [...new Set(ranked.slice(1).map((t) => t.raw.ruleId).filter((id) => id !== primary.raw.ruleId))].sort();
  const raw: RawFinding = { ...primary.raw };
  const structural = ranked.find((t) => !isText(t));
  if (structural && structural !== primary) {
    if (isText(primary)) raw.message = `${primary.raw.message.replace(/\.?$/, '.')} ${structural.raw.message}`;
    raw.remediation = structural.raw.remediation;
    if (raw.yamlPath === undefined && structural.raw.yamlPath !== undefined) raw.yamlPath = structural.raw.yamlPath;
  }
  // The secret (and what redaction may show of it) comes from whichever rule matched the value,
  // so the merged finding is redacted, verified and named by provider like the text rule's.
  const withSecret = ranked.find((t) => t.raw.secret !== undefined && isText(t)) ?? ranked.find((t) => t.raw.secret !== undefined);
  if (withSecret && withSecret !== primary) {
    raw.secret = withSecret.raw.secret;
    if (withSecret.raw.secretPrefix !== undefined) raw.secretPrefix = withSecret.raw.secretPrefix;
    else delete raw.secretPrefix;
    if (withSecret.raw.decodedFrom && !raw.decodedFrom) raw.decodedFrom = withSecret.raw.decodedFrom;
  }
  if (related.length > 0) raw.relatedRules = related;
  return { raw, fingerprint: primary.fingerprint, severity: primary.severity };
}

function order(a: RawFinding, b: RawFinding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

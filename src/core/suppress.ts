import type { RawFinding } from './finding.js';
import type { LineIndex } from './text-position.js';

/**
 * Inline suppression, in any comment syntax, on the finding's line or alone on the line before:
 * `openai-secret-lint:ignore`, optionally `openai-secret-lint:ignore[rule-id, …] reason`,
 * plus `gitleaks:allow` and `pragma: allowlist secret` / `pragma: allowlist nextline secret` for
 * teams that migrate. The directive is found anywhere on the line, so `#`, `//`, block comments,
 * `<!-- -->`, `--` and `;` comments all work.
 */
const DIRECTIVE = /openai-secret-lint:ignore(?:\[([^\]]*)\])?|gitleaks:allow|pragma:\s*allowlist(?:[ -]nextline)?[ -]secret/g;

/** Text before a directive that makes its line a comment of its own (it then covers the next line). */
const COMMENT_ONLY = /^\s*(#|\/\/|\/\*|<!--|--|;|\*|REM\b)?\s*$/i;

/** A directive on a line: the ids it names (null: every rule), and whether it also covers the next line. */
interface Directive {
  ids: string[] | null;
  ownLine: boolean;
}

/** Per file, the directives of each line asked about: many findings on one long line parse it once. */
const parsed = new WeakMap<LineIndex, Map<number, Directive[]>>();

function directivesOn(lines: LineIndex, line: number): Directive[] {
  let known = parsed.get(lines);
  if (!known) parsed.set(lines, (known = new Map()));
  let directives = known.get(line);
  if (directives === undefined) {
    directives = [];
    const text = lines.lineText(line);
    if (text.includes('gitleaks') || text.includes('openai-secret-lint') || text.includes('pragma')) {
      for (const match of text.matchAll(DIRECTIVE)) {
        const scope = match[1];
        directives.push({ ids: scope === undefined ? null : scope.split(',').map((id) => id.trim()), ownLine: COMMENT_ONLY.test(text.slice(0, match.index)) });
      }
    }
    known.set(line, directives);
  }
  return directives;
}

export function isSuppressedInline(finding: RawFinding, lines: LineIndex): boolean {
  if (finding.line === null) return false;
  for (const line of [finding.line, finding.line - 1]) {
    if (line < 1) continue;
    for (const directive of directivesOn(lines, line)) {
      // A trailing comment (`key: … # ignore`) covers its own line only, not the next one.
      if (line !== finding.line && !directive.ownLine) continue;
      if (directive.ids === null) return true;
      if (directive.ids.includes(finding.ruleId) || directive.ids.includes(finding.category)) return true;
    }
  }
  return false;
}

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

export function isSuppressedInline(finding: RawFinding, lines: LineIndex): boolean {
  if (finding.line === null) return false;
  for (const line of [finding.line, finding.line - 1]) {
    if (line < 1) continue;
    const text = lines.lineText(line);
    if (!text.includes('gitleaks') && !text.includes('openai-secret-lint') && !text.includes('pragma')) continue;
    for (const match of text.matchAll(DIRECTIVE)) {
      // A trailing comment (`key: … # ignore`) covers its own line only, not the next one.
      if (line !== finding.line && !COMMENT_ONLY.test(text.slice(0, match.index))) continue;
      const scope = match[1];
      if (scope === undefined) return true;
      const ids = scope.split(',').map((id) => id.trim());
      if (ids.includes(finding.ruleId) || ids.includes(finding.category)) return true;
    }
  }
  return false;
}

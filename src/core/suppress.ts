import type { RawFinding } from './finding.js';
import type { LineIndex } from './text-position.js';

/**
 * Inline suppression, in any comment syntax, on the finding's line or the line before:
 * `openai-secret-lint:ignore`, optionally `openai-secret-lint:ignore[rule-id, …] reason`,
 * plus `gitleaks:allow` and `pragma: allowlist secret` for teams that migrate.
 */
const DIRECTIVE = /openai-secret-lint:ignore(?:\[([^\]]*)\])?|gitleaks:allow|pragma:\s*allowlist[ -]secret/g;

export function isSuppressedInline(finding: RawFinding, lines: LineIndex): boolean {
  if (finding.line === null) return false;
  for (const line of [finding.line, finding.line - 1]) {
    if (line < 1) continue;
    const text = lines.lineText(line);
    if (!text.includes('gitleaks') && !text.includes('openai-secret-lint') && !text.includes('pragma')) continue;
    for (const match of text.matchAll(DIRECTIVE)) {
      const scope = match[1];
      if (scope === undefined) return true;
      const ids = scope.split(',').map((id) => id.trim());
      if (ids.includes(finding.ruleId) || ids.includes(finding.category)) return true;
    }
  }
  return false;
}

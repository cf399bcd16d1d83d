import type { RawFinding, RuleMeta } from '../core/finding.js';
import type { Settings } from '../core/settings.js';
import { compileCustomDetectors, type CustomDetectorSpec } from '../detectors/custom.js';
import type { FileRule } from './types.js';

export const CUSTOM_DETECTORS_HELP = 'https://github.com/openai-secret-lint/openai-secret-lint#custom-detectors';

/** Rule metadata of a user-defined detector, for the report (SARIF rules, GitLab identifiers). */
export function customDetectorMeta(spec: CustomDetectorSpec): RuleMeta {
  return { id: spec.id, category: 'hardcoded-secret', severity: spec.severity, description: spec.description, helpUri: CUSTOM_DETECTORS_HELP };
}

export function customRuleMeta(settings: Pick<Settings, 'customDetectors'>): RuleMeta[] {
  return (settings.customDetectors ?? []).map(customDetectorMeta);
}

/**
 * The config's `detectors:` and imported gitleaks rules, on every text file. A match is a
 * hardcoded-secret finding under the detector's own id: suppressed, baselined, fingerprinted and
 * redacted like a built-in detector's.
 */
export const customDetectorsRule: FileRule = {
  meta: {
    id: 'custom-detector',
    category: 'hardcoded-secret',
    severity: 'high',
    description: 'A credential matched by a detector the configuration defines.',
    helpUri: CUSTOM_DETECTORS_HELP,
  },
  // Findings carry each detector's own id; their metadata is the configuration's (customRuleMeta),
  // so the registry lists none under this rule (no `custom-detector` id in docs or `rules:`).
  reports: [],
  appliesTo: () => true,
  check(file, context) {
    const specs = context.settings.customDetectors;
    if (!specs || specs.length === 0) return [];
    const findings: RawFinding[] = [];
    let lower: string | undefined;
    for (const detector of compileCustomDetectors(specs)) {
      if (!detector.appliesTo(file.path)) continue;
      lower ??= file.text.toLowerCase();
      for (const match of detector.find(file.text, lower, file.path)) {
        const { spec } = detector;
        findings.push({
          ruleId: spec.id,
          category: 'hardcoded-secret',
          severity: spec.severity,
          file: file.path,
          ...file.lines.range(match.start, match.end),
          message: `${spec.description.replace(/[.!?]?$/, '')} (custom detector ${spec.id}).`,
          remediation: spec.remediation,
          secret: match.secret,
          secretPrefix: '',
        });
      }
    }
    return findings;
  },
};

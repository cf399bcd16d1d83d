import type { RawFinding } from '../core/finding.js';
import { DETECTORS } from '../detectors/catalogue.js';
import { KeywordPrefilter } from '../detectors/prefilter.js';
import type { Detector } from '../detectors/types.js';
import type { FileRule, RuleMeta, SourceFile } from './types.js';

export function detectorMeta(detector: Detector): RuleMeta {
  return {
    id: detector.id,
    category: 'hardcoded-secret',
    severity: detector.severity,
    description: `A hardcoded ${detector.provider} credential: ${detector.grants}.`,
    helpUri: detector.helpUri,
  };
}

const prefilter = new KeywordPrefilter(DETECTORS);

/** Hardcoded credentials in any text file, by the provider catalogue. */
export const hardcodedSecretRule: FileRule = {
  meta: {
    id: 'hardcoded-secret',
    category: 'hardcoded-secret',
    severity: 'critical',
    description: 'A credential written into a file instead of coming from a secret store.',
    helpUri: 'https://github.com/openai-secret-lint/openai-secret-lint#what-it-checks',
  },
  reports: DETECTORS.map(detectorMeta),
  appliesTo: () => true,
  check(file) {
    return findSecretsInText(file);
  },
};

export function findSecretsInText(file: SourceFile): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const detector of prefilter.candidates(file.text)) {
    for (const match of detector.find(file.text)) {
      findings.push({
        ruleId: detector.id,
        category: 'hardcoded-secret',
        severity: detector.severity,
        file: file.path,
        ...file.lines.range(match.start, match.end),
        message: `Hardcoded ${detector.provider} ${match.kind}.`,
        remediation: detector.remediation,
        secret: match.secret,
        secretPrefix: match.prefix,
      });
    }
  }
  return findings;
}

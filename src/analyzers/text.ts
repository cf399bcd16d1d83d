import type { RawFinding } from '../core/finding.js';
import { DEFAULT_DECODE_DEPTH } from '../core/settings.js';
import { DETECTORS } from '../detectors/catalogue.js';
import { findSecrets, type FindOptions } from '../detectors/find.js';
import type { Detector } from '../detectors/types.js';
import type { FileRule, RepositoryRule, RuleMeta, SourceFile } from './types.js';

export function detectorMeta(detector: Detector): RuleMeta {
  return {
    id: detector.id,
    category: 'hardcoded-secret',
    severity: detector.severity,
    description: `A hardcoded ${detector.provider} credential: ${detector.grants}.`,
    helpUri: detector.helpUri,
  };
}

/** Hardcoded credentials in any text file, by the provider catalogue, also inside encoded text. */
export const hardcodedSecretRule: FileRule = {
  meta: {
    id: 'hardcoded-secret',
    category: 'hardcoded-secret',
    severity: 'critical',
    description: 'A credential written into a file instead of coming from a secret store.',
    helpUri: 'https://github.com/openai-secret-lint/openai-secret-lint/blob/main/docs/rules/hardcoded-secrets.md',
  },
  reports: DETECTORS.map(detectorMeta),
  appliesTo: () => true,
  check(file, context) {
    const findings = findSecretsInText(file, { decodeDepth: context.settings.decodeDepth, secretNames: context.settings.secretNames });
    // In env files, secret-like assignments are env-file-secret's (with the file's ignore context);
    // reporting them here too would show one value twice.
    return file.kind === 'env' ? findings.filter((f) => f.ruleId !== 'generic-secret') : findings;
  },
};

/**
 * Findings for one file. A secret found after decoding is an `encoded-secret` at the encoded
 * text's position, with the chain of encodings it was found under.
 */
export function findSecretsInText(file: Pick<SourceFile, 'path' | 'text' | 'lines'>, options: FindOptions = {}): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const match of findSecrets(file.text, { decodeDepth: DEFAULT_DECODE_DEPTH, ...options })) {
    const { detector, decodedFrom } = match;
    const encoded = decodedFrom !== undefined && decodedFrom.length > 0;
    const finding: RawFinding = {
      ruleId: detector.id,
      category: encoded ? 'encoded-secret' : 'hardcoded-secret',
      severity: detector.severity,
      file: file.path,
      ...file.lines.range(match.start, match.end),
      message: encoded
        ? `${detector.provider} ${match.kind} hidden in ${decodedFrom.join(' inside ')}-encoded text.`
        : `Hardcoded ${detector.provider} ${match.kind}.`,
      remediation: detector.remediation,
      secret: match.secret,
      secretPrefix: match.prefix,
    };
    if (encoded) {
      finding.decodedFrom = decodedFrom;
      finding.secretSource = file.text.slice(match.start, match.end);
    }
    findings.push(finding);
  }
  return findings;
}

/**
 * A key used as a file or directory name (`dir-<key>/a.txt`): the name is committed like any
 * content and is quoted by every report. Reported once per directory (on its first file) and
 * once per file name, as a finding about the whole file (line null).
 */
export const secretInPathRule: RepositoryRule = {
  meta: {
    id: 'secret-in-path',
    category: 'hardcoded-secret',
    severity: 'critical',
    description: 'A credential written into a file or directory name.',
    helpUri: hardcodedSecretRule.meta.helpUri,
  },
  reports: DETECTORS.map(detectorMeta),
  async checkRepository(context) {
    const findings: RawFinding[] = [];
    const seenInDirectory = new Set<string>();
    const files = [...context.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const file of files) {
      const nameStart = file.path.lastIndexOf('/') + 1;
      for (const match of findSecrets(file.path, { decodeDepth: context.settings.decodeDepth, secretNames: context.settings.secretNames })) {
        const inDirectory = match.end <= nameStart;
        if (inDirectory) {
          const key = `${file.path.slice(0, file.path.indexOf('/', match.end) + 1)}\0${match.start}`;
          if (seenInDirectory.has(key)) continue;
          seenInDirectory.add(key);
        }
        const { detector, decodedFrom } = match;
        const encoded = decodedFrom !== undefined && decodedFrom.length > 0;
        const finding: RawFinding = {
          ruleId: detector.id,
          category: encoded ? 'encoded-secret' : 'hardcoded-secret',
          severity: detector.severity,
          file: file.path,
          line: null,
          column: null,
          endLine: null,
          endColumn: null,
          message: `${encoded ? `${detector.provider} ${match.kind} hidden in ${decodedFrom.join(' inside ')}-encoded text` : `${detector.provider} ${match.kind}`} in the name of ${inDirectory ? 'a directory holding this file' : 'this file'}.`,
          remediation: `Rename the ${inDirectory ? 'directory' : 'file'}, then: ${detector.remediation}`,
          secret: match.secret,
          secretPrefix: match.prefix,
        };
        if (encoded) {
          finding.decodedFrom = decodedFrom;
          finding.secretSource = file.path.slice(match.start, match.end);
        }
        findings.push(finding);
      }
    }
    return findings;
  },
};

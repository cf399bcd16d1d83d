/**
 * The config's `detectors:`: checks the schema cannot express (patterns RE2 accepts, ids that
 * clash, capture groups that exist), and their translation into detector specs.
 */
import { re2GroupCount, re2Problem, type CustomDetectorSpec } from '../detectors/custom.js';
import type { DetectorConfig } from './types.js';

export const DEFAULT_CUSTOM_SEVERITY = 'high';
export const DEFAULT_CUSTOM_REMEDIATION = 'Revoke and rotate the credential where it was issued, remove it from the file and its history, and read it from a secret store instead.';

export interface DetectorProblem {
  /** Path segments under the config root, for the line and the shown path. */
  segments: (string | number)[];
  message: string;
}

/**
 * Problems of `detectors` (already of the schema's shape where it matters: anything else is
 * skipped, the schema reports it). Messages name the detector and RE2's reason, never the pattern.
 */
export function detectorProblems(detectors: unknown, builtInIds: readonly string[]): DetectorProblem[] {
  if (!Array.isArray(detectors)) return [];
  const problems: DetectorProblem[] = [];
  const seen = new Set<string>();
  detectors.forEach((entry, index) => {
    if (typeof entry !== 'object' || entry === null) return;
    const d = entry as Partial<DetectorConfig>;
    // The id is shown only when it has the shape of one (a config value could be anything).
    const name = typeof d.id === 'string' && /^[a-z0-9][a-z0-9-]{0,99}$/.test(d.id) ? `detector "${d.id}"` : `detector ${index}`;
    if (typeof d.id === 'string') {
      if (builtInIds.includes(d.id)) problems.push({ segments: ['detectors', index, 'id'], message: `${name}: the id of a built-in rule or category; choose another` });
      else if (seen.has(d.id)) problems.push({ segments: ['detectors', index, 'id'], message: `${name}: defined twice` });
      seen.add(d.id);
    }
    if (typeof d.regex === 'string') {
      const problem = re2Problem(d.regex);
      if (problem !== null) {
        problems.push({ segments: ['detectors', index, 'regex'], message: `${name}: not a valid regular expression: ${problem} (RE2 syntax)` });
      } else if (typeof d.secretGroup === 'number' && d.secretGroup > re2GroupCount(d.regex)) {
        problems.push({ segments: ['detectors', index, 'secretGroup'], message: `${name}: the pattern has ${re2GroupCount(d.regex)} capture group(s), not ${d.secretGroup}` });
      }
    }
  });
  return problems;
}

export function customDetectorSpecs(detectors: readonly DetectorConfig[]): CustomDetectorSpec[] {
  return detectors.map((d, index) => ({
    id: d.id,
    regex: d.regex,
    ...(d.keywords ? { keywords: d.keywords } : {}),
    ...(d.secretGroup !== undefined ? { secretGroup: d.secretGroup } : {}),
    ...(d.entropy !== undefined ? { entropy: d.entropy } : {}),
    severity: d.severity ?? DEFAULT_CUSTOM_SEVERITY,
    description: d.description ?? `A credential matched by the custom detector ${d.id}.`,
    remediation: d.remediation ?? DEFAULT_CUSTOM_REMEDIATION,
    ...(d.paths && d.paths.length > 0 ? { paths: d.paths } : {}),
    origin: `detectors[${index}]`,
  }));
}

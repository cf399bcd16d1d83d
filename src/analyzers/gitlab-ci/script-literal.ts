import type { RawFinding } from '../../core/finding.js';
import type { FileRule } from '../types.js';
import { isLiteralSecretValue } from '../secret-names.js';
import { findingAt } from '../kubernetes/report.js';
import { isSecretLikeKey } from '../kubernetes/secret-name.js';
import { isGitLabCiFile } from './include-set.js';
import { CI_VARIABLE_ADVICE, GITLAB_HELP, literalSeverity } from './meta.js';
import { pipelines, scriptLines, scriptOwners } from './pipeline.js';

/** `export NAME=value` / `NAME=value cmd`: the value group is one of the three alternatives. */
const ASSIGNMENT = /(?:^|[\s;&|(])(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(?:"([^"$`\\]*)"|'([^']*)'|([^\s;&|'"$`()<>]+))/g;

/** A secret-like shell variable assigned a literal in `script`, `before_script` or `after_script`. */
export const gitlabScriptLiteralRule: FileRule = {
  meta: {
    id: 'gitlab-ci-script-literal-secret',
    category: 'unsafe-injection',
    severity: 'high',
    description: 'A GitLab CI script exports or assigns a literal value to a secret-like variable, so the secret is committed in the pipeline file.',
    helpUri: GITLAB_HELP,
  },
  appliesTo: (file) => file.kind === 'gitlab-ci' || file.kind === 'yaml',
  check(file, context) {
    if (!isGitLabCiFile(file, context)) return [];
    const findings: RawFinding[] = [];
    for (const pipeline of pipelines(file)) {
      for (const owner of scriptOwners(pipeline)) {
        for (const line of scriptLines(file, pipeline.view, owner.node, owner.path)) {
          for (const match of line.text.matchAll(ASSIGNMENT)) {
            const name = match[1]!;
            const group = match[2] !== undefined ? 2 : match[3] !== undefined ? 3 : 4;
            const value = match[group]!;
            if (!isSecretLikeKey(name, context.settings) || !isLiteralSecretValue(value)) continue;
            const valueStart = match.index + match[0].length - value.length - (group === 4 ? 0 : 1);
            const span = line.locator.span(line.offset + valueStart, line.offset + valueStart + value.length);
            const { severity, note } = literalSeverity(value);
            findings.push(
              findingAt(this.meta, file, span.start, span.end, {
                message: `The script of ${owner.label} assigns a literal value to ${name}.${note}`,
                remediation: CI_VARIABLE_ADVICE(name),
                secret: value,
                yamlPath: line.path,
                ...(severity ? { severity } : {}),
              }),
            );
          }
        }
      }
    }
    return findings;
  },
};

import type { RawFinding } from '../../core/finding.js';
import type { FileRule } from '../types.js';
import { isLiteralSecretValue } from '../secret-names.js';
import { findingOnNode } from '../kubernetes/report.js';
import { isSecretLikeKey } from '../kubernetes/secret-name.js';
import { isGitLabCiFile } from './include-set.js';
import { CI_VARIABLE_ADVICE, GITLAB_HELP } from './meta.js';
import { pipelines, variablesOf } from './pipeline.js';

/** A literal value for a secret-like name in any `variables:` block of a pipeline. */
export const gitlabLiteralVariableRule: FileRule = {
  meta: {
    id: 'gitlab-ci-literal-variable',
    category: 'unsafe-injection',
    severity: 'high',
    description: 'A secret-like GitLab CI variable has its value written in the pipeline file instead of coming from CI/CD settings or an external secret store.',
    helpUri: GITLAB_HELP,
  },
  appliesTo: (file) => file.kind === 'gitlab-ci' || file.kind === 'yaml',
  check(file, context) {
    if (!isGitLabCiFile(file, context)) return [];
    const findings: RawFinding[] = [];
    for (const pipeline of pipelines(file)) {
      for (const variable of variablesOf(pipeline)) {
        if (!isSecretLikeKey(variable.name, context.settings) || !isLiteralSecretValue(variable.text)) continue;
        findings.push(
          findingOnNode(this.meta, file, variable.value, {
            message: `${variable.name} is given a literal value in ${variable.scope}.`,
            remediation: CI_VARIABLE_ADVICE(variable.name),
            secret: variable.text,
            yamlPath: variable.path,
          }),
        );
      }
    }
    return findings;
  },
};

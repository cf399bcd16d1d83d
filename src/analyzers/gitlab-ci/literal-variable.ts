import type { FileRule } from '../types.js';
import { isLiteralSecretValue } from '../secret-names.js';
import { isSecretLikeKey } from '../kubernetes/secret-name.js';
import { CI_VARIABLE_ADVICE, GITLAB_HELP, literalSeverity } from './meta.js';
import { variableFindings } from './pipeline.js';
import { placeholderByComment } from '../kubernetes/nearby-comment.js';

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
    return variableFindings(this.meta, file, context, (variable) => {
      if (!isSecretLikeKey(variable.name, context.settings) || !isLiteralSecretValue(variable.text)) return null;
      const { severity, note } = literalSeverity(variable.text, {
        name: variable.name,
        serviceImages: variable.serviceImages,
        inService: variable.inService,
        placeholderComment: placeholderByComment(file, variable.key ?? variable.value, variable.value),
      });
      return {
        message: `${variable.name} is given a literal value in ${variable.scope}.${note}`,
        remediation: CI_VARIABLE_ADVICE(variable.name),
        secret: variable.text,
        yamlPath: variable.path,
        ...(severity ? { severity } : {}),
      };
    });
  },
};

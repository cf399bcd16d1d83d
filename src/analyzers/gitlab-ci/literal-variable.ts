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
    description: 'A secret-like GitLab CI variable has its value written in the pipeline file instead of coming from CI/CD settings or an external secret store. Severity: high by default; medium for lower-case words, counting runs and stand-in words (test data known to every reader); low for a throwaway service-container password (the password variable of a database or queue image among the job\'s `services:`, such as `POSTGRES_PASSWORD` beside `postgres:16`, or any password in a service\'s own `variables:`, whatever the value\'s case: only that job reaches the container), for an access key id (`*_ACCESS_KEY_ID`, `AKIA…`: an identifier, the secret half signs) or an upload-only token (`CODECOV_TOKEN`), and for a value a comment beside it calls a placeholder to replace ("replace with your key", "change me").',
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

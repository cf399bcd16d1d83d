import type { RawFinding } from '../../core/finding.js';
import { connectionStringDetector } from '../../detectors/connection-string.js';
import { mayHaveServiceVariables } from '../../detectors/ci-services.js';
import { locateInScalar } from '../../yaml/locate.js';
import type { FileRule, SourceFile } from '../types.js';
import { SERVICE_PASSWORD_NOTE } from '../secret-names.js';
import { isSecretLikeKey } from '../kubernetes/secret-name.js';
import { findingAt } from '../kubernetes/report.js';
import { CI_VARIABLE_ADVICE, GITLAB_HELP, literalSeverity, readsServiceUrls } from './meta.js';
import { pipelines, variableFindings, variablesOf } from './pipeline.js';
import { placeholderByComment } from '../kubernetes/nearby-comment.js';

/** A literal value for a secret-like name in any `variables:` block of a pipeline. */
export const gitlabLiteralVariableRule: FileRule = {
  meta: {
    id: 'gitlab-ci-literal-variable',
    category: 'unsafe-injection',
    severity: 'high',
    description: 'A secret-like GitLab CI variable has its value written in the pipeline file instead of coming from CI/CD settings or an external secret store. Severity: high by default; medium for a guessable password (a well-known or image default, lower-case words with at most a short number, a counting run or stand-in words, also base64-encoded: the policy every literal rule shares); low for a throwaway service-container password (the password variable of a database or queue image among the job\'s `services:`, such as `POSTGRES_PASSWORD` beside `postgres:16`, or any password in a service\'s own `variables:`, whatever the value\'s case: only that job reaches the container; also the password of a connection URL in `variables:` whose host is one of those service containers, `postgres://app:pass@postgres:5432/app`), for an access key id (`*_ACCESS_KEY_ID`, `accessKey`, `AKIA…`: an identifier, the secret half signs) or an upload-only token (`CODECOV_TOKEN`), and for a value a comment beside it calls a placeholder to replace ("replace with your key", "change me").',
    helpUri: GITLAB_HELP,
  },
  appliesTo: (file) => readsServiceUrls(file.kind),
  check(file, context) {
    const findings = variableFindings(this.meta, file, context, (variable) => {
      if (!isSecretLikeKey(variable.name, context.settings)) return null;
      const judged = literalSeverity(variable.text, {
        name: variable.name,
        serviceImages: variable.serviceImages,
        inService: variable.inService,
        placeholderComment: placeholderByComment(file, variable.key ?? variable.value, variable.value),
      });
      if (!judged) return null;
      const { severity, note } = judged;
      return {
        message: `${variable.name} is given a literal value in ${variable.scope}.${note}`,
        remediation: CI_VARIABLE_ADVICE(variable.name),
        secret: variable.text,
        yamlPath: variable.path,
        ...(severity ? { severity } : {}),
      };
    });
    return [...findings, ...serviceUrlPasswords(this.meta, file, (name) => isSecretLikeKey(name, context.settings))];
  },
};

/**
 * Passwords of connection URLs in `variables:` whose host is a service container those variables
 * reach (`postgres://app:pass@postgres:5432/app` beside a `postgres:16` service): throwaway, low,
 * like the service's own password variable. The URL detector leaves exactly these to this rule
 * (src/detectors/ci-services.ts), so they are reported in any YAML file shaped like a pipeline,
 * and only there: the detector's own test, which a whole parse of every YAML file would not change.
 */
function serviceUrlPasswords(meta: FileRule['meta'], file: SourceFile, secretLike: (name: string) => boolean): RawFinding[] {
  if (!mayHaveServiceVariables(file.text)) return [];
  const findings: RawFinding[] = [];
  for (const pipeline of pipelines(file)) {
    for (const variable of variablesOf(pipeline)) {
      // A secret-like name is the literal rule's above (its whole value).
      if (variable.serviceHosts.length === 0 || !variable.text.includes('://') || secretLike(variable.name)) continue;
      for (const match of connectionStringDetector.find(variable.text)) {
        const host = /^@([^\s/?#'"<>`:]+)/.exec(variable.text.slice(match.end))?.[1]?.toLowerCase();
        if (!host || !variable.serviceHosts.includes(host)) continue;
        const span = locateInScalar(file.text, variable.value, match.start, match.end);
        findings.push(
          findingAt(meta, file, span.start, span.end, {
            severity: 'low',
            message: `${variable.name} in ${variable.scope} is a connection URL with a literal password for the service container "${host}". ${SERVICE_PASSWORD_NOTE}`,
            remediation: CI_VARIABLE_ADVICE(variable.name),
            secret: match.secret,
            yamlPath: variable.path,
          }),
        );
      }
    }
  }
  return findings;
}

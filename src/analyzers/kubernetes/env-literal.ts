import type { RawFinding } from '../../core/finding.js';
import type { FileRule } from '../types.js';
import { containersOf, envOf } from './containers.js';
import { judgeLiteral } from '../../detectors/password-policy.js';
import { K8S_HELP, SECRET_KEY_REF_EXAMPLE, SECRET_STORE_ADVICE } from './meta.js';
import { k8sObjects, mayHoldManifests } from './objects.js';
import { placeholderByComment, PLACEHOLDER_NOTE } from './nearby-comment.js';
import { findingOnNode } from './report.js';
import { isSecretLikeKey, toSnakeCase } from './secret-name.js';
import { joinPath } from './yaml-view.js';

/** A container `env[].value` written literally for a secret-like name. */
export const k8sEnvLiteralRule: FileRule = {
  meta: {
    id: 'k8s-env-literal-secret',
    category: 'unsafe-injection',
    severity: 'high',
    description: 'A container gets a secret-like environment variable as a literal value in the manifest instead of from a Secret. High by default; medium for a guessable password (a well-known or image default such as `postgres`, `root`, `minio123`, lower-case words with at most a short number, a counting run or stand-in words, also base64-encoded); low for an access key id (`*_ACCESS_KEY_ID`, `MINIO_ACCESS_KEY`, `accessKey`, `AKIA…`: an identifier, its secret half should come from a `secretKeyRef`), an upload-only token (`CODECOV_TOKEN`), or a value a comment beside it calls a placeholder to replace ("replace with your key").',
    helpUri: K8S_HELP,
  },
  appliesTo: mayHoldManifests,
  check(file, context) {
    const findings: RawFinding[] = [];
    const objects = k8sObjects(file, context.settings);
    const objectNames = new Set(objects.map((o) => o.view.text(o.view.get(o.view.get(o.node, 'metadata'), 'name'))).filter((n): n is string => n !== null));
    for (const object of objects) {
      for (const container of containersOf(object)) {
        for (const env of envOf(object.view, container)) {
          if (!env.value || !isSecretLikeKey(env.name, context.settings)) continue;
          const value = object.view.text(env.value);
          if (value === null) continue;
          const verdict = judgeLiteral(env.name, value);
          if (!verdict) continue;
          // `OPERATOR_SECRET: operator` beside a ServiceAccount, Role or Deployment named
          // `operator`: the name of the Secret the program keeps its state in, not a credential.
          if (/(^|_)SECRET$/.test(toSnakeCase(env.name).toUpperCase()) && objectNames.has(value.trim())) continue;
          const announced = verdict.severity !== 'low' && placeholderByComment(file, env.nameNode, env.value);
          // An access key id, an upload-only token or an announced placeholder: low; a guessable
          // password: medium (docs/rules/kubernetes.md).
          const note = announced ? PLACEHOLDER_NOTE : verdict.note;
          const severity = announced ? 'low' : verdict.severity;
          findings.push(
            findingOnNode(this.meta, file, env.value, {
              ...(severity !== 'high' ? { severity } : {}),
              message: `Container "${container.name}" of ${object.kind} gets ${env.name} as a literal value written in the manifest.${note}`,
              remediation: `Move the value into a Secret and reference it: \`- name: ${env.name}\` with \`${SECRET_KEY_REF_EXAMPLE(env.name)}\`. ${SECRET_STORE_ADVICE}`,
              secret: value,
              yamlPath: joinPath(env.path, 'value'),
            }),
          );
        }
      }
    }
    return findings;
  },
};

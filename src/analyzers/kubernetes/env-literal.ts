import type { RawFinding } from '../../core/finding.js';
import type { FileRule } from '../types.js';
import { containersOf, envOf } from './containers.js';
import { isLiteralSecretValue, isWeakLiteral, limitedCredential, WEAK_NOTE } from '../secret-names.js';
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
    description: 'A container gets a secret-like environment variable as a literal value in the manifest instead of from a Secret. High by default; medium for counting runs and stand-in words; low for an access key id (`*_ACCESS_KEY_ID`: an identifier, its secret half should come from a `secretKeyRef`), an upload-only token (`CODECOV_TOKEN`), or a value a comment beside it calls a placeholder to replace ("replace with your key").',
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
          if (value === null || !isLiteralSecretValue(value)) continue;
          // `OPERATOR_SECRET: operator` beside a ServiceAccount, Role or Deployment named
          // `operator`: the name of the Secret the program keeps its state in, not a credential.
          if (/(^|_)SECRET$/.test(toSnakeCase(env.name).toUpperCase()) && objectNames.has(value.trim())) continue;
          const weak = isWeakLiteral(value);
          const announced = placeholderByComment(file, env.nameNode, env.value);
          // An access key id or an upload-only token: low (docs/rules/kubernetes.md).
          const limited = limitedCredential(env.name, value);
          const note = limited ? ` ${limited.note}` : announced ? PLACEHOLDER_NOTE : weak ? ` The value looks like a test or default one (${WEAK_NOTE}), so it is reported at medium.` : '';
          findings.push(
            findingOnNode(this.meta, file, env.value, {
              ...(limited || announced ? { severity: 'low' as const } : weak ? { severity: 'medium' as const } : {}),
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

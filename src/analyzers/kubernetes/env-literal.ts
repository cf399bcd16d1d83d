import type { RawFinding } from '../../core/finding.js';
import type { FileRule } from '../types.js';
import { containersOf, envOf } from './containers.js';
import { isLiteralSecretValue } from '../secret-names.js';
import { K8S_HELP, SECRET_KEY_REF_EXAMPLE, SECRET_STORE_ADVICE } from './meta.js';
import { k8sObjects, mayHoldManifests } from './objects.js';
import { findingOnNode } from './report.js';
import { isSecretLikeKey } from './secret-name.js';
import { joinPath } from './yaml-view.js';

/** A container `env[].value` written literally for a secret-like name. */
export const k8sEnvLiteralRule: FileRule = {
  meta: {
    id: 'k8s-env-literal-secret',
    category: 'unsafe-injection',
    severity: 'high',
    description: 'A container gets a secret-like environment variable as a literal value in the manifest instead of from a Secret.',
    helpUri: K8S_HELP,
  },
  appliesTo: mayHoldManifests,
  check(file, context) {
    const findings: RawFinding[] = [];
    for (const object of k8sObjects(file, context.settings)) {
      for (const container of containersOf(object)) {
        for (const env of envOf(object.view, container)) {
          if (!env.value || !isSecretLikeKey(env.name, context.settings)) continue;
          const value = object.view.text(env.value);
          if (value === null || !isLiteralSecretValue(value)) continue;
          findings.push(
            findingOnNode(this.meta, file, env.value, {
              message: `Container "${container.name}" of ${object.kind} gets ${env.name} as a literal value written in the manifest.`,
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

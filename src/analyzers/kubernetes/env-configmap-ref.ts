import type { RawFinding } from '../../core/finding.js';
import type { FileRule } from '../types.js';
import { containersOf, envOf } from './containers.js';
import { K8S_HELP, SECRET_KEY_REF_EXAMPLE } from './meta.js';
import { k8sObjects, mayHoldManifests } from './objects.js';
import { findingOnNode } from './report.js';
import { isSecretLikeKey } from './secret-name.js';
import { joinPath } from './yaml-view.js';

/** A secret-like env var fed from a ConfigMap: ConfigMaps are neither encrypted nor access-restricted like Secrets. */
export const k8sEnvConfigMapRule: FileRule = {
  meta: {
    id: 'k8s-env-configmap-secret',
    category: 'unsafe-injection',
    severity: 'medium',
    description: 'A secret-like environment variable is read from a ConfigMap, which is stored and shown in plain text, instead of a Secret.',
    helpUri: K8S_HELP,
  },
  appliesTo: mayHoldManifests,
  check(file, context) {
    const findings: RawFinding[] = [];
    for (const object of k8sObjects(file, context.settings)) {
      const { view } = object;
      for (const container of containersOf(object)) {
        for (const env of envOf(view, container)) {
          const ref = view.map(view.get(env.valueFrom, 'configMapKeyRef'));
          if (!ref || !isSecretLikeKey(env.name, context.settings)) continue;
          const configMap = view.text(view.get(ref, 'name')) ?? '?';
          const key = view.text(view.get(ref, 'key')) ?? '?';
          findings.push(
            findingOnNode(this.meta, file, ref, {
              message: `Container "${container.name}" of ${object.kind} reads ${env.name} from ConfigMap "${configMap}" (key "${key}"); ConfigMaps are not meant for secrets.`,
              remediation: `Store the value in a Secret and use \`${SECRET_KEY_REF_EXAMPLE(key)}\` instead of configMapKeyRef.`,
              fingerprintSeed: `${container.name}\0${env.name}\0${configMap}\0${key}`,
              yamlPath: joinPath(joinPath(env.path, 'valueFrom'), 'configMapKeyRef'),
            }),
          );
        }
      }
    }
    return findings;
  },
};

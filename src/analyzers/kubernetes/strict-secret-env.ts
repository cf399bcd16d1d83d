import type { RawFinding } from '../../core/finding.js';
import type { FileRule } from '../types.js';
import { containersOf, envOf } from './containers.js';
import { K8S_HELP } from './meta.js';
import { k8sObjects, mayHoldManifests } from './objects.js';
import { findingOnNode } from './report.js';
import { joinPath } from './yaml-view.js';

const ADVICE =
  'Mount the Secret as a file instead (a `secret` volume with `volumeMounts`, read-only) and point the application at the file: environment variables are inherited by child processes and often end up in logs and crash dumps (CIS Kubernetes Benchmark 5.4.1).';

/** Opt-in (settings.kubernetes.strictSecretEnv): Secrets passed as environment variables. */
export const k8sStrictSecretEnvRule: FileRule = {
  meta: {
    id: 'k8s-secret-in-env',
    category: 'secret-exposure',
    severity: 'low',
    description: 'A Secret is passed to a container as environment variables rather than mounted as files (CIS 5.4.1); reported only with kubernetes.strictSecretEnv.',
    helpUri: K8S_HELP,
  },
  appliesTo: mayHoldManifests,
  check(file, context) {
    if (!context.settings.kubernetes.strictSecretEnv) return [];
    const findings: RawFinding[] = [];
    for (const object of k8sObjects(file, context.settings)) {
      const { view } = object;
      for (const container of containersOf(object)) {
        for (const env of envOf(view, container)) {
          const ref = view.map(view.get(env.valueFrom, 'secretKeyRef'));
          if (!ref) continue;
          findings.push(
            findingOnNode(this.meta, file, ref, {
              message: `Container "${container.name}" of ${object.kind} gets Secret key "${view.text(view.get(ref, 'key')) ?? '?'}" as environment variable ${env.name}.`,
              remediation: ADVICE,
              fingerprintSeed: `${container.name}\0${env.name}`,
              yamlPath: joinPath(joinPath(env.path, 'valueFrom'), 'secretKeyRef'),
            }),
          );
        }
        const envFromPath = joinPath(container.path, 'envFrom');
        view.items(view.get(container.node, 'envFrom')).forEach((item, i) => {
          const ref = view.map(view.get(item, 'secretRef'));
          if (!ref) return;
          const name = view.text(view.get(ref, 'name')) ?? '?';
          findings.push(
            findingOnNode(this.meta, file, ref, {
              message: `Container "${container.name}" of ${object.kind} gets every key of Secret "${name}" as environment variables (envFrom).`,
              remediation: ADVICE,
              fingerprintSeed: `${container.name}\0envFrom\0${name}`,
              yamlPath: joinPath(joinPath(envFromPath, i), 'secretRef'),
            }),
          );
        });
      }
    }
    return findings;
  },
};

import type { RawFinding } from '../../core/finding.js';
import type { FileRule } from '../types.js';
import { judgeLiteral } from '../../detectors/password-policy.js';
import { K8S_HELP, SECRET_KEY_REF_EXAMPLE, SECRET_STORE_ADVICE } from './meta.js';
import { k8sObjects, mayHoldManifests } from './objects.js';
import { findingOnNode } from './report.js';
import { isSecretLikeKey } from './secret-name.js';
import { joinPath } from './yaml-view.js';

/** A ConfigMap entry with a secret-like name and a literal value: ConfigMaps are plain text. */
export const k8sConfigMapSecretRule: FileRule = {
  meta: {
    id: 'k8s-configmap-secret',
    category: 'unsafe-injection',
    severity: 'high',
    description: 'A ConfigMap holds a secret-like key with a literal value; ConfigMaps are stored and shown in plain text and are not access-restricted like Secrets. High by default; medium for a guessable password (a well-known or image default such as `postgres`, lower-case words with at most a short number, a counting run or stand-in words, also base64-encoded); low for an access key id or an upload-only token. Placeholders are not reported.',
    helpUri: K8S_HELP,
  },
  appliesTo: mayHoldManifests,
  check(file, context) {
    const findings: RawFinding[] = [];
    for (const object of k8sObjects(file, context.settings)) {
      if (object.kind !== 'ConfigMap') continue;
      const { view } = object;
      const name = view.text(view.get(view.get(object.node, 'metadata'), 'name')) ?? '(unnamed)';
      for (const entry of view.entries(view.get(object.node, 'data'))) {
        const value = view.text(entry.value);
        if (!entry.value || value === null || !isSecretLikeKey(entry.key, context.settings)) continue;
        const verdict = judgeLiteral(entry.key, value);
        if (!verdict) continue;
        findings.push(
          findingOnNode(this.meta, file, entry.value, {
            ...(verdict.severity !== 'high' ? { severity: verdict.severity } : {}),
            message: `ConfigMap "${name}" holds a literal value for the secret-like key "${entry.key}".${verdict.note}`,
            remediation: `Move "${entry.key}" into a Secret and read it with \`${SECRET_KEY_REF_EXAMPLE(entry.key)}\`. ${SECRET_STORE_ADVICE}`,
            secret: value,
            yamlPath: joinPath(joinPath(object.path, 'data'), entry.key),
          }),
        );
      }
    }
    return findings;
  },
};

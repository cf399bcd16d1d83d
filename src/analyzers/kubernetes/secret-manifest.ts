import type { Node } from 'yaml';
import type { RawFinding } from '../../core/finding.js';
import type { FileRule, SourceFile } from '../types.js';
import { decodeBase64, registryAuths } from './decode.js';
import { isLiteralSecretValue } from '../secret-names.js';
import { K8S_HELP } from './meta.js';
import { k8sObjects, mayHoldManifests, type K8sObject } from './objects.js';
import { containsProviderKey } from './provider-key.js';
import { findingOnNode } from './report.js';
import { joinPath } from './yaml-view.js';

const REMEDIATION =
  'A Secret manifest is only base64-encoded, not encrypted: commit a SealedSecret or an ExternalSecret instead (or encrypt the file with SOPS, or use the Secrets Store CSI driver), and rotate the value.';

/** Values committed in `kind: Secret` manifests (`data:` decoded, `stringData:` as written). */
export const k8sSecretManifestRule: FileRule = {
  meta: {
    id: 'k8s-secret-manifest',
    category: 'unsafe-injection',
    severity: 'medium',
    description: 'A Kubernetes Secret with its values is committed: base64 is an encoding, anyone who can read the repository can read the secret.',
    helpUri: K8S_HELP,
  },
  appliesTo: mayHoldManifests,
  check(file, context) {
    const findings: RawFinding[] = [];
    for (const object of k8sObjects(file, context.settings)) {
      // `kind` is case-sensitive (`secret` is not a Secret to the API server).
      if (object.kind !== 'Secret') continue;
      for (const finding of checkSecret(this.meta, file, object)) findings.push(finding);
    }
    return findings;
  },
};

function checkSecret(meta: FileRule['meta'], file: SourceFile, object: K8sObject): RawFinding[] {
  const { view } = object;
  const name = view.text(view.get(view.get(object.node, 'metadata'), 'name')) ?? '(unnamed)';
  const findings: RawFinding[] = [];
  for (const field of ['data', 'stringData'] as const) {
    const fieldPath = joinPath(object.path, field);
    for (const entry of view.entries(view.get(object.node, field))) {
      const raw = view.text(entry.value);
      if (raw === null || !entry.value) continue;
      const encoded = field === 'data';
      const value = encoded ? decodeBase64(raw) : raw;
      if (value === null || value.trim() === '') continue;
      // A provider key is already reported by the text rule (hardcoded or decoded encoded-secret).
      if (containsProviderKey(value)) continue;
      const at = (details: { message: string; secret: string; decodedFrom?: ('base64')[] }) =>
        findingOnNode(meta, file, entry.value as Node, { ...details, remediation: REMEDIATION, yamlPath: joinPath(fieldPath, entry.key) });
      const auths = /^\.docker(configjson|cfg)$/.test(entry.key) ? registryAuths(value) : null;
      if (auths) {
        for (const auth of auths) {
          if (!isLiteralSecretValue(auth.password)) continue;
          const decodedFrom: ('base64')[] = [...(encoded ? ['base64' as const] : []), ...(auth.viaAuth ? ['base64' as const] : [])];
          findings.push(at({ message: `Secret "${name}" holds registry credentials for ${auth.registry}${auth.username ? ` (user ${auth.username})` : ''} in ${entry.key}.`, secret: auth.password, ...(decodedFrom.length ? { decodedFrom } : {}) }));
        }
        continue;
      }
      if (isPrintable(value) && !isLiteralSecretValue(value)) continue;
      findings.push(at({ message: `Secret "${name}" holds a committed value for "${entry.key}" in ${field}${encoded ? ' (base64-encoded, not encrypted)' : ''}.`, secret: value, ...(encoded ? { decodedFrom: ['base64'] } : {}) }));
    }
  }
  return findings;
}

function isPrintable(text: string): boolean {
  return !/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(text);
}

import type { Node } from 'yaml';
import type { RawFinding } from '../../core/finding.js';
import type { FileRule, SourceFile } from '../types.js';
import { decodeBase64, registryAuths } from './decode.js';
import { K8S_HELP } from './meta.js';
import { k8sObjects, mayHoldManifests, type K8sObject } from './objects.js';
import { containsProviderKey } from './provider-key.js';
import { findingOnNode } from './report.js';
import { isKeyMaterial, judgeCredential, judgeFile, secretEntryRole, urlPassword, type EntryVerdict } from './secret-entry.js';
import { joinPath } from './yaml-view.js';
import { isLiteralSecretValue } from '../secret-names.js';

const REMEDIATION =
  'A Secret manifest is only base64-encoded, not encrypted: commit a SealedSecret or an ExternalSecret instead (or encrypt the file with SOPS, or use the Secrets Store CSI driver), and rotate the value.';

/** Values committed in `kind: Secret` manifests (`data:` decoded, `stringData:` as written). */
export const k8sSecretManifestRule: FileRule = {
  meta: {
    id: 'k8s-secret-manifest',
    category: 'unsafe-injection',
    severity: 'high',
    description: 'A Kubernetes Secret with its values is committed: base64 is an encoding, anyone who can read the repository can read the secret. High for key material (long random values, private keys, signed JWTs), medium for human-chosen or guessable passwords (a well-known or image default such as `postgres` or `root`, lower-case words with at most a short number, a counting run or stand-in words) and binary data; low for an access key id under an `accessKey`/`aws-access-key` key; keys that hold no credential (`url`, `type`, `name`, `username`…) and placeholders (`my-password`, `<your-token>`, `changeme`, `redacted`, `REPLACE_WITH_…`, `YOUR_…_HERE`, values that say to change them: `…-change-in-production`, also base64-encoded) are not reported.',
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
      // `data: { password: redacted }`: a placeholder written without encoding decodes to bytes.
      if (encoded && !isPrintable(value) && !isLiteralSecretValue(raw)) continue;
      // A provider key is already reported by the text rule (hardcoded or decoded encoded-secret).
      if (containsProviderKey(value)) continue;
      const at = (details: { message: string; secret: string; decodedFrom?: ('base64')[]; severity?: 'high' | 'medium' | 'low' }) =>
        findingOnNode(meta, file, entry.value as Node, { ...details, remediation: REMEDIATION, yamlPath: joinPath(fieldPath, entry.key) });
      const auths = /^\.docker(configjson|cfg)$/.test(entry.key) ? registryAuths(value) : null;
      if (auths) {
        for (const auth of auths) {
          const verdict = judgeCredential(auth.password);
          if (!verdict) continue;
          const decodedFrom: ('base64')[] = [...(encoded ? ['base64' as const] : []), ...(auth.viaAuth ? ['base64' as const] : [])];
          findings.push(at({ message: `Secret "${name}" holds registry credentials for ${auth.registry}${auth.username ? ` (user ${auth.username})` : ''} in ${entry.key}.`, secret: auth.password, severity: verdict.severity, ...(decodedFrom.length ? { decodedFrom } : {}) }));
        }
        continue;
      }
      if (!isPrintable(value)) {
        // Binary (a keystore, a keyring): key material by construction, unless its key says otherwise.
        if (secretEntryRole(entry.key) === 'identifier') continue;
        findings.push(at({ message: `Secret "${name}" holds committed binary data for "${entry.key}" in ${field}. ${BASE64_NOTE}`, secret: value, ...(encoded ? { decodedFrom: ['base64'] } : {}), severity: 'medium' }));
        continue;
      }
      const verdict = judgeEntry(entry.key, value);
      if (!verdict) continue;
      findings.push(
        at({
          message: `Secret "${name}" holds a committed value for "${entry.key}" in ${field} (${verdict.why}).${encoded ? ` ${BASE64_NOTE}` : ' stringData is stored as written.'}`,
          secret: verdict.secret ?? value,
          severity: verdict.severity,
          ...(encoded ? { decodedFrom: ['base64'] } : {}),
        }),
      );
    }
  }
  return findings;
}

const BASE64_NOTE = 'Base64 in `data:` is an encoding, not encryption: anyone who can read the repository decodes it.';

/**
 * One entry by its key: identifiers (`url`, `type`, `username`…) only when a URL embeds a
 * password, credentials by their value, other entries (files kept in the Secret) by the
 * credentials they hold under secret-like names.
 */
function judgeEntry(key: string, value: string): (EntryVerdict & { secret?: string }) | null {
  const password = urlPassword(value);
  if (password !== null) {
    const verdict = judgeCredential(password);
    return verdict ? { ...verdict, why: `a connection URL with its password: ${verdict.why}`, secret: password } : null;
  }
  switch (secretEntryRole(key)) {
    case 'identifier':
      return null;
    case 'credential':
      return judgeCredential(value, key) ?? (value.includes('\n') ? judgeFile(value) : null);
    default:
      // A file kept in the Secret, judged by what it holds; or one value under a key that does not
      // say what it is, reported only when it looks issued by a machine.
      if (/\n/.test(value.trim()) || /^[{[]/.test(value.trim())) return judgeFile(value);
      return isKeyMaterial(value.trim()) ? { severity: 'medium', why: 'a value that looks generated, under a key that does not say what it holds' } : null;
  }
}

function isPrintable(text: string): boolean {
  return !/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(text);
}

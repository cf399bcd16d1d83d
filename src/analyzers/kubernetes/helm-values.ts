import type { Node } from 'yaml';
import { isMap, isScalar, isSeq } from '../../yaml/library.js';
import type { RawFinding } from '../../core/finding.js';
import type { FileRule } from '../types.js';
import { judgeLiteral } from '../../detectors/password-policy.js';
import { mayHoldSecretNames } from '../secret-names.js';
import { K8S_HELP } from './meta.js';
import { isSopsEncrypted } from './objects.js';
import { findingOnNode } from './report.js';
import { isSecretLikeKey } from './secret-name.js';
import { joinPath, YamlView } from './yaml-view.js';

const REMEDIATION =
  'Leave the default empty and pass the value at install time from your secret store (`--set-file`, a values file kept out of git, helm-secrets/SOPS), or point the chart at an existing Secret (`existingSecret`).';

/** Secret-like keys of a chart's values*.yaml with a literal default: every install shares it. */
export const helmValuesLiteralRule: FileRule = {
  meta: {
    id: 'helm-values-literal-secret',
    category: 'unsafe-injection',
    severity: 'high',
    description: 'A Helm values file sets a secret-like key to a literal value, which is committed and becomes every release\'s secret. High by default; medium for a guessable password (a well-known or image default such as `postgres`, `bitnami`, `minio123`, lower-case words with at most a short number, a counting run or stand-in words, also base64-encoded such as base64 of `db-password`); low for access key ids (`accessKey`, `minio.accessKey`, `*_ACCESS_KEY_ID`) and upload-only tokens. Placeholders are not reported. Template expressions (`{{ … }}`, `$var`) are not values.',
    helpUri: K8S_HELP,
  },
  appliesTo: (file) => file.kind === 'helm-values',
  check(file, context) {
    const findings: RawFinding[] = [];
    // Only secret-like keys are reported: values files without one are not parsed.
    if (!mayHoldSecretNames(file.text, context.settings.secretNames)) return findings;
    for (const doc of file.yaml().documents) {
      if (doc.errors.length > 0) continue;
      const view = new YamlView(doc);
      if (isSopsEncrypted(view)) continue;
      const seen = new Set<Node>();
      walk(view, doc.contents as Node | null, '', 0, (keyName, value, path) => {
        // A merged or aliased value is written once: report it once, at its first path.
        if (seen.has(value)) return;
        seen.add(value);
        if (!isSecretLikeKey(keyName, context.settings)) return;
        const text = view.text(value);
        if (text === null) return;
        const verdict = judgeLiteral(keyName, text);
        if (!verdict) return;
        findings.push(
          findingOnNode(this.meta, file, value, {
            ...(verdict.severity !== 'high' ? { severity: verdict.severity } : {}),
            message: `Helm values set the secret-like key "${path}" to a literal value.${verdict.note}${verdict.kind === 'guessable' ? ' Installs that keep the default share it.' : ''}`,
            remediation: REMEDIATION,
            secret: text,
            yamlPath: path,
          }),
        );
      });
    }
    return findings;
  },
};

type Visit = (key: string, value: Node, path: string) => void;

/** Every scalar under a key, and `{name, value}` pairs as in `extraEnvVars` lists. */
function walk(view: YamlView, node: Node | null, path: string, depth: number, visit: Visit): void {
  if (!node || depth > 64) return;
  if (isSeq(node)) {
    view.items(node).forEach((item, i) => walk(view, item, joinPath(path, i), depth + 1, visit));
    return;
  }
  if (!isMap(node)) return;
  const envName = view.text(view.get(node, 'name'));
  const envValue = view.get(node, 'value');
  if (envName && isScalar(envValue)) visit(envName, envValue, joinPath(path, 'value'));
  for (const entry of view.entries(node)) {
    if (!entry.value) continue;
    const entryPath = joinPath(path, entry.key);
    if (isScalar(entry.value)) visit(entry.key, entry.value, entryPath);
    else walk(view, entry.value, entryPath, depth + 1, visit);
  }
}


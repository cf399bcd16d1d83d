import { isScalar } from '../../yaml/library.js';
import type { RawFinding } from '../../core/finding.js';
import type { FileRule } from '../types.js';
import { judgeLiteral } from '../../detectors/password-policy.js';
import { isLiteralSecretValue } from '../secret-names.js';
import { locateInScalar } from '../../yaml/locate.js';
import { K8S_HELP, SECRET_STORE_ADVICE } from './meta.js';
import { containsProviderKey } from './provider-key.js';
import { findingAt } from './report.js';
import { isSecretLikeKey } from './secret-name.js';
import { joinPath, YamlView } from './yaml-view.js';

/** `literals:` of kustomize generators: every secretGenerator literal, secret-like configMapGenerator ones. */
export const kustomizeGeneratorLiteralRule: FileRule = {
  meta: {
    id: 'kustomize-generator-literal',
    category: 'unsafe-injection',
    severity: 'high',
    description: 'A kustomize secretGenerator or configMapGenerator has a secret value written in `literals:`, so it is committed in plain text.',
    helpUri: K8S_HELP,
  },
  appliesTo: (file) => file.kind === 'kustomization',
  check(file, context) {
    const findings: RawFinding[] = [];
    for (const doc of file.yaml().documents) {
      if (doc.errors.length > 0) continue;
      const view = new YamlView(doc);
      for (const generator of ['secretGenerator', 'configMapGenerator'] as const) {
        const isSecret = generator === 'secretGenerator';
        view.items(view.get(doc.contents, generator)).forEach((item, g) => {
          const name = view.text(view.get(item, 'name')) ?? '(unnamed)';
          view.items(view.get(item, 'literals')).forEach((literal, l) => {
            const text = view.text(literal);
            if (!isScalar(literal) || text === null) return;
            const eq = text.indexOf('=');
            if (eq <= 0) return;
            const key = text.slice(0, eq).trim();
            let valueStart = eq + 1;
            let value = text.slice(valueStart);
            const quoted = /^(["'])(.*)\1$/s.exec(value);
            if (quoted) {
              valueStart += 1;
              value = quoted[2]!;
            }
            if (!isLiteralSecretValue(value) && isSecret) return;
            if (isSecret ? containsProviderKey(value) : !isSecretLikeKey(key, context.settings)) return;
            // The password policy of every literal rule (guessable: medium; an access key id: low).
            const verdict = isSecret ? null : judgeLiteral(key, value);
            if (!isSecret && !verdict) return;
            const span = locateInScalar(file.text, literal, valueStart, valueStart + value.length);
            findings.push(
              findingAt(this.meta, file, span.start, span.end, {
                severity: isSecret ? 'medium' : verdict!.severity,
                message: isSecret
                  ? `secretGenerator "${name}" writes the value of "${key}" into kustomization.yaml in plain text.`
                  : `configMapGenerator "${name}" puts a literal value for the secret-like key "${key}" into a ConfigMap.${verdict!.note}`,
                remediation: isSecret
                  ? `Do not commit secret literals: generate the Secret from a file kept out of git, or use an ExternalSecret, SealedSecret or a SOPS-encrypted file (e.g. with the ksops plugin). ${SECRET_STORE_ADVICE}`
                  : `Move "${key}" to a secretGenerator fed from outside the repository, or an ExternalSecret, and read it with secretKeyRef.`,
                secret: value,
                yamlPath: joinPath(joinPath(joinPath(generator, g), 'literals'), l),
              }),
            );
          });
        });
      }
    }
    return findings;
  },
};

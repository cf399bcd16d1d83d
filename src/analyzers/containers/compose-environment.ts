import type { Document } from 'yaml';
import { isMap, isScalar } from '../../yaml/library.js';
import type { RawFinding } from '../../core/finding.js';
import { locateInScalar } from '../../yaml/locate.js';
import type { FileRule } from '../types.js';
import { judgeLiteral } from '../../detectors/password-policy.js';
import { findingAt, findingOnNode } from '../kubernetes/report.js';
import { isSecretLikeKey } from '../kubernetes/secret-name.js';
import { joinPath, YamlView } from '../kubernetes/yaml-view.js';
import { CONTAINERS_HELP } from './meta.js';

const REMEDIATION = (name: string) =>
  `Do not write the value in the Compose file: pass it through from the environment (\`${name}: \${${name}:?}\`, values from an ignored .env file or the CI secret store), or use Compose \`secrets:\` mounted as files (\`${name}_FILE: /run/secrets/...\`).`;

/** A secret-like service `environment:` entry (or build arg) with a literal value, map or list form. */
export const composeEnvironmentRule: FileRule = {
  meta: {
    id: 'compose-literal-secret',
    category: 'unsafe-injection',
    severity: 'high',
    description: 'A Docker Compose service gets a secret-like environment variable or build argument as a literal value written in the Compose file. High by default; medium for a guessable password (a well-known or image default such as `postgres`, `root`, `minio123`, lower-case words with at most a short number, a counting run or stand-in words, also base64-encoded); low for an access key id (`*_ACCESS_KEY_ID`, `accessKey`, `AKIA…`) or an upload-only token (`CODECOV_TOKEN`). Placeholders are not reported.',
    helpUri: CONTAINERS_HELP,
  },
  appliesTo: (file) => file.kind === 'compose',
  check(file, context) {
    const findings: RawFinding[] = [];
    for (const doc of file.yaml().documents) {
      if (doc.errors.length > 0 || !isMap(doc.contents)) continue;
      const view = new YamlView(doc as Document);
      for (const service of view.entries(view.get(doc.contents, 'services'))) {
        const servicePath = joinPath('services', service.key);
        const blocks = [
          { node: view.get(service.value, 'environment'), path: joinPath(servicePath, 'environment'), what: 'environment variable' },
          { node: view.get(view.get(service.value, 'build'), 'args'), path: joinPath(joinPath(servicePath, 'build'), 'args'), what: 'build argument' },
        ];
        for (const block of blocks) {
          const report = (name: string, value: string, at: { start: number; end: number } | null, node: Parameters<typeof findingOnNode>[2], yamlPath: string) => {
            if (!isSecretLikeKey(name, context.settings)) return;
            const verdict = judgeLiteral(name, value);
            if (!verdict) return;
            const details = {
              ...(verdict.severity !== 'high' ? { severity: verdict.severity } : {}),
              message: `Service "${service.key}" gets the ${block.what} ${name} as a literal value.${verdict.note}`,
              remediation: REMEDIATION(name),
              secret: value,
              yamlPath,
            };
            findings.push(at ? findingAt(this.meta, file, at.start, at.end, details) : findingOnNode(this.meta, file, node, details));
          };
          for (const entry of view.entries(block.node)) {
            const value = view.text(entry.value);
            if (value !== null && entry.value) report(entry.key, value, null, entry.value, joinPath(block.path, entry.key));
          }
          view.items(block.node).forEach((item, i) => {
            const text = view.text(item);
            if (!isScalar(item) || text === null) return;
            const eq = text.indexOf('=');
            if (eq <= 0) return;
            const value = text.slice(eq + 1);
            report(text.slice(0, eq).trim(), value, locateInScalar(file.text, item, eq + 1, text.length), item, joinPath(block.path, i));
          });
        }
      }
    }
    return findings;
  },
};

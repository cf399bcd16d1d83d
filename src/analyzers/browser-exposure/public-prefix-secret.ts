import type { RawFinding } from '../../core/finding.js';
import type { FileRule, RuleMeta, SourceFile } from '../types.js';
import { composeDefinitions, dockerfileDefinitions, envFileDefinitions, gitlabDefinitions, kubernetesDefinitions, kustomizeDefinitions } from './definitions.js';
import { ANY_PUBLIC_PREFIX, BROWSER_HELP, remediationFor, whyExposed } from './meta.js';
import { describeSource, severityOf, type PublicDefinition } from './values.js';
import { isDeployedSecret, workflowDefinitions } from './workflow.js';

const KINDS = new Set(['env', 'env-template', 'dockerfile', 'compose', 'gitlab-ci', 'k8s', 'yaml', 'helm-values', 'kustomization', 'workflow', 'action']);

/** The definitions of public-prefixed secret-like variables in a file, by kind (workflow deployments excluded: static-site-secret-build has them). */
export function publicDefinitions(file: SourceFile, settings: Parameters<typeof envFileDefinitions>[1]): PublicDefinition[] {
  if (!ANY_PUBLIC_PREFIX.test(file.text)) return [];
  switch (file.kind) {
    case 'env':
    case 'env-template':
      return envFileDefinitions(file, settings);
    case 'dockerfile':
      return dockerfileDefinitions(file, settings);
    case 'compose':
      return composeDefinitions(file, settings);
    case 'gitlab-ci':
      return gitlabDefinitions(file, settings);
    case 'kustomization':
      return kustomizeDefinitions(file, settings);
    case 'k8s':
    case 'yaml':
    case 'helm-values':
      return kubernetesDefinitions(file, settings);
    case 'workflow':
    case 'action':
      return workflowDefinitions(file, settings).filter((w) => !isDeployedSecret(w)).map((w) => w.definition);
    default:
      return [];
  }
}

export function definitionFinding(meta: RuleMeta, file: SourceFile, d: PublicDefinition, message: string): RawFinding {
  const finding: RawFinding = {
    ruleId: meta.id,
    category: meta.category,
    severity: severityOf(d.source),
    file: file.path,
    ...file.lines.range(d.start, d.end),
    message,
    remediation: remediationFor(d.name),
  };
  if (d.secret !== undefined) finding.secret = d.secret;
  else finding.fingerprintSeed = `${d.name.name}:${d.origin}`;
  if (d.yamlPath !== undefined) finding.yamlPath = d.yamlPath;
  return finding;
}

/** A secret-like variable with a prefix that front-end build tools inline into client code. */
export const publicPrefixSecretRule: FileRule = {
  meta: {
    id: 'public-prefix-secret',
    category: 'secret-exposure',
    severity: 'high',
    description: 'A secret-like variable carries a prefix (NEXT_PUBLIC_, VITE_, REACT_APP_, …) that front-end build tools inline into the JavaScript every visitor downloads.',
    helpUri: BROWSER_HELP,
  },
  appliesTo: (file) => KINDS.has(file.kind),
  check(file, context) {
    return publicDefinitions(file, context.settings)
      .sort((a, b) => a.start - b.start)
      .map((d) => definitionFinding(this.meta, file, d, `${d.origin} "${d.name.name}" ${describeSource(d)}. ${whyExposed(d.name)}`));
  },
};

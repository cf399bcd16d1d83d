import type { FileRule, RepositoryRule } from '../types.js';
import { k8sConfigMapSecretRule } from './configmap-secret.js';
import { k8sEnvConfigMapRule } from './env-configmap-ref.js';
import { k8sEnvLiteralRule } from './env-literal.js';
import { helmTemplateEnvValueRule } from './helm-template-env-value.js';
import { helmValuesLiteralRule } from './helm-values.js';
import { kustomizeGeneratorLiteralRule } from './kustomize-generator.js';
import { kustomizeGeneratorSourceRule } from './kustomize-sources.js';
import { k8sSecretManifestRule } from './secret-manifest.js';
import { k8sStrictSecretEnvRule } from './strict-secret-env.js';

/** The kubernetes rules (manifests, Helm values, kustomize), one file each, in a flat list. */
export const KUBERNETES_RULES: readonly FileRule[] = [
  k8sEnvLiteralRule,
  k8sEnvConfigMapRule,
  k8sStrictSecretEnvRule,
  k8sSecretManifestRule,
  k8sConfigMapSecretRule,
  kustomizeGeneratorLiteralRule,
  kustomizeGeneratorSourceRule,
  helmValuesLiteralRule,
  helmTemplateEnvValueRule,
];
export const KUBERNETES_REPOSITORY_RULES: readonly RepositoryRule[] = [];

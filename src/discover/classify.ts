/** What a file is, decided from its path; structural analyzers pick the kinds they understand. */
export type FileKind =
  | 'workflow'
  | 'action'
  | 'gitlab-ci'
  | 'k8s'
  | 'helm-values'
  | 'kustomization'
  | 'compose'
  | 'env'
  | 'env-template'
  | 'dockerfile'
  | 'yaml'
  | 'other';

const ENV_TEMPLATE_NAMES = new Set(['.env.example', '.env.sample', '.env.template', '.env.dist', '.env.defaults', 'example.env']);

export function isEnvTemplateName(name: string): boolean {
  return ENV_TEMPLATE_NAMES.has(name.toLowerCase());
}

export function isEnvFileName(name: string): boolean {
  return name === '.env' || name.startsWith('.env.') || name.endsWith('.env') || name === '.envrc' || name === 'env.list';
}

export function classify(posixPath: string): FileKind {
  const name = posixPath.slice(posixPath.lastIndexOf('/') + 1);
  const lower = name.toLowerCase();
  const isYaml = lower.endsWith('.yml') || lower.endsWith('.yaml');
  if (isEnvTemplateName(name)) return 'env-template';
  if (isEnvFileName(name)) return 'env';
  if (lower.startsWith('dockerfile') || lower.endsWith('.dockerfile')) return 'dockerfile';
  if (!isYaml) return lower.endsWith('.json') ? 'yaml' : 'other';
  if (/(^|\/)\.github\/workflows\/[^/]+$/.test(posixPath)) return 'workflow';
  if (lower === 'action.yml' || lower === 'action.yaml') return 'action';
  if (lower === '.gitlab-ci.yml' || lower === '.gitlab-ci.yaml') return 'gitlab-ci';
  if (lower === 'kustomization.yml' || lower === 'kustomization.yaml') return 'kustomization';
  if (/^(docker-)?compose([.-][^/]*)?\.ya?ml$/.test(lower)) return 'compose';
  if (/^values[^/]*\.ya?ml$/.test(lower)) return 'helm-values';
  return 'yaml';
}

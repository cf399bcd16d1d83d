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
  // `docker-compose.yml`, `compose.prod.yaml`, and the underscore spelling `docker_compose.yml`.
  if (/^(docker[-_])?compose([._-][^/]*)?\.ya?ml$/.test(lower)) return 'compose';
  if (/^values[^/]*\.ya?ml$/.test(lower)) return 'helm-values';
  return 'yaml';
}

/**
 * Every name kustomize reads a kustomization from: `kustomization.yaml`, `.yml`, and the bare
 * `Kustomization`, which classify() leaves a plain file (the rules of its kind expect YAML names)
 * but whose generators the kustomize rules follow all the same.
 */
export function isKustomizationFile(posixPath: string): boolean {
  return /(^|\/)(kustomization\.ya?ml|Kustomization)$/.test(posixPath);
}

/** Kinds whose documents are Kubernetes objects when their content says so (`apiVersion` + `kind`). */
const CONTENT_CHECKED: ReadonlySet<FileKind> = new Set(['yaml', 'k8s', 'helm-values']);

/**
 * Content-based refinement of `classify`: a YAML or JSON file whose documents carry both
 * `apiVersion` and `kind` at the top level (including `kind: List`) is a Kubernetes manifest.
 * A cheap textual test, so callers can use it before parsing; structural rules still check each
 * document with `isKubernetesObject`.
 */
export function classifyWithContent(posixPath: string, text: string): FileKind {
  const kind = classify(posixPath);
  if (kind === 'yaml' && looksLikeKubernetes(text)) return 'k8s';
  return kind;
}

// YAML keys at the start of a line (top level), or JSON keys anywhere.
const API_VERSION_KEY = /(^|\n)apiVersion[ \t]*:|"apiVersion"\s*:/;
const KIND_KEY = /(^|\n)kind[ \t]*:|"kind"\s*:/;

/** The last text asked about, and the answer: every Kubernetes rule asks again about the same file. */
let lastText: string | undefined;
let lastAnswer = false;

export function looksLikeKubernetes(text: string): boolean {
  // The rules of one file ask one after another, with the same string: an identity check.
  if (text === lastText) return lastAnswer;
  // A plain search first skips most files at memory speed. `Version`: an upper-case letter is
  // rare in source and JSON, so the search stops less often than on the `a` of `apiVersion`.
  lastAnswer = text.includes('Version') && API_VERSION_KEY.test(text) && KIND_KEY.test(text);
  lastText = text;
  return lastAnswer;
}

/** True for a parsed (JS) value that is a Kubernetes object: string `apiVersion` and `kind`. */
export function isKubernetesObject(value: unknown): value is { apiVersion: string; kind: string; [key: string]: unknown } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return typeof record['apiVersion'] === 'string' && typeof record['kind'] === 'string' && record['kind'] !== '';
}

/** Whether structural Kubernetes rules should look at a file of this kind at all. */
export function mayHoldKubernetes(kind: FileKind): boolean {
  return CONTENT_CHECKED.has(kind);
}

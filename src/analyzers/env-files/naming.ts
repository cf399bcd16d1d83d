import { segmentWildcardMatch } from '../../core/wildcard.js';
import { isEnvFileName, isEnvTemplateName } from '../../discover/classify.js';

/**
 * Which files are env files by name, and which are templates meant to be committed. Wider than
 * classify.ts on templates: `.env.local.example` or `.env.production.sample` are templates too.
 */
export type EnvNameKind = 'env' | 'template' | null;

const TEMPLATE_SUFFIX = /\.(example|sample|template|tmpl|tpl|dist|defaults)$/i;
const TEMPLATE_PREFIX = /^(example|sample|template)\.[^/]*env$/i;

export function baseName(posixPath: string): string {
  return posixPath.slice(posixPath.lastIndexOf('/') + 1);
}

/** `extraTemplates`: the config's `envFileTemplates`, names or paths, `*` as a wildcard. */
export function envNameKind(posixPath: string, extraTemplates: readonly string[] = []): EnvNameKind {
  const name = baseName(posixPath);
  if (isTemplate(posixPath, extraTemplates)) return 'template';
  return isEnvFileName(name) ? 'env' : null;
}

/** True for a committed-on-purpose template, whatever else points at it (a Compose env_file too). */
export function isTemplate(posixPath: string, extraTemplates: readonly string[] = []): boolean {
  const name = baseName(posixPath);
  if (isEnvTemplateName(name) || TEMPLATE_PREFIX.test(name)) return true;
  if (/(^|\.)env(\.|$)/i.test(name) && TEMPLATE_SUFFIX.test(name)) return true;
  // Case-insensitive, `*` within one path segment; no regular expression (src/core/wildcard.ts).
  return extraTemplates.some((t) => segmentWildcardMatch(t.toLowerCase(), (t.includes('/') ? posixPath : name).toLowerCase()));
}

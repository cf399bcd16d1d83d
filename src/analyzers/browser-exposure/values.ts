/** Where a public-prefixed variable's value comes from, which decides how bad its exposure is. */
import { containsProviderKey } from '../kubernetes/provider-key.js';
import { isLiteralSecretValue } from '../secret-names.js';
import { isReferenceValue } from '../secret-names.js';
import type { Severity } from '../../core/finding.js';
import type { PublicName } from './meta.js';

/**
 * - platform-secret: the CI/CD platform's secret store (`${{ secrets.X }}`, a GitLab `$VAR` defined
 *   in the project settings, `secretKeyRef`);
 * - literal-key: a provider-shaped key written in the file; literal: another written value;
 * - reference: resolved elsewhere at run time (`${VAR}`, `${{ vars.X }}`, a build ARG);
 * - placeholder: empty, a dummy or a template value.
 */
export type ValueSource = 'platform-secret' | 'literal-key' | 'literal' | 'reference' | 'placeholder';

/** One definition of a public-prefixed, secret-like variable, located at its name. */
export interface PublicDefinition {
  name: PublicName;
  /** Offsets of the variable's name in the file text. */
  start: number;
  end: number;
  source: ValueSource;
  /** The literal value (literal and literal-key only). */
  secret?: string;
  /** How it is defined, for messages: `step env`, `Dockerfile ARG`, `Compose environment`. */
  origin: string;
  /** What the value reads, for messages (`secrets.OPENAI_API_KEY`, `secretKeyRef app-secrets/key`). */
  from?: string;
  yamlPath?: string;
}

/** The source of a written value that is not a known platform-secret reference. */
export function classifyWritten(value: string): ValueSource {
  const v = value.trim();
  if (v === '') return 'placeholder';
  if (containsProviderKey(v)) return 'literal-key';
  if (isReferenceValue(v)) return 'reference';
  return isLiteralSecretValue(v) ? 'literal' : 'placeholder';
}

export function isLiteralSource(source: ValueSource): boolean {
  return source === 'literal' || source === 'literal-key';
}

/** High when a real secret is compiled in (platform secret or written value), medium otherwise. */
export function severityOf(source: ValueSource): Severity {
  return source === 'platform-secret' || isLiteralSource(source) ? 'high' : 'medium';
}

export function describeSource(definition: PublicDefinition): string {
  switch (definition.source) {
    case 'platform-secret':
      return `is fed from a platform secret${definition.from ? ` (${definition.from})` : ''}`;
    case 'literal-key':
      return 'holds a literal API key';
    case 'literal':
      return 'holds a literal value';
    case 'reference':
      return `is set from ${definition.from ?? 'a reference resolved at build time'}`;
    case 'placeholder':
      return 'is a placeholder here, which teaches putting the real key under this name';
  }
}

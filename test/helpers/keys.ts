/**
 * Provider-shaped test keys with random bodies, generated at test time so that no key-shaped
 * literal is ever committed (the repository must pass its own scan). The marker and prefixes are
 * assembled from pieces for the same reason.
 */
import { randomInt } from 'node:crypto';

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const URL_SAFE = ALNUM + '_-';

export function randomString(length: number, alphabet = ALNUM): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/** "OpenAI" in base64, built so the literal never appears in the repository. */
export const OPENAI_MARKER = ['T3Bl', 'bkFJ'].join('');

export type OpenAiKind = 'legacy' | 'proj' | 'svcacct' | 'service' | 'admin' | 'none-marker' | 'none-48';

export interface OpenAiKeyOptions {
  /** Characters on each side of the marker (default 74 for project keys, 58 for admin keys). */
  side?: number;
  /** Force the body to begin and/or end with one of `-` and `_` (real keys can). */
  edge?: 'start' | 'end' | 'both';
}

/** An OpenAI-shaped key of the given kind with a random body. */
export function openaiKey(kind: OpenAiKind = 'proj', options: OpenAiKeyOptions = {}): string {
  const sk = ['s', 'k', '-'].join('');
  if (kind === 'legacy') return sk + randomString(20) + OPENAI_MARKER + randomString(20);
  if (kind === 'none-48') return `${sk}None-` + randomString(48);
  const side = options.side ?? (kind === 'admin' ? 58 : 74);
  let left = randomString(side, URL_SAFE);
  let right = randomString(side, URL_SAFE);
  const edgeChar = () => (randomInt(2) === 0 ? '-' : '_');
  if (options.edge === 'start' || options.edge === 'both') left = edgeChar() + left.slice(1);
  if (options.edge === 'end' || options.edge === 'both') right = right.slice(0, -1) + edgeChar();
  const prefix = kind === 'none-marker' ? 'None' : kind;
  return `${sk}${prefix}-${left}${OPENAI_MARKER}${right}`;
}

/** base64 of a string, for Kubernetes Secret `data:` and similar fixtures. */
export function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/**
 * Key generators by name, for fixture templates: `<<openai:proj>>` in a fixture becomes a fresh
 * key from `KEY_GENERATORS['openai:proj']`. Provider entries are added here as detectors grow.
 */
export const KEY_GENERATORS: Record<string, () => string> = {
  'openai:legacy': () => openaiKey('legacy'),
  'openai:proj': () => openaiKey('proj'),
  'openai:proj-58': () => openaiKey('proj', { side: 58 }),
  'openai:proj-46': () => openaiKey('proj', { side: 46 }),
  'openai:proj-20': () => openaiKey('proj', { side: 20 }),
  'openai:proj-edge': () => openaiKey('proj', { edge: 'both' }),
  'openai:svcacct': () => openaiKey('svcacct'),
  'openai:service': () => openaiKey('service'),
  'openai:admin': () => openaiKey('admin'),
  'openai:none': () => openaiKey('none-48'),
  // Other providers (live verification tests); prefixes are plain, bodies random.
  'anthropic:api': () => 'sk-ant-api03-' + randomString(93, URL_SAFE) + 'AA',
  'anthropic:admin': () => 'sk-ant-admin01-' + randomString(93, URL_SAFE) + 'AA',
  'anthropic:oauth': () => 'sk-ant-oat01-' + randomString(93, URL_SAFE) + 'AA',
  'github:pat': () => 'ghp_' + randomString(36),
  'github:installation': () => 'ghs_' + randomString(36),
  'github:refresh': () => 'ghr_' + randomString(36),
  'github:fine-grained': () => 'github_pat_' + randomString(82, ALNUM + '_'),
  'gitlab:pat': () => 'glpat-' + randomString(20, URL_SAFE),
  'gitlab:runner': () => 'glrt-' + randomString(20, URL_SAFE),
  'huggingface:user': () => 'hf_' + randomString(34, ALNUM.slice(0, 52)),
  'groq:api': () => 'gsk_' + randomString(52),
  'slack:bot': () => `xoxb-${randomString(12, '0123456789')}-${randomString(13, '0123456789')}-${randomString(24)}`,
  'slack:refresh': () => `xoxe-1-${randomString(60)}`,
  'stripe:live': () => 'sk_live_' + randomString(99),
  'stripe:restricted': () => 'rk_live_' + randomString(99),
};

export function generateKey(spec: string): string {
  const generator = KEY_GENERATORS[spec];
  if (!generator) throw new Error(`no test key generator named "${spec}"`);
  return generator();
}

/**
 * Fixture templates: committed files never hold key-shaped literals, so a fixture writes
 * `<<provider:kind>>` where a key goes (optionally `<<provider:kind|base64>>`, `|base64x2`, `|hex`,
 * `|url`), and the test renders it with freshly generated keys, learning where each one landed.
 */
import { readFileSync } from 'node:fs';
import { base64, generateKey } from './keys.js';

export interface PlacedKey {
  spec: string;
  /** The raw generated key. */
  key: string;
  /** The text written into the file (the key, or its encoding). */
  written: string;
  /** 1-based line and column (in characters) of `written`. */
  line: number;
  column: number;
}

const TOKEN = /<<([a-z0-9-]+:[a-z0-9-]+)(?:\|(base64x2|base64|hex|url))?>>/g;

const ENCODERS: Record<string, (text: string) => string> = {
  base64: (t) => base64(t),
  base64x2: (t) => base64(base64(t)),
  hex: (t) => Buffer.from(t, 'utf8').toString('hex'),
  url: (t) => encodeURIComponent(t).replace(/-/g, '%2D').replace(/_/g, '%5F'),
};

export function renderTemplate(template: string): { text: string; keys: PlacedKey[] } {
  const keys: PlacedKey[] = [];
  let text = '';
  let last = 0;
  for (const match of template.matchAll(TOKEN)) {
    text += template.slice(last, match.index);
    const spec = match[1]!;
    const key = generateKey(spec);
    const encoding = match[2];
    const written = encoding ? ENCODERS[encoding]!(key) : key;
    const before = text.split('\n');
    const lineText = before[before.length - 1]!.replace(/^\uFEFF/, '');
    keys.push({ spec, key, written, line: before.length, column: [...lineText].length + 1 });
    text += written;
    last = match.index + match[0].length;
  }
  text += template.slice(last);
  return { text, keys };
}

export function renderFixture(file: string): { text: string; keys: PlacedKey[] } {
  return renderTemplate(readFileSync(file, 'utf8'));
}

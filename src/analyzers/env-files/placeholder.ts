import { isDummyValue } from '../secret-names.js';

/**
 * Values that are not literal secrets: references to other variables or commands, templating,
 * placeholders, booleans and numbers, and values too short to be a credential.
 */
const REFERENCE = /^\$\{[^}]*\}$|^\$[A-Za-z_][A-Za-z0-9_]*$|^\$\(.*\)$|^%[A-Za-z_][A-Za-z0-9_]*%$|\{\{.*\}\}|^ENC\[[A-Z0-9_]+,/s;
const PLACEHOLDER = /^<.*>$|^\[.*\]$|^(your|my|insert|enter|put|add)[-_ ]|[-_ ](here|goes[-_ ]here)$|^x{3,}$|^\*{3,}$|^\.{3}$|\.{3}$|^(redacted|placeholder|replace[-_ ]?me|change[-_ ]?me|changeit|tbd|n\/a|secret[-_]?here|none|null|nil|undefined|empty)$/i;
const MIN_SECRET_LENGTH = 4;

export function isLiteralSecretValue(value: string): boolean {
  const v = value.trim();
  if (v.length < MIN_SECRET_LENGTH || isDummyValue(v)) return false;
  if (/^(true|false|yes|no|on|off)$/i.test(v) || /^-?\d+(\.\d+)?$/.test(v)) return false;
  if (REFERENCE.test(v) || PLACEHOLDER.test(v)) return false;
  // One character repeated (`0000`, `----`) imitates a value rather than being one.
  return new Set(v).size > 1;
}

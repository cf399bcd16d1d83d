/** Cheap statistics that tell random key material from words and placeholders. */

/** Shannon entropy in bits per character. */
export function shannonEntropy(text: string): number {
  if (text.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Rejects bodies such as `xxxxxxxx…` or `aaaa…` that only imitate a key's shape. */
export function looksRandom(part: string): boolean {
  return new Set(part).size >= Math.min(8, Math.ceil(part.length / 3)) && !isSequential(part);
}

/** `abcdefgh…`, `0123456789…` and their repetitions: keyboard filler, not key material. */
export function isSequential(part: string): boolean {
  if (part.length < 8) return false;
  let steps = 0;
  for (let i = 1; i < part.length; i++) {
    const d = part.charCodeAt(i) - part.charCodeAt(i - 1);
    if (d === 1 || d === -1 || d === 0) steps++;
  }
  return steps / (part.length - 1) > 0.6;
}

/** How many of lower case, upper case, digits and other characters occur. */
export function characterClasses(text: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(text)).length;
}

// Provider-shaped keys for generated benchmark repositories, from a seeded generator so that runs
// are reproducible. Prefix and marker are assembled from pieces: no key-shaped literal is committed.
export const OPENAI_MARKER = ['T3Bl', 'bkFJ'].join('');
const SK = ['s', 'k', '-'].join('');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const URL_SAFE = ALNUM + '_-';

/** The OpenAI key regex the floors (ripgrep, git log | rg) run: any `sk-…` run carrying the marker. */
export const OPENAI_REGEX = `${SK}[A-Za-z0-9_-]*${OPENAI_MARKER}[A-Za-z0-9_-]+`;

/** mulberry32: small, fast, good enough to make varied but reproducible trees. */
export function seeded(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  const string = (length, alphabet = ALNUM) => {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[int(alphabet.length)];
    return out;
  };
  const openaiKey = () => `${SK}${pick(['proj', 'svcacct', 'admin'])}-${string(74, URL_SAFE)}${OPENAI_MARKER}${string(74, URL_SAFE)}`;
  return { next, int, pick, string, openaiKey };
}

/**
 * Adversarial inputs for every detector: 1 MB of its own prefixes/keywords repeated (the input
 * that makes `prefix.*suffix` regexes backtrack) and 1 MB of base64 characters (one endless
 * candidate run), plus the whole engine with decoding on both. Run with
 * `npx vitest bench --run bench/regex-adversarial.bench.ts`; figures go into bench/REGEX.md.
 */
import { randomBytes } from 'node:crypto';
import { bench, describe } from 'vitest';
import { DETECTORS } from '../src/detectors/catalogue.js';
import { findSecrets } from '../src/detectors/find.js';

const MB = 1024 * 1024;

function repeatTo(unit: string, size = MB): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Every prefix and keyword of a detector, glued: `sk-ant-api03-sk-ant-api03-…`. */
function prefixes(keywords: readonly string[]): string {
  return repeatTo(keywords.join(''));
}

const separators = repeatTo('api_key: "=:" token=: secret:= ');
const base64Run = randomBytes((MB * 3) / 4).toString('base64').slice(0, MB);
const base64Lines = base64Run.replace(/(.{76})/g, '$1\n');

/** Where a detector's keyword is not the start of what its pattern matches, the real start too. */
const armour = ['-----BEGIN', ' RSA PRIVATE KEY-----'].join('');
const EXTRA: Record<string, string> = {
  'private-key': repeatTo(`${armour}\n`),
  'gcp-service-account-key': repeatTo('"type": "service_account", "private_key": "' + armour),
  'docker-config-auth': repeatTo('"auths": {"auth": "dXNlcjpw'),
  'url-embedded-password': repeatTo('https://user:pass'),
  'generic-secret': separators,
};

for (const detector of DETECTORS) {
  const repeated = prefixes(detector.keywords);
  const extra = EXTRA[detector.id];
  describe(detector.id, () => {
    bench('1 MB of repeated keywords', () => void detector.find(repeated), { iterations: 3, time: 0 });
    bench('1 MB of base64 characters', () => void detector.find(base64Run), { iterations: 3, time: 0 });
    if (extra) bench('1 MB of repeated pattern starts', () => void detector.find(extra), { iterations: 3, time: 0 });
  });
}

describe('whole engine (prefilter, all detectors, decoding depth 3)', () => {
  const everyKeyword = repeatTo(DETECTORS.flatMap((d) => d.keywords).join(' '));
  bench('1 MB of every keyword', () => void findSecrets(everyKeyword, { decodeDepth: 3 }), { iterations: 3, time: 0 });
  bench('1 MB of base64, one line', () => void findSecrets(base64Run, { decodeDepth: 3 }), { iterations: 3, time: 0 });
  bench('1 MB of base64, 76-column lines', () => void findSecrets(base64Lines, { decodeDepth: 3 }), { iterations: 3, time: 0 });
  bench('1 MB of assignment separators', () => void findSecrets(separators, { decodeDepth: 3 }), { iterations: 3, time: 0 });
});

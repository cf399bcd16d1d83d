/** The engine behind the text rule: prefilter, decoding chains and positions, overlap winners. */
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSecretsInText } from '../../src/analyzers/text.js';
import { LineIndex } from '../../src/core/text-position.js';
import { DETECTORS } from '../../src/detectors/catalogue.js';
import { decodeLayers } from '../../src/detectors/decode.js';
import { separatorsAfter } from '../../src/detectors/generic.js';
import { KeywordPrefilter } from '../../src/detectors/prefilter.js';
import { base64, generateKey, openaiKey, randomBody } from '../helpers/keys.js';

function scan(text: string, decodeDepth = 3) {
  return findSecretsInText({ path: 'f', text, lines: new LineIndex(text) }, { decodeDepth });
}
const brief = (text: string, decodeDepth = 3) =>
  scan(text, decodeDepth).map((f) => ({ ruleId: f.ruleId, category: f.category, line: f.line, column: f.column, decodedFrom: f.decodedFrom }));

describe('decoding', () => {
  const key = openaiKey('proj');

  it('finds runs of exactly the minimum length, and of the minimum hex length, at every offset', () => {
    // 12 bytes of text are 16 base64 characters; 16 bytes are 32 hex digits.
    const b64 = Buffer.from(`${randomBody(8)} abc`).toString('base64').replace(/=+$/, '');
    const hex = Buffer.from(`${randomBody(12)} abc`).toString('hex');
    expect([b64.length, hex.length]).toEqual([16, 32]);
    for (const [encoded, encoding] of [[b64, 'base64'], [hex, 'hex']] as const) {
      for (let offset = 0; offset < 40; offset++) {
        // Short words before it, and a space right before it so that the run starts there.
        const before = offset === 0 ? '' : `${'ab cd:e '.repeat(6).slice(0, offset - 1)} `;
        const text = `${before}${encoded} x.y`;
        const layer = decodeLayers(text, 1).find((l) => l.chain[0] === encoding);
        expect({ offset, start: layer?.start, end: layer?.end }).toEqual({ offset, start: offset, end: offset + encoded.length });
      }
    }
  });

  it('reports double base64 at the encoded text with the chain', () => {
    expect(brief(`data:\n  KEY: ${base64(base64(key))}\n`)).toEqual([
      { ruleId: 'openai-api-key', category: 'encoded-secret', line: 2, column: 8, decodedFrom: ['base64', 'base64'] },
    ]);
  });

  it('decodes URL-safe base64 without padding, hex and percent-encoding', () => {
    let urlSafe = '';
    while (!/[-_]/.test(urlSafe)) urlSafe = Buffer.from(`k=${openaiKey('proj')}??>`).toString('base64url');
    expect(urlSafe).not.toMatch(/[=+/]/);
    expect(brief(`t: ${urlSafe}`)[0]).toMatchObject({ category: 'encoded-secret', column: 4, decodedFrom: ['base64'] });
    expect(brief(`h = "${Buffer.from(key).toString('hex')}"`)[0]).toMatchObject({ column: 6, decodedFrom: ['hex'] });
    const percent = encodeURIComponent(key).replace(/-/g, '%2D');
    expect(brief(`u: https://x.internal/?s=${percent}`)[0]).toMatchObject({ column: 26, decodedFrom: ['url'] });
  });

  it('follows only as many levels as decodeDepth allows', () => {
    const twice = `v: ${base64(base64(key))}`;
    expect(brief(twice, 1)).toEqual([]);
    expect(brief(twice, 2)).toHaveLength(1);
    expect(brief(`v: ${base64(key)}`, 0)).toEqual([]);
  });

  it('ignores decodings that are not mostly printable', () => {
    expect(decodeLayers(`blob: ${randomBytes(3000).toString('base64')}`, 3)).toEqual([]);
    expect(decodeLayers(`digest: sha256:${randomBytes(32).toString('hex')}`, 3)).toEqual([]);
  });

  it('reports every key of one encoded file at that file position', () => {
    const env = `A=${openaiKey('proj')}\nB=${generateKey('github:ghp')}\nC=${generateKey('anthropic:api03')}\n`;
    const found = brief(`data:\n  .env: ${base64(env)}\n`);
    expect(found.map((f) => f.ruleId).sort()).toEqual(['anthropic-api-key', 'github-token', 'openai-api-key']);
    expect(found.every((f) => f.line === 2 && f.column === 9 && f.category === 'encoded-secret')).toBe(true);
  });

  it('reads a kubernetes dockerconfigjson whose password is a GitHub token as that token', () => {
    const auth = base64(`bot:${generateKey('github:ghp')}`);
    const config = base64(JSON.stringify({ auths: { 'ghcr.io': { auth } } }));
    expect(brief(`type: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${config}\n`)).toEqual([
      { ruleId: 'github-token', category: 'encoded-secret', line: 3, column: 22, decodedFrom: ['base64', 'base64'] },
    ]);
  });

  it('reports a dockerconfigjson with a plain password as docker-config-auth', () => {
    const auth = base64(`bot:${randomBody(20)}`);
    const config = base64(JSON.stringify({ auths: { 'registry.internal': { auth } } }));
    expect(brief(`data:\n  .dockerconfigjson: ${config}\n`)).toEqual([
      { ruleId: 'docker-config-auth', category: 'encoded-secret', line: 2, column: 22, decodedFrom: ['base64', 'base64'] },
    ]);
  });
});

describe('overlaps and context', () => {
  it('lets a provider rule win over the generic rule and the URL rule on the same value', () => {
    const token = generateKey('github:ghp');
    expect(brief(`api_token: "${token}"\nurl: https://bot:${token}@git.internal/x.git`).map((f) => f.ruleId)).toEqual(['github-token', 'github-token']);
  });

  it('never reports OpenAI organization or project ids on their own', () => {
    expect(scan(`OPENAI_ORG_ID=org-${randomBody(24)}\nOPENAI_PROJECT_ID=proj_${randomBody(24)}\norganization: org-${randomBody(24)}\n`)).toEqual([]);
  });

  it('names the key kind in the message and keeps the raw secret for the core', () => {
    const key = openaiKey('admin');
    const [finding] = scan(`k: ${key}`);
    expect(finding).toMatchObject({ message: 'Hardcoded OpenAI admin key.', secret: key, secretPrefix: 'sk-admin-', severity: 'critical' });
  });

  it('reports a context rule only with its provider named nearby', () => {
    const key = generateKey('mistral:api');
    expect(brief(`MISTRAL_API_KEY=${key}`).map((f) => f.ruleId)).toEqual(['mistral-api-key']);
    expect(brief(`SOME_VALUE=${key}`)).toEqual([]);
  });
});

describe('keyword prefilter', () => {
  const prefilter = new KeywordPrefilter(DETECTORS);
  const ids = (text: string) => prefilter.candidates(text).map((d) => d.id);

  it('selects only the detectors whose keywords occur, in any case', () => {
    expect(ids('nothing to see')).toEqual([]);
    expect(ids('AZURE_OPENAI_ENDPOINT')).toEqual(['azure-openai-api-key']);
    expect(ids('x ghp_ y')).toEqual(['github-token']);
    expect(ids('Deepseek')).toContain('deepseek-api-key');
  });

  it('runs a detector on the keywords of shorter keywords it contains', () => {
    expect(ids('sk-ant-api03-')).toContain('anthropic-api-key');
    expect(ids('AWS_SECRET_ACCESS_KEY')).toEqual(expect.arrayContaining(['aws-secret-access-key', 'generic-secret']));
  });

  it('still finds a rare keyword after thousands of a common one (dropped once its detectors are chosen)', () => {
    const text = 'const key = token;\n'.repeat(5000) + 'x = "ghp_"\n' + 'key '.repeat(100) + 'deepseek';
    expect(ids(text)).toEqual(expect.arrayContaining(['generic-secret', 'github-token', 'deepseek-api-key']));
    // The same answers as asking about each part on its own, whatever order the keywords come in.
    expect(ids('ghp_ key deepseek').sort()).toEqual(ids(text).sort());
    expect(ids('deepseek ghp_ key').sort()).toEqual(ids(text).sort());
  });

  it('chooses a detector by an exact keyword only as written, also at the start of a longer keyword', () => {
    const twilio = ['twilio-api-key', 'twilio-api-key-secret'];
    const chosen = (text: string) => ids(text).filter((id) => twilio.includes(id));
    expect(chosen('a task on a disk')).toEqual([]);
    expect(chosen('sk Sk sK')).toEqual([]);
    expect(chosen('id: SK')).toEqual(twilio);
    // `sk-ant-` is a keyword of its own (Anthropic): its `SK` still counts, in upper case only.
    expect(chosen('sk-ant-')).toEqual([]);
    expect(ids('SK-ant-')).toEqual(expect.arrayContaining(['anthropic-api-key', ...twilio]));
    // The provider's name still chooses the secret's detector in any case, not the SID's.
    expect(chosen('TWILIO_API_SECRET')).toEqual(['twilio-api-key-secret']);
    // A lower-case `sk` met first does not hide an upper-case `SK` further on.
    expect(chosen(`${'task '.repeat(1000)}SK`)).toEqual(twilio);
  });

  it('finds a keyword that begins inside another one (`aws` then Twilio\'s `SK` in `awSK`)', () => {
    expect(ids('awSK')).toEqual(expect.arrayContaining(['aws-secret-access-key', 'twilio-api-key']));
    expect(ids('AUTHF_')).toEqual(expect.arrayContaining(['generic-secret', 'huggingface-token']));
  });

  it('reports every place of a tracked word, also inside longer keywords and overlapping ones', () => {
    const tracking = new KeywordPrefilter(DETECTORS, { track: ['key', 'secret'] });
    const text = 'AWS_SECRET_ACCESS_KEY=1 private key; deepseekey secretkey';
    const expected = [...text.toLowerCase().matchAll(/(?=(key|secret))/g)].map((m) => m.index);
    expect(tracking.scan(text).trackedAt).toEqual(expected);
    expect(new KeywordPrefilter(DETECTORS).scan(text).trackedAt).toEqual([]);
  });

  it('the generic rule finds the same assignments from the prefilter\'s word places as from its own search (property)', () => {
    const generic = DETECTORS.find((d) => d.id === 'generic-secret')!;
    const tracking = new KeywordPrefilter(DETECTORS, { track: generic.keywords });
    const name = fc.array(fc.constantFrom('api', 'KEY', 'token', 'Secret', 'pass', 'db', 'aws', 'private key', 'deepsee', 'x', '_', '-', '.'), { minLength: 1, maxLength: 4 }).map((p) => p.join(''));
    const secret = randomBody(20);
    const value = fc.constantFrom(secret, `"${secret}"`, `'${secret}'`, 'short', '${{ secrets.X }}');
    const line = fc.tuple(name, fc.constantFrom(': ', '=', ' = ', '" : ', ':', ' := '), value).map(([n, op, v]) => `${n}${op}${v}`);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', ', ', ' ', ';'), (lines, joiner) => {
        const text = lines.join(joiner);
        const { trackedAt } = tracking.scan(text);
        expect(generic.find(text, { trackedAt })).toEqual(generic.find(text, {}));
      }),
      { numRuns: 3000 },
    );
  });

  it('the separators walked to from the word places include every separator whose name holds a word (property)', () => {
    const generic = DETECTORS.find((d) => d.id === 'generic-secret')!;
    const tracking = new KeywordPrefilter(DETECTORS, { track: generic.keywords });
    // Independent of the rule's code: walk back from each separator as its comment says.
    const namedBefore = (text: string, sep: number) => {
      let j = sep - 1;
      while (j >= 0 && j > sep - 8 && (text[j] === ' ' || text[j] === '\t')) j--;
      if (text[j] === '"' || text[j] === "'") j--;
      const end = j + 1;
      while (j >= 0 && end - j <= 100 && /[A-Za-z0-9_.-]/.test(text[j]!)) j--;
      return text.slice(j + 1, end);
    };
    const piece = fc.constantFrom('api', 'KEY', 'token', 'Secret', 'pass', 'db', 'aws', 'private key', 'deepsee', 'x', '_', '-', '.', ' ', '  ', '"', "'", ':', '=', '\n', ',');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const walked = new Set(separatorsAfter(text, tracking.scan(text).trackedAt));
        for (let sep = 0; sep < text.length; sep++) {
          if ((text[sep] === ':' || text[sep] === '=') && /key|token|secret|pass|pwd|credential|auth/i.test(namedBefore(text, sep))) expect(walked.has(sep), `${JSON.stringify(text)} at ${sep}`).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('chooses exactly the detectors with a keyword anywhere in the text, in any case but for exact keywords (property)', () => {
    const keywords = [...new Set(DETECTORS.flatMap((d) => d.keywords))];
    const naive = (text: string) => {
      const lower = text.toLowerCase();
      return DETECTORS.filter((d) => d.keywords.some((k) => (d.exactKeywords?.includes(k) ? text.includes(k) : lower.includes(k.toLowerCase())))).map((d) => d.id);
    };
    const piece = fc.oneof(
      fc.tuple(fc.constantFrom(...keywords), fc.constantFrom('upper', 'lower', 'as written')).map(([k, c]) => (c === 'upper' ? k.toUpperCase() : c === 'lower' ? k.toLowerCase() : k)),
      fc.constantFrom(...keywords).map((k) => k.slice(0, Math.max(1, k.length - 1))),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(ids(text)).toEqual(naive(text));
      }),
      { numRuns: 3000 },
    );
  });
});

import type { Detector, DetectorMatch } from './types.js';

/** base64 of "OpenAI": every OpenAI secret key carries it in its body. */
export const OPENAI_MARKER = 'T3BlbkFJ';

const KEY_KINDS: Record<string, string> = {
  proj: 'project key',
  svcacct: 'service-account key',
  service: 'service-account key',
  admin: 'admin key',
  None: 'user key without a project',
};

/**
 * A run of key characters that starts with `sk-`. Key bodies use `A-Za-z0-9_-` and may begin or
 * end with `-` or `_`, so the run is delimited by any other character rather than by `\b`.
 * A single greedy character class cannot backtrack catastrophically; the shape is checked in code.
 */
const CANDIDATE = /sk-[A-Za-z0-9_-]+/g;
const BODY_SIDE_MIN = 20;
const BODY_SIDE_MAX = 256;

export const openaiDetector: Detector = {
  id: 'openai-api-key',
  provider: 'OpenAI',
  grants: 'API access billed to the OpenAI organization or project (admin keys: manage keys and users)',
  keywords: [OPENAI_MARKER, 'sk-None-'],
  severity: 'critical',
  remediation:
    'Revoke the key at https://platform.openai.com/api-keys (admin keys: https://platform.openai.com/settings/organization/admin-keys), create a new one and store it in the platform secret store (e.g. ${{ secrets.OPENAI_API_KEY }}).',
  helpUri: 'https://platform.openai.com/docs/api-reference/authentication',
  find(text) {
    const matches: DetectorMatch[] = [];
    for (const candidate of text.matchAll(CANDIDATE)) {
      const run = candidate[0];
      const runStart = candidate.index;
      // One run can hold several keys glued together: each marker anchors one key, and two keys
      // split at the last `sk-` before the next marker (an `sk-` inside one key's body is harmless).
      const markers: number[] = [];
      for (let m = run.indexOf(OPENAI_MARKER); m !== -1; m = run.indexOf(OPENAI_MARKER, m + OPENAI_MARKER.length)) markers.push(m);
      let keyStart = 0;
      markers.forEach((marker, i) => {
        const next = markers[i + 1];
        const split = next === undefined ? -1 : run.lastIndexOf('sk-', next);
        if (next !== undefined && split <= marker + OPENAI_MARKER.length) return; // not a boundary: one key
        const keyEnd = next === undefined ? run.length : split;
        const match = classify(run.slice(keyStart, keyEnd));
        if (match) matches.push({ ...match, start: runStart + keyStart, end: runStart + keyEnd });
        keyStart = keyEnd;
      });
      if (!run.includes(OPENAI_MARKER) && run.startsWith('sk-None-')) {
        const body = run.slice('sk-None-'.length);
        if (/^[A-Za-z0-9]{48}$/.test(body) && looksRandom(body)) {
          matches.push({ start: runStart, end: runStart + run.length, secret: run, prefix: 'sk-None-', kind: KEY_KINDS.None! });
        }
      }
    }
    return matches;
  },
};

function classify(key: string): Omit<DetectorMatch, 'start' | 'end'> | null {
  const kindMatch = /^sk-(proj|svcacct|service|admin|None)-/.exec(key);
  const prefix = kindMatch ? kindMatch[0] : 'sk-';
  const body = key.slice(prefix.length);
  const marker = body.indexOf(OPENAI_MARKER);
  const left = body.slice(0, marker);
  const right = body.slice(marker + OPENAI_MARKER.length);
  if (left.length < BODY_SIDE_MIN || right.length < BODY_SIDE_MIN) return null;
  if (left.length > BODY_SIDE_MAX || right.length > BODY_SIDE_MAX) return null;
  if (!looksRandom(left) || !looksRandom(right)) return null;
  let kind: string;
  if (kindMatch) kind = KEY_KINDS[kindMatch[1]!]!;
  else if (/^[A-Za-z0-9]{20}$/.test(left) && /^[A-Za-z0-9]{20}$/.test(right)) kind = 'legacy user key';
  else kind = 'secret key';
  return { secret: key, prefix, kind };
}

/** Rejects placeholder bodies such as `xxxxxxxx…` or `aaaa…` that only imitate the shape. */
function looksRandom(part: string): boolean {
  return new Set(part).size >= Math.min(8, Math.ceil(part.length / 3));
}

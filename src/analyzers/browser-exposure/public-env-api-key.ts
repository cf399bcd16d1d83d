import type { RawFinding } from '../../core/finding.js';
import type { FileRule } from '../types.js';
import { codeMaskOf, SOURCE_EXTENSIONS } from './js-source.js';
import { clientCalls, enclosingCall, importedSdk } from './llm-client.js';
import { ANY_PUBLIC_PREFIX, BROWSER_HELP, CLIENT_REMEDIATION, exposedSecretName, whyExposed } from './meta.js';

const PUBLIC_NAME = /\b(?:NEXT_PUBLIC|EXPO_PUBLIC|NUXT_PUBLIC|REACT_APP|VUE_APP|NG_APP|GATSBY|VITE|PUBLIC)_[A-Z0-9_]+\b/g;
const API_KEY_PROPERTY = /(["']?)\b(apiKey|openAIApiKey|openAiApiKey|anthropicApiKey|azureOpenAIApiKey|api_key)\1\s*:/g;

/** `new OpenAI({ apiKey: import.meta.env.VITE_OPENAI_API_KEY })` and the like: an LLM key read from a public env variable. */
export const publicEnvApiKeyRule: FileRule = {
  meta: {
    id: 'llm-client-public-env-key',
    category: 'secret-exposure',
    severity: 'high',
    description: 'Client code passes a public-prefixed env variable (import.meta.env.VITE_…, process.env.NEXT_PUBLIC_…) as an LLM API key, so the key is compiled into the JavaScript every visitor downloads.',
    helpUri: BROWSER_HELP,
  },
  appliesTo: (file) => SOURCE_EXTENSIONS.test(file.path),
  check(file, context) {
    if (!ANY_PUBLIC_PREFIX.test(file.text)) return [];
    const mask = codeMaskOf(file);
    const masked = mask.masked();
    const calls = clientCalls(mask, masked);
    const sdk = importedSdk(masked, file.text);
    if (calls.length === 0 && sdk === null) return [];
    // Spans to search: every client call's arguments, and `apiKey:` values in a file that imports an SDK.
    const spans: { start: number; end: number; client: string }[] = calls.map((c) => ({ start: c.argsStart, end: c.argsEnd, client: c.client }));
    if (sdk !== null) {
      for (const m of file.text.matchAll(API_KEY_PROPERTY)) {
        if (!mask.isCode(m.index) || enclosingCall(calls, m.index)) continue;
        const start = m.index + m[0].length;
        const stop = /[,}\n;]/.exec(masked.slice(start));
        spans.push({ start, end: stop ? start + stop.index : masked.length, client: `the "${sdk}" SDK` });
      }
    }
    const findings: RawFinding[] = [];
    const seen = new Set<number>();
    for (const span of spans) {
      for (const m of file.text.slice(span.start, span.end).matchAll(PUBLIC_NAME)) {
        const at = span.start + m.index;
        // A name in code (`import.meta.env.VITE_X`, `PUBLIC_X` from `$env/static/public`) or an env index (`process.env['VITE_X']`).
        if (seen.has(at) || !(mask.isCode(at) || /env\s*\[\s*["'`]$/.test(file.text.slice(Math.max(0, at - 20), at)))) continue;
        const name = exposedSecretName(m[0], context.settings);
        if (!name) continue;
        seen.add(at);
        const before = /(?:import\.meta\.env|process\.env|\benv)\s*(?:\.\s*|\[\s*["'`])$/.exec(file.text.slice(Math.max(0, at - 40), at));
        const start = before ? at - before[0].length : at;
        const client = /^the /.test(span.client) ? span.client : `the ${span.client} client`;
        findings.push({
          ruleId: this.meta.id,
          category: this.meta.category,
          severity: this.meta.severity,
          file: file.path,
          ...file.lines.range(start, at + m[0].length),
          message: `${name.name} is passed as the API key of ${client}. ${whyExposed(name)}`,
          remediation: CLIENT_REMEDIATION,
          fingerprintSeed: name.name,
        });
      }
    }
    return findings.sort((a, b) => (a.line! - b.line!) || (a.column! - b.column!));
  },
};

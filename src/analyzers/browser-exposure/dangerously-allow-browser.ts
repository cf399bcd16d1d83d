import type { RawFinding } from '../../core/finding.js';
import type { FileRule } from '../types.js';
import { codeMaskOf, SOURCE_EXTENSIONS } from './js-source.js';
import { clientCalls, enclosingCall, importedSdk } from './llm-client.js';
import { BROWSER_HELP, CLIENT_REMEDIATION } from './meta.js';

const OPTION = /(["']?)\bdangerouslyAllowBrowser\1\s*:\s*(true|!0)\b/g;

/** `dangerouslyAllowBrowser: true`: an OpenAI or Anthropic JS client deliberately running in the browser. */
export const dangerouslyAllowBrowserRule: FileRule = {
  meta: {
    id: 'llm-client-in-browser',
    category: 'secret-exposure',
    severity: 'high',
    description: 'An OpenAI or Anthropic JavaScript client is created with `dangerouslyAllowBrowser: true`, so its API key is shipped to and readable in every visitor’s browser.',
    helpUri: BROWSER_HELP,
  },
  appliesTo: (file) => SOURCE_EXTENSIONS.test(file.path),
  check(file) {
    if (!file.text.includes('dangerouslyAllowBrowser')) return [];
    const mask = codeMaskOf(file);
    const masked = mask.masked();
    const calls = clientCalls(mask, masked);
    const sdk = importedSdk(masked, file.text);
    const findings: RawFinding[] = [];
    for (const m of file.text.matchAll(OPTION)) {
      if (!mask.isCode(m.index)) continue;
      const call = enclosingCall(calls, m.index);
      const client = call ? `The ${call.client} client` : sdk ? `A client from "${sdk}"` : 'An LLM SDK client';
      findings.push({
        ruleId: this.meta.id,
        category: this.meta.category,
        severity: this.meta.severity,
        file: file.path,
        ...file.lines.range(m.index, m.index + m[0].length),
        message:
          `${client} is created with dangerouslyAllowBrowser: true, so it runs in the browser with its API key: the key is compiled into JavaScript that every visitor downloads, ` +
          `and anyone can copy it from the bundle or the network tab and spend on your account. (Only acceptable when each user types in their own key.)`,
        remediation: CLIENT_REMEDIATION,
        fingerprintSeed: `dangerouslyAllowBrowser:${call?.client ?? sdk ?? ''}`,
      });
    }
    return findings;
  },
};

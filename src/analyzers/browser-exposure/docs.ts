/** Documentation data of the browser-exposure rules (see ../rule-docs.ts): severities and examples. */
import type { RuleDoc } from '../rule-docs.js';

export const BROWSER_EXPOSURE_DOCS: Record<string, RuleDoc> = {
  'public-prefix-secret': {
    severities: [
      { severity: 'high', when: 'the public-prefixed secret-like variable holds a literal value or key, or is fed from a platform secret (`${{ secrets.X }}`, a CI/CD variable)' },
      { severity: 'medium', when: 'it is set from another reference resolved at build time (`${VAR}`, a build argument), which may hold a secret' },
    ],
    example: {
      file: 'compose.yaml',
      bad: `services:
  web:
    build:
      context: .
      args:
        VITE_OPENAI_API_KEY: \${OPENAI_API_KEY}
`,
      fixed: `services:
  web:
    build:
      context: .
  api:
    image: example/api:1
    environment:
      OPENAI_API_KEY: \${OPENAI_API_KEY}
`,
      line: 6,
      note: 'Keep the key on a server (an API route or a proxy the page calls); only values meant for every visitor get a public prefix.',
    },
  },
  'static-site-secret-build': {
    severities: [{ severity: 'high', when: 'a workflow that publishes a static site (GitHub Pages, Vercel, Netlify, Cloudflare Pages, an uploaded build) builds it with a secret in a public-prefixed variable' }],
    example: {
      file: '.github/workflows/pages.yml',
      bad: `on:
  push:
    branches: [main]
permissions:
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        with:
          persist-credentials: false
      - run: npm ci && npm run build
        env:
          VITE_OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}
      - uses: actions/upload-pages-artifact@v4
        with:
          path: dist
`,
      fixed: `on:
  push:
    branches: [main]
permissions:
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        with:
          persist-credentials: false
      - run: npm ci && npm run build
        env:
          VITE_API_URL: https://api.example.com
      - uses: actions/upload-pages-artifact@v4
        with:
          path: dist
`,
      line: 15,
      note: 'The published JavaScript is public: call a backend that holds the key instead.',
    },
  },
  'llm-client-in-browser': {
    severities: [{ severity: 'high', when: 'an OpenAI or Anthropic JavaScript client is created with `dangerouslyAllowBrowser: true`' }],
    example: {
      file: 'web/src/chat.ts',
      bad: `import OpenAI from 'openai';

export const openai = new OpenAI({
  apiKey: await fetchKey(),
  dangerouslyAllowBrowser: true,
});
`,
      fixed: `export async function chat(prompt: string): Promise<string> {
  const response = await fetch('/api/chat', { method: 'POST', body: JSON.stringify({ prompt }) });
  return response.text();
}
`,
      line: 5,
      note: 'The client belongs on a server; the page calls that server.',
    },
  },
  'llm-client-public-env-key': {
    severities: [{ severity: 'high', when: 'client code passes a public-prefixed env variable (`import.meta.env.VITE_…`, `process.env.NEXT_PUBLIC_…`) as an LLM API key' }],
    example: {
      file: 'web/src/client.ts',
      bad: `import OpenAI from 'openai';

export const client = new OpenAI({
  apiKey: import.meta.env.VITE_OPENAI_API_KEY,
});
`,
      fixed: `export async function chat(prompt: string): Promise<string> {
  const response = await fetch('/api/chat', { method: 'POST', body: JSON.stringify({ prompt }) });
  return response.text();
}
`,
      line: 4,
    },
  },
};

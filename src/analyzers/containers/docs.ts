/** Documentation data of the container rules (see ../rule-docs.ts): severities and examples. */
import type { RuleDoc } from '../rule-docs.js';

export const CONTAINER_DOCS: Record<string, RuleDoc> = {
  'compose-literal-secret': {
    severities: [
      { severity: 'high', when: 'a Compose service gets a secret-like environment variable or build argument as a literal value (`environment:`, `build.args:`, also through anchors and merge keys)' },
      { severity: 'medium', when: 'a guessable password, the one policy of every literal rule: a well-known or image default (`postgres`, `root`, `bitnami`, `minio123`, `P@ssw0rd`), lower-case words with at most a short number (`mypassword`, `kuma123`), a counting run or stand-in words, also base64-encoded (base64 of `db-password`); anyone can try it' },
      { severity: 'low', when: 'an access key id (`*_ACCESS_KEY_ID`, `MINIO_ACCESS_KEY`, `AKIA…`) or an upload-only token (`CODECOV_TOKEN`)' },
    ],
    example: {
      file: 'compose.yaml',
      bad: `services:
  api:
    image: example/api:1
    environment:
      DB_PASSWORD: <<generic:secret>>
`,
      fixed: `services:
  api:
    image: example/api:1
    environment:
      DB_PASSWORD: \${DB_PASSWORD:?set DB_PASSWORD}
`,
      line: 5,
      note: 'Compose reads `${DB_PASSWORD}` from the environment or an ignored `.env`; for files, use Compose `secrets:`.',
    },
  },
  'dockerfile-literal-secret': {
    severities: [{ severity: 'high', when: 'a Dockerfile `ENV` or `ARG` gives a secret-like name a literal value (it stays in the image layers and history)' }],
    example: {
      file: 'Dockerfile',
      bad: `FROM node:24
ARG NPM_TOKEN=<<generic:secret>>
RUN npm ci
`,
      fixed: `FROM node:24
RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci
`,
      line: 2,
      note: 'Build secrets (`docker build --secret id=npm_token,env=NPM_TOKEN`) are mounted for one `RUN` and never stored in the image.',
    },
  },
};

/** Documentation data of the command rules (see ../rule-docs.ts): severities and examples. */
import type { RuleDoc } from '../rule-docs.js';

export const COMMAND_DOCS: Record<string, RuleDoc> = {
  'command-line-credential': {
    severities: [
      { severity: 'high', when: 'a command passes a literal password or token (`curl -u user:pass`, an `Authorization:` header, `docker login -p`, `https://user:<token>@…`, …); a value a provider detector recognises is reported once, under the key\'s own rule and severity, with this rule related' },
      { severity: 'low', when: 'the literal is a counting run, stand-in words or lower-case words (`postgres`, `secret_pw`): a throwaway test-service password; or a database client\'s password (`mysql -p`, `PGPASSWORD=… psql`, `redis-cli -a`, `mongosh -p`) in a GitHub run step of a test run (a test mode such as `NODE_ENV: test`, a database on the runner, a job with service containers, a test-suite command or a test name)' },
    ],
    example: {
      file: 'scripts/publish.sh',
      bad: `#!/bin/sh
set -e
curl -fsS -u ci:<<generic:secret>> https://files.example.org/upload -T dist.tgz
`,
      fixed: `#!/bin/sh
set -e
curl -fsS -u "ci:$UPLOAD_PASSWORD" https://files.example.org/upload -T dist.tgz
`,
      line: 3,
    },
  },
  'npmrc-credential': {
    severities: [
      { severity: 'high', when: 'a committed `.npmrc` (`_authToken=`, `_auth=`, `_password=`) or `.yarnrc.yml` (`npmAuthToken:`) holds a literal credential' },
      { severity: 'low', when: 'the literal is a counting run, stand-in words or lower-case words' },
    ],
    example: {
      file: '.npmrc',
      bad: `//registry.npmjs.org/:_authToken=<<generic:secret>>
`,
      fixed: `//registry.npmjs.org/:_authToken=\${NPM_TOKEN}
`,
      line: 1,
      note: 'npm and yarn expand `${NPM_TOKEN}` from the environment.',
    },
  },
};

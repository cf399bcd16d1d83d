/** Documentation data of the gitlab-ci rules (see ../rule-docs.ts): severities and examples. */
import type { RuleDoc, SeverityCase } from '../rule-docs.js';

const PIPELINE = '.gitlab-ci.yml';

/** The severity policy shared by the literal rules (meta.ts literalSeverity). */
const LITERAL_SEVERITIES: SeverityCase[] = [
  { severity: 'high', when: 'a secret-like variable is given any other literal value' },
  { severity: 'medium', when: 'a guessable password, the one policy of every literal rule: a well-known or image default (`postgres`, `root`, `bitnami`, `minio123`, `P@ssw0rd`), lower-case words with at most a short number (`mypassword`, `kuma123`), a counting run or stand-in words, also base64-encoded (base64 of `db-password`); anyone can try it' },
  { severity: 'low', when: "the password of a throwaway service container (the password variable of a database or queue image among the job's `services:`, or any password in a service's own `variables:`), an access key id (`*_ACCESS_KEY_ID`, `accessKey`, `AKIA…`), an upload-only token (`CODECOV_TOKEN`), or a value a comment beside it calls a placeholder to replace" },
];

export const GITLAB_CI_DOCS: Record<string, RuleDoc> = {
  'gitlab-ci-literal-variable': {
    severities: LITERAL_SEVERITIES,
    example: {
      file: PIPELINE,
      bad: `variables:
  DEPLOY_TOKEN: "<<generic:secret>>"
deploy:
  script: ./deploy.sh
`,
      fixed: `# DEPLOY_TOKEN: a masked, protected CI/CD variable (Settings > CI/CD > Variables)
deploy:
  script: ./deploy.sh
`,
      line: 2,
    },
  },
  'gitlab-ci-script-literal-secret': {
    severities: LITERAL_SEVERITIES,
    example: {
      file: PIPELINE,
      bad: `deploy:
  script:
    - export DEPLOY_TOKEN="<<generic:secret>>"
    - ./deploy.sh
`,
      fixed: `deploy:
  script:
    - ./deploy.sh # DEPLOY_TOKEN comes from a masked CI/CD variable
`,
      line: 3,
    },
  },
  'gitlab-ci-secret-echo': {
    severities: [{ severity: 'medium', when: 'a script prints a secret-like variable (`echo`, `printf`, `printenv NAME`), dumps the environment (`env`, `printenv`, `export -p`) or turns on `set -x` in a job that uses secrets' }],
    example: {
      file: PIPELINE,
      bad: `deploy:
  script:
    - echo "Deploying with $DEPLOY_TOKEN"
    - ./deploy.sh
`,
      fixed: `deploy:
  script:
    - echo "Deploying"
    - ./deploy.sh
`,
      line: 3,
    },
  },
  'gitlab-ci-debug-trace': {
    severities: [
      { severity: 'high', when: '`CI_DEBUG_TRACE` is set to true in the pipeline file (job logs show every variable)' },
      { severity: 'medium', when: '`CI_DEBUG_SERVICES` is set to true (service logs streamed into the job log can defeat masking)' },
    ],
    example: {
      file: PIPELINE,
      bad: `variables:
  CI_DEBUG_TRACE: "true"
deploy:
  script: ./deploy.sh
`,
      fixed: `deploy:
  script: ./deploy.sh
`,
      line: 2,
      note: 'To debug, set the variable for one manual pipeline run only.',
    },
  },
  'gitlab-ci-image-credentials': {
    severities: [{ severity: 'high', when: 'registry credentials are written in a job image or service name (`user:password@registry/…`), or `DOCKER_AUTH_CONFIG` is a literal in the file' }],
    example: {
      file: PIPELINE,
      bad: `build:
  image: https://deploy:<<generic:secret>>@registry.example.com/app/builder:1
  script: make
`,
      fixed: `# DOCKER_AUTH_CONFIG: a masked CI/CD variable holding the registry login
build:
  image: registry.example.com/app/builder:1
  script: make
`,
      line: 2,
    },
  },
};

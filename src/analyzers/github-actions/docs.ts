/** Documentation data of the github-actions rules (see ../rule-docs.ts): severities and examples. */
import type { RuleDoc } from '../rule-docs.js';

const WORKFLOW = '.github/workflows/deploy.yml';

export const GITHUB_ACTIONS_DOCS: Record<string, RuleDoc> = {
  'gha-literal-secret': {
    severities: [
      { severity: 'high', when: 'a secret-like variable, input or credential is given any other literal value; also a secret-like name assigned an issued-looking literal inside a `run:` script (`NAME=value`, `export NAME=\'value\'`, `${NAME:-value}`, a line of a here-document), reported once with the generic rule related; a key a provider detector recognises keeps its own rule and severity (critical)' },
      { severity: 'medium', when: 'the literal is weak (a counting run such as `abcd1234`, stand-in words, or lower-case words under `PGPASSWORD` / `MYSQL_PWD` / `REDISCLI_AUTH`, which are reported whatever they look like), or it is a Codecov upload token (it can only upload reports)' },
      { severity: 'low', when: 'the throwaway password of a CI service container (`services.*.env`, or the job or step env a job with services connects with); the app\'s own secret (`SECRET_KEY`, `SECRET_KEY_BASE`, `JWT_SECRET`, `SESSION_SECRET`, `APP_SECRET`, `ENCRYPTION_KEY`…, not a third party\'s key) or a database password in the env of a test run (a `NODE_ENV`/`RAILS_ENV`/`APP_ENV`… of `test`/`testing`/`ci`, a database URL or host on the runner, or a job with service containers, a test-suite command or a test name), whatever the value\'s case, unless a provider detector recognises it; an access key id (`*_ACCESS_KEY_ID`, `*_KEY_ID`, `AKIA…`: the secret half is what grants access)' },
    ],
    example: {
      file: WORKFLOW,
      bad: `on: push
permissions:
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      DEPLOY_TOKEN: <<generic:secret>>
    steps:
      - run: ./deploy.sh
`,
      fixed: `on: push
permissions:
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      DEPLOY_TOKEN: \${{ secrets.DEPLOY_TOKEN }}
    steps:
      - run: ./deploy.sh
`,
      line: 8,
      note: 'Store the value as a repository or environment secret (Settings → Secrets and variables → Actions) and rotate the committed one.',
    },
  },
  'gha-secret-from-untrusted-source': {
    severities: [
      { severity: 'medium', when: 'a secret-like variable or input is fed from `vars.*` (plain-text configuration variables) or the event payload (`github.event.*`, including `github.event.inputs.*`)' },
      { severity: 'high', when: 'it is fed from a literal env variable (`${{ env.X }}` where `X` is written in the file) that gha-literal-secret does not already report' },
    ],
    example: {
      file: WORKFLOW,
      bad: `on: push
permissions:
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
        env:
          OPENAI_API_KEY: \${{ vars.OPENAI_API_KEY }}
`,
      fixed: `on: push
permissions:
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
        env:
          OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}
`,
      line: 10,
    },
  },
  'gha-secret-printed': {
    severities: [
      { severity: 'high', when: 'a secret is printed to the job log (`echo`, `printf`, `cat`, `Write-Host`, `console.log`…), directly or through a substitution that only encodes it' },
      { severity: 'low', when: "the secret's name says it holds a setting or an identifier (`*_ENABLED`, `*_URL`, `*_HOST`, `*_ENDPOINT`, `*_REGION`, `*_ID`, `*_USERNAME`); webhook and database URLs and DSNs stay high" },
    ],
    example: {
      file: WORKFLOW,
      bad: `on: push
permissions:
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo "Using key $OPENAI_API_KEY"
          ./deploy.sh
        env:
          OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}
`,
      fixed: `on: push
permissions:
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo "Using the key from secrets.OPENAI_API_KEY"
          ./deploy.sh
        env:
          OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}
`,
      line: 9,
    },
  },
  'gha-shell-trace-with-secrets': {
    severities: [{ severity: 'medium', when: 'a command traced by `set -x` / `set -o xtrace`, `shell: bash -x {0}` or `bash -x …` expands a secret' }],
    example: {
      file: WORKFLOW,
      bad: `on: push
permissions:
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: |
          set -x
          curl -fsS -H "Authorization: Bearer $API_TOKEN" https://api.example.com/deploy
        env:
          API_TOKEN: \${{ secrets.API_TOKEN }}
`,
      fixed: `on: push
permissions:
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: |
          set -x
          set +x
          curl -fsS -H "Authorization: Bearer $API_TOKEN" https://api.example.com/deploy
        env:
          API_TOKEN: \${{ secrets.API_TOKEN }}
`,
      line: 9,
      note: 'Turn tracing off (`set +x`) before any command that uses a secret, or drop `set -x`.',
    },
  },
  'gha-secret-interpolated-in-run': {
    severities: [
      {
        severity: 'medium',
        when: 'a `${{ secrets.* }}` (or `github.token`) expression is written inside a `run:` script or a github-script `script:`: one finding per script, at the first interpolation, naming every secret and the other lines; secrets whose names say configuration (`*_HOST`, `*_PORT`, `*_USER`, `*_USERNAME`, `*_URL` other than webhook and database URLs, `*_ID`, `*_REGION`, `*_NAME`, `*_EMAIL`) are not reported',
      },
    ],
    example: {
      file: WORKFLOW,
      bad: `on: push
permissions:
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: |
          curl -fsS -H "Authorization: Bearer \${{ secrets.API_TOKEN }}" https://api.example.com/deploy
`,
      fixed: `on: push
permissions:
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: |
          curl -fsS -H "Authorization: Bearer $API_TOKEN" https://api.example.com/deploy
        env:
          API_TOKEN: \${{ secrets.API_TOKEN }}
`,
      line: 9,
    },
  },
  'gha-all-secrets': {
    severities: [
      { severity: 'high', when: 'the whole secrets context is given to a step: `toJSON(secrets)` or a bare `secrets`' },
      { severity: 'medium', when: 'a secret is selected by a computed name (`secrets[format(…)]`, `secrets[env.X]`), which makes every secret available to the job' },
    ],
    example: {
      file: WORKFLOW,
      bad: `on: push
permissions:
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
        env:
          ALL_SECRETS: \${{ toJSON(secrets) }}
`,
      fixed: `on: push
permissions:
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
        env:
          DEPLOY_TOKEN: \${{ secrets.DEPLOY_TOKEN }}
`,
      line: 10,
    },
  },
  'gha-fromjson-secret-field': {
    severities: [{ severity: 'high', when: 'a field is read with `fromJSON()` out of a JSON secret: the field is not registered for masking' }],
    example: {
      file: WORKFLOW,
      bad: `on: push
permissions:
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
        env:
          OPENAI_API_KEY: \${{ fromJSON(secrets.PROVIDERS).openai.key }}
`,
      fixed: `on: push
permissions:
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
        env:
          OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}
`,
      line: 10,
      note: 'Store each value as its own secret, or register the field with `echo "::add-mask::$VALUE"` before anything prints it.',
    },
  },
  'gha-secrets-inherit': {
    severities: [{ severity: 'medium', when: 'a job calls a reusable workflow with `secrets: inherit`' }],
    example: {
      file: WORKFLOW,
      bad: `on: push
permissions:
  contents: read
jobs:
  release:
    uses: ./.github/workflows/release.yml
    secrets: inherit
`,
      fixed: `on: push
permissions:
  contents: read
jobs:
  release:
    uses: ./.github/workflows/release.yml
    secrets:
      NPM_TOKEN: \${{ secrets.NPM_TOKEN }}
`,
      line: 7,
    },
  },
  'gha-untrusted-checkout-with-secrets': {
    severities: [
      { severity: 'critical', when: "a `pull_request_target` or `workflow_run` job that holds secrets checks out the pull request's head into the workspace (actions/checkout `ref:` the head sha or ref, `gh pr checkout`, `git fetch … pull/N/head`) and then installs, builds or runs code, or executes from the triggering run's artifacts" },
      { severity: 'medium', when: 'the code lands in a subdirectory, or is only fetched, and nothing appears to run it' },
    ],
    example: {
      file: '.github/workflows/pr.yml',
      bad: `on: pull_request_target
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        with:
          ref: \${{ github.event.pull_request.head.sha }}
          persist-credentials: false
      - run: npm ci && npm test
        env:
          OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}
`,
      fixed: `on: pull_request
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        with:
          persist-credentials: false
      - run: npm ci && npm test
`,
      line: 10,
      note: "Run the pull request's code under `pull_request`, where forks get no secrets; keep `pull_request_target` for steps that never check out or run the pull request's code.",
    },
  },
  'gha-secrets-to-unpinned-action': {
    severities: [
      {
        severity: 'medium',
        when: "secrets are passed (`with:`, `env:`, `secrets:`) to a third-party action or reusable workflow referenced by a tag or branch instead of a full commit SHA; not when the only ones are `GITHUB_TOKEN` / `github.token` (bounded by the workflow's `permissions:`) or identifiers and settings (`*_CLIENT_ID`, `*_TENANT_ID`, `*_SUBSCRIPTION_ID`, `*_ACCOUNT_ID`, `*_HOST`, `*_USERNAME`, `*_URL`)",
      },
    ],
    example: {
      file: WORKFLOW,
      bad: `on: push
permissions:
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: acme/deploy-action@v2
        with:
          token: \${{ secrets.DEPLOY_TOKEN }}
`,
      fixed: `on: push
permissions:
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: acme/deploy-action@0123456789abcdef0123456789abcdef01234567 # v2.1.0
        with:
          token: \${{ secrets.DEPLOY_TOKEN }}
`,
      line: 8,
    },
  },
  'gha-debug-logging': {
    severities: [{ severity: 'medium', when: '`ACTIONS_STEP_DEBUG` or `ACTIONS_RUNNER_DEBUG` is set to true in a workflow `env:`' }],
    example: {
      file: WORKFLOW,
      bad: `on: push
permissions:
  contents: read
env:
  ACTIONS_STEP_DEBUG: true
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
`,
      fixed: `on: push
permissions:
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
`,
      line: 5,
      note: 'To debug one run, re-run it with "Enable debug logging" instead of committing the switch.',
    },
  },
  'gha-secret-to-github-env': {
    severities: [{ severity: 'medium', when: 'a secret is written to `$GITHUB_ENV` or `$GITHUB_OUTPUT`' }],
    example: {
      file: WORKFLOW,
      bad: `on: push
permissions:
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: echo "OPENAI_API_KEY=$KEY" >> "$GITHUB_ENV"
        env:
          KEY: \${{ secrets.OPENAI_API_KEY }}
      - run: ./deploy.sh
`,
      fixed: `on: push
permissions:
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
        env:
          OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}
`,
      line: 8,
    },
  },
};

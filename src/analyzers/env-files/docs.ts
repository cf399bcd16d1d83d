/** Documentation data of the env-files rules (see ../rule-docs.ts): severities and examples. */
import type { RuleDoc } from '../rule-docs.js';

const TEMPLATE = { '.env.example': 'OPENAI_API_KEY=\n' };

export const ENV_FILE_DOCS: Record<string, RuleDoc> = {
  'env-file-committed': {
    severities: [{ severity: 'critical', when: 'git tracks an env file (`.env`, `.env.*`, `*.env`, `.envrc`, `env.list`, or a file Compose `env_file:`, kustomize `envs:` or `docker run --env-file` reads) that is not a template (`.env.example`, `.env.sample`, …)' }],
    example: {
      file: '.env',
      bad: 'OPENAI_API_KEY=<<openai:proj>>\n',
      fixed: '',
      line: null,
      others: TEMPLATE,
      fixedOthers: { ...TEMPLATE, '.gitignore': '.env\n' },
      git: 'all',
      note: 'Rotate every key the file held, `git rm --cached .env`, add the ignore rule, and purge the file from history (`git filter-repo`); commit a template without values instead.',
    },
  },
  'env-file-not-ignored': {
    severities: [{ severity: 'high', when: 'an env file exists in the work tree, untracked, and no ignore rule covers it' }],
    example: {
      file: '.env',
      bad: 'DEBUG=1\n',
      fixed: 'DEBUG=1\n',
      line: null,
      others: { '.gitignore': 'node_modules/\n' },
      fixedOthers: { '.gitignore': 'node_modules/\n.env\n' },
      git: 'others',
      note: 'The fix is the ignore rule: the `.env` file itself stays as it is.',
    },
  },
  'env-file-secret': {
    severities: [{ severity: 'high', when: 'a secret-like variable has a literal value in an env file that is committed or that no ignore rule covers (templates included: their values must be empty or placeholders)' }],
    example: {
      file: '.env',
      bad: 'DB_PASSWORD=<<generic:secret>>\n',
      fixed: 'DB_PASSWORD=<<generic:secret>>\n',
      line: 1,
      others: { '.gitignore': 'node_modules/\n' },
      fixedOthers: { '.gitignore': 'node_modules/\n.env\n' },
      git: 'others',
      note: 'An env file that stays out of git may hold values; the fix is the ignore rule (or, for a committed file, removing it as for env-file-committed).',
    },
  },
  'env-file-ignore-missing': {
    severities: [{ severity: 'medium', when: 'the repository loads env files (`dotenv`, `python-dotenv`, `load_dotenv(`, Compose `env_file:`) and no ignore rule covers `.env` at its root; reported on the root `.gitignore`' }],
    example: {
      file: '.gitignore',
      bad: 'node_modules/\n',
      fixed: 'node_modules/\n.env*\n!.env.example\n',
      line: null,
      others: { 'app.py': 'from dotenv import load_dotenv\n\nload_dotenv()\n' },
      git: 'all',
    },
  },
};

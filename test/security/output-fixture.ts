/**
 * A hostile repository for the output door: file names, YAML keys and values that try to forge
 * workflow commands or drive a terminal, and keys used as names (a directory, a file, an env
 * variable, `${{ secrets.<key> }}`, Dockerfile ENV/ARG, Compose and GitLab variables). Every key
 * is generated at test time; `keys` lists them all, `real` the plain finding whose exact position
 * the tests check.
 */
import { expect } from 'vitest';
import { generateKey, openaiKey, randomBody } from '../helpers/keys.js';
import { makeRepo, type Tree } from '../helpers/repo.js';

export const FORGED = 'FORGED';

/** File names that each try one way into the log. Each file holds a key, so each is reported. */
export const HOSTILE_NAMES = [
  `nl\n::warning file=README.md,line=1::${FORGED}-nl\n.txt`,
  `cr\r::stop-commands::tokcr\r::error file=README.md,line=1::${FORGED}-cr.txt`,
  `mask\n::add-mask::Revoke\n.txt`,
  `pct%0A::error file=README.md,line=1::${FORGED}-pct%0A.txt`,
  `ansi\u001b[2J\u001b]0;${FORGED}-title\u0007\u009b31m.txt`,
  `legacy ##[error]${FORGED}-legacy ##[stop-commands]tokleg.txt`,
  `  ::warning file=README.md,line=1::${FORGED}-lead.txt`,
  `\u00a0::error::${FORGED}-nbsp.txt`,
  `bidi\u202etxt.exe`,
];

const NAME_USES = ['directory', 'fileName', 'expression', 'workflowEnv', 'dockerEnv', 'dockerArg', 'compose', 'gitlab', 'yamlTag', 'yamlDirective'] as const;
type NameUse = (typeof NAME_USES)[number];

export interface HostileRepo {
  dir: string;
  /** Every generated key: none may appear whole in any output (bar the Action's add-mask commands). */
  keys: string[];
  /** The plain finding: `0-real.js` (sorted among the first, so annotated), line 2, column 17. */
  real: { file: string; line: number; column: number; key: string };
  /** Keys used as names, by where they are used. */
  names: Record<NameUse, string>;
}

export function hostileRepo(): HostileRepo {
  const keys: string[] = [];
  const key = () => {
    const k = openaiKey('proj');
    keys.push(k);
    return k;
  };
  // A value without a provider shape: only the structural rules (secret-like names) report it.
  const value = () => {
    const v = randomBody(32);
    keys.push(v);
    return v;
  };
  const real = { file: '0-real.js', line: 2, column: 17, key: key() };
  // Short keys in parse errors: a long one made the old messages too long to be quoted.
  const shortKey = () => {
    const k = generateKey('github:pat');
    keys.push(k);
    return k;
  };
  const names = Object.fromEntries(NAME_USES.map((use) => [use, use.startsWith('yaml') ? shortKey() : key()])) as Record<NameUse, string>;
  const tree: Tree = {
    [real.file]: `// config\nconst apiKey = "${real.key}";\n`,
    'README.md': '# demo\n',
    [`dir-${names.directory}/a.txt`]: 'nothing here\n',
    [`${names.fileName}.txt`]: 'nothing here\n',
    '.github/workflows/ci.yml': [
      'on: push',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    env:',
      `      ${names.workflowEnv}: x`,
      // Keys that the rules quote in their messages (a name with SECRET in it is secret-like).
      `      "MY_SECRET\\n::warning file=README.md,line=1::${FORGED}-yaml\\r::stop-commands::tokyaml": "${value()}"`,
      '    steps:',
      `      - run: echo \${{ secrets.${names.expression} }}`,
      '',
    ].join('\n'),
    Dockerfile: `FROM alpine\nENV ${names.dockerEnv}=1\nARG ${names.dockerArg}\n`,
    'compose.yaml': `services:\n  web:\n    image: nginx\n    environment:\n      ${names.compose}: x\n`,
    '.gitlab-ci.yml': [
      'variables:',
      `  ${names.gitlab}: x`,
      `  "DB_SECRET\\n::error file=README.md,line=1::${FORGED}-gitlab\\u001b[2J": "${value()}"`,
      'test:',
      '  script: [npm test]',
      '',
    ].join('\n'),
    'deploy/configmap.yaml': [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      `  name: "cm\\r::add-mask::Hardcoded\\u009b2J"`,
      'data:',
      `  "API_SECRET\\n##[error]${FORGED}-k8s": "${value()}"`,
      '',
    ].join('\n'),
    // Parse errors whose library messages quote the scanned text.
    '.github/workflows/tag.yml': `on: push\njobs: !${names.yamlTag}! x\n`,
    '.github/workflows/directive.yml': `%YAML ${names.yamlDirective}\n---\non: push\n`,
  };
  for (const name of HOSTILE_NAMES) tree[name] = `token = "${key()}"\n`;
  return { dir: makeRepo(tree), keys, real, names };
}

/** The lines a runner reads: a line ends at `\n`, `\r` or `\r\n`. */
export function runnerLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Whether the runner takes a line as a workflow command (`::` after leading whitespace, or `##[` anywhere). */
export function isCommand(line: string): boolean {
  return /^[\s\u0085]*::/.test(line) || line.includes('##[');
}

/** The runner's unescaping of an annotation property. */
export function unescapeProperty(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

/** No whole key, no ANSI escape, no lone carriage return, no line that is a workflow command. */
export function expectInert(label: string, text: string, keys: readonly string[]): void {
  for (const k of keys) expect(text.includes(k), `${label} holds a whole key`).toBe(false);
  expect(text.includes('\u001b'), `${label} holds an ESC`).toBe(false);
  expect(text.includes('\u009b'), `${label} holds a CSI`).toBe(false);
  expect(/\r(?!\n)/.test(text), `${label} holds a lone CR`).toBe(false);
  expect(runnerLines(text).filter(isCommand), `${label} holds workflow commands`).toEqual([]);
}

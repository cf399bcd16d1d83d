import type { Location, RawFinding } from '../core/finding.js';
import { DEFAULT_DECODE_DEPTH } from '../core/settings.js';
import { DETECTORS } from '../detectors/catalogue.js';
import { findSecrets, type FindOptions, type FoundSecret } from '../detectors/find.js';
import type { Detector } from '../detectors/types.js';
import type { FileKind } from '../discover/classify.js';
import type { FileRule, RepositoryRule, RuleMeta, SourceFile } from './types.js';
import { readsServiceUrls } from './gitlab-ci/meta.js';

export function detectorMeta(detector: Detector): RuleMeta {
  return {
    id: detector.id,
    category: 'hardcoded-secret',
    severity: detector.severity,
    description: `A hardcoded ${detector.provider} credential: ${detector.grants}.`,
    helpUri: detector.helpUri,
  };
}

/** Hardcoded credentials in any text file, by the provider catalogue, also inside encoded text. */
export const hardcodedSecretRule: FileRule = {
  meta: {
    id: 'hardcoded-secret',
    category: 'hardcoded-secret',
    severity: 'critical',
    description: 'A credential written into a file instead of coming from a secret store.',
    helpUri: 'https://github.com/openai-secret-lint/openai-secret-lint/blob/main/docs/rules/hardcoded-secrets.md',
  },
  reports: DETECTORS.map(detectorMeta),
  appliesTo: () => true,
  check(file, context) {
    const findings = findSecretsInText(file, { decodeDepth: context.settings.decodeDepth, secretNames: context.settings.secretNames });
    // In env files, secret-like assignments are env-file-secret's (with the file's ignore context);
    // reporting them here too would show one value twice.
    return file.kind === 'env' ? findings.filter((f) => f.ruleId !== 'generic-secret') : findings;
  },
};

/**
 * Findings for one file. A secret found after decoding is an `encoded-secret` at the encoded
 * text's position, with the chain of encodings it was found under.
 */
export function findSecretsInText(file: Pick<SourceFile, 'path' | 'text' | 'lines'> & { kind?: FileKind }, options: FindOptions = {}): RawFinding[] {
  const findings: RawFinding[] = [];
  const language = SOURCE_CODE.test(file.path) ? { language: 'code' as const } : YAML_FILE.test(file.path) ? { yaml: true } : {};
  // A service-container URL password is left to gitlab-ci-literal-variable only in files it reads.
  const pipeline = file.kind !== undefined && readsServiceUrls(file.kind) ? { gitlabPipeline: true } : {};
  const inFixtures = TEST_FIXTURES.test(file.path) ? ' It sits among test fixtures: if it was made for tests only, mark it with an ignore comment; if it was ever real, rotate it.' : '';
  for (const match of findSecrets(file.text, { decodeDepth: DEFAULT_DECODE_DEPTH, ...options, ...language, ...pipeline })) {
    const encodedFrom = encodings(match);
    findings.push(
      secretFinding(match, file.text, { file: file.path, ...file.lines.range(match.start, match.end) }, {
        message: describe(match.detector, match.kind, encodedFrom) + splitNote(match) + inFixtures,
        remediation: fitRemediation(match.detector.remediation, file),
      }),
    );
  }
  return findings;
}

/**
 * Source files of programming languages: there a string literal is quoted, so the generic rule
 * reads an unquoted right-hand side as code. Shell, Makefiles and config formats are not here:
 * their unquoted values are literals.
 */
const SOURCE_CODE = /\.(py|pyi|js|mjs|cjs|jsx|ts|mts|cts|tsx|java|kt|kts|scala|groovy|go|rs|rb|php|cs|fs|swift|m|mm|c|cc|cpp|cxx|h|hpp|dart|lua|ex|exs|erl|clj|jl|r|R|vue|svelte)$/;
/** YAML files, where a value may be folded over more-indented lines. */
const YAML_FILE = /\.ya?ml$/i;
/** Paths of test data (`tests/fixtures/…`, `testdata/`, `__fixtures__/`). */
const TEST_FIXTURES = /(^|\/)(tests?\/(fixtures?|data)|testdata|test-data|__fixtures__|fixtures?)\//i;

function describe(detector: Detector, kind: string, decodedFrom: readonly string[] | undefined): string {
  // The generic rule knows no provider: say what it saw, a name given a random-looking literal.
  const what = detector.id === 'generic-secret' ? `A random-looking literal assigned to \`${kind.replace(/^value of /, '')}\`` : `${detector.provider} ${kind}`;
  if (decodedFrom) return `${what} hidden in ${decodedFrom.join(' inside ')}-encoded text.`;
  return detector.id === 'generic-secret' ? `${what} looks like a hardcoded secret.` : `Hardcoded ${what}.`;
}

/** A key written over several lines: say so, since a reader looking at one line sees only a part. */
function splitNote(match: FoundSecret): string {
  const parts = match.parts;
  if (parts === undefined) return '';
  return ` It is split over ${parts.length} lines: the parts joined are the ${match.decodedFrom ? 'encoded text' : 'key'}.`;
}

/** The catalogue's remediations end with a workflow example; elsewhere that is the wrong fix. */
const WORKFLOW_EXAMPLE = / ?\(e\.g\. \$\{\{ secrets\.([A-Za-z0-9_]+) \}\}\)/;

/** The secret-store advice for where the key was found: a workflow, a pipeline, a manifest, code. */
export function fitRemediation(remediation: string, file: { path: string; kind?: FileKind }): string {
  const example = WORKFLOW_EXAMPLE.exec(remediation);
  if (!example) return remediation;
  const name = example[1]!;
  const kind = file.kind;
  let where: string;
  if (kind === undefined || kind === 'workflow' || kind === 'action') return remediation;
  else if (kind === 'gitlab-ci') where = ` (a masked, protected GitLab CI/CD variable, read as $${name})`;
  else if (kind === 'k8s' || kind === 'helm-values' || kind === 'kustomization')
    where = ' (a Kubernetes Secret the pod reads with secretKeyRef, kept out of git with Sealed Secrets, External Secrets or SOPS)';
  else if (kind === 'env' || kind === 'env-template') where = ` (keep this file out of git and fill ${name} from a secrets manager where it is deployed)`;
  else if (kind === 'compose' || kind === 'dockerfile') where = ` (passed in at run time, e.g. Compose or Docker secrets, never baked into the image or the file)`;
  else where = ` (read at run time from the environment, e.g. ${name} set by the deployment's secrets manager)`;
  return remediation.replace(example[0], where);
}

/**
 * A key used as a file or directory name (`dir-<key>/a.txt`): the name is committed like any
 * content and is quoted by every report. Reported once per directory (on its first file) and
 * once per file name, as a finding about the whole file (line null).
 */
export const secretInPathRule: RepositoryRule = {
  meta: {
    id: 'secret-in-path',
    category: 'hardcoded-secret',
    severity: 'critical',
    description: 'A credential written into a file or directory name.',
    helpUri: hardcodedSecretRule.meta.helpUri,
  },
  reports: DETECTORS.map(detectorMeta),
  async checkRepository(context) {
    const findings: RawFinding[] = [];
    const seenInDirectory = new Set<string>();
    const files = [...context.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const file of files) {
      const nameStart = file.path.lastIndexOf('/') + 1;
      for (const match of findSecrets(file.path, { decodeDepth: context.settings.decodeDepth, secretNames: context.settings.secretNames })) {
        const inDirectory = match.end <= nameStart;
        if (inDirectory) {
          const key = `${file.path.slice(0, file.path.indexOf('/', match.end) + 1)}\0${match.start}`;
          if (seenInDirectory.has(key)) continue;
          seenInDirectory.add(key);
        }
        const { detector } = match;
        const encodedFrom = encodings(match);
        const where = inDirectory ? 'a directory holding this file' : 'this file';
        findings.push(
          secretFinding(match, file.path, { file: file.path, line: null, column: null, endLine: null, endColumn: null }, {
            message: `${encodedFrom ? `${detector.provider} ${match.kind} hidden in ${encodedFrom.join(' inside ')}-encoded text` : `${detector.provider} ${match.kind}`} in the name of ${where}.`,
            remediation: `Rename the ${inDirectory ? 'directory' : 'file'}, then: ${detector.remediation}`,
          }),
        );
      }
    }
    return findings;
  },
};

/** The encodings a secret was found under, or undefined when it was written plainly. */
function encodings(match: FoundSecret): FoundSecret['decodedFrom'] | undefined {
  return match.decodedFrom !== undefined && match.decodedFrom.length > 0 ? match.decodedFrom : undefined;
}

/**
 * A detector's match as a finding, wherever the text came from (a file's content, a path):
 * an encoded secret keeps its chain and the encoded text it was read from (so that is masked too).
 */
function secretFinding(match: FoundSecret, scanned: string, location: Location, text: { message: string; remediation: string }): RawFinding {
  const encodedFrom = encodings(match);
  const finding: RawFinding = {
    ruleId: match.detector.id,
    category: encodedFrom ? 'encoded-secret' : 'hardcoded-secret',
    severity: match.severity ?? match.detector.severity,
    ...location,
    ...text,
    secret: match.secret,
    secretPrefix: match.prefix,
  };
  if (encodedFrom) {
    finding.decodedFrom = encodedFrom;
    finding.secretSource = match.parts ? match.parts.join('') : scanned.slice(match.start, match.end);
  }
  if (match.parts) finding.secretParts = match.parts;
  return finding;
}


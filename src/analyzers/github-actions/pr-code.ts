/**
 * Ways a privileged (pull_request_target, workflow_run) job brings the pull request's code in
 * other than `actions/checkout` with a head `ref:`: `gh pr checkout`, `git fetch … pull/N/head`,
 * `git checkout ${{ github.event.pull_request.head.sha }}` (or an env variable holding it), and
 * artifacts downloaded from the triggering run. Each with the exact place of the command.
 */
import type { Node } from 'yaml';
import { isScalar } from '../../yaml/library.js';
import { referencesIn } from '../expressions/index.js';
import type { SourceFile } from '../types.js';
import { effectiveEnv, type JobModel, type StepModel, type WorkflowModel } from './model.js';
import { locatorFor } from './report.js';
import { splitSegments } from './script.js';
import type { PathSegment } from '../../yaml/walk.js';

export interface PrCodeIntake {
  step: StepModel;
  index: number;
  /** The node and value offsets the finding points at. */
  node: Node;
  path: PathSegment[];
  start?: number;
  end?: number;
  what: string;
  kind: 'git' | 'artifact';
  /** For run commands: the script text after the command, which may run what it fetched. */
  rest?: string;
  /** For artifacts: the `path:` they are extracted to, when given. */
  dir?: string | null;
}

/** Values that name the pull request's head rather than the base repository. */
export function isHeadRef(value: string): boolean {
  if (/refs\/pull\//.test(value)) return true;
  return referencesIn(value).some((ref) => {
    if (ref.context !== 'github') return false;
    const path = ref.path.join('.');
    return (
      path === 'head_ref' ||
      /^event\.pull_request\.head\.(sha|ref|repo\.full_name|repo\.clone_url)$/.test(path) ||
      /^event\.workflow_run\.(head_sha|head_branch|head_repository\.full_name|head_repository\.clone_url)$/.test(path) ||
      path === 'event.number' ||
      path === 'event.pull_request.number'
    );
  });
}

const GIT = String.raw`\bgit\s+(?:-C\s+\S+\s+|-c\s+\S+\s+)*`;
/** Commands that fetch or switch to the head whatever their arguments. */
const ALWAYS_HEAD = [new RegExp(String.raw`\bgh\s+pr\s+checkout\b`), new RegExp(`${GIT}(?:fetch|pull)\\b.*\\bpull/.+?/(?:head|merge)\\b`)];
/** Commands that do when an argument names the head. */
const HEAD_ARGUMENT = new RegExp(`${GIT}(?:fetch|pull|checkout|switch|reset|merge|worktree\\s+add|clone)\\b`);

export function prCodeIntakes(file: SourceFile, model: WorkflowModel, job: JobModel): PrCodeIntake[] {
  const found: PrCodeIntake[] = [];
  job.steps.forEach((step, index) => {
    if (step.run) {
      const script = locatorFor(file, step.run).value;
      // Env variables of the step holding the head's sha or ref (`HEAD_SHA: ${{ …head.sha }}`).
      const headVars = [...effectiveEnv(model, job, step)].filter(([, e]) => e.value && isScalar(e.value) && isHeadRef(String(e.value.value ?? ''))).map(([n]) => n);
      const headVar = headVars.length > 0 ? new RegExp(`\\$\\{?(${headVars.map(escape).join('|')})\\b`) : null;
      let lineStart = 0;
      for (const line of script.split('\n')) {
        for (const segment of splitSegments(line)) {
          const text = line.slice(segment.start, segment.end);
          const lead = text.length - text.trimStart().length;
          const command = text.trim();
          const brings = ALWAYS_HEAD.some((re) => re.test(command)) || (HEAD_ARGUMENT.test(command) && (isHeadRef(command) || (headVar?.test(command) ?? false)));
          if (!brings) continue;
          const start = lineStart + segment.start + lead;
          const end = start + command.length;
          found.push({ step, index, node: step.run, path: [...step.path, 'run'], start, end, what: `\`${command}\``, kind: 'git', rest: script.slice(end) });
        }
        lineStart += line.length + 1;
      }
    }
    const uses = String(step.uses?.value ?? '');
    if (/^actions\/download-artifact@/i.test(uses)) {
      const runId = step.with.find((w) => w.name === 'run-id');
      if (runId?.value && isScalar(runId.value) && /workflow_run\.id\b/.test(String(runId.value.value ?? ''))) {
        found.push({ step, index, node: runId.value, path: runId.path, what: 'artifacts of the triggering run', kind: 'artifact', dir: artifactDir(step) });
      }
    } else if (/^dawidd6\/action-download-artifact@/i.test(uses) && step.uses) {
      const runId = step.with.find((w) => w.name === 'run_id');
      const at = runId?.value ?? step.uses;
      found.push({ step, index, node: at, path: runId ? runId.path : [...step.path, 'uses'], what: 'artifacts of another run (dawidd6/action-download-artifact)', kind: 'artifact', dir: artifactDir(step) });
    }
  });
  return found;
}

function artifactDir(step: StepModel): string | null {
  const path = step.with.find((w) => w.name === 'path');
  if (!path?.value || !isScalar(path.value)) return null;
  const dir = String(path.value.value ?? '').trim().replace(/^\.\//, '').replace(/\/+$/, '');
  return dir === '' || dir === '.' || /\$\{\{|\.\./.test(dir) ? null : dir;
}

/** Commands that run the checked-out code: installs (package hooks), builds, tests, scripts. */
const EXECUTES = new RegExp(
  [
    String.raw`\b(npm|yarn|pnpm|bun)\s+(install|ci|i|run|test|build|exec|x)\b`,
    String.raw`\bnpx\s+\S`,
    String.raw`\b(make|cmake|ninja|mvn|mvnw|gradle|gradlew|ant|sbt|bazel|rake|tox|nox|pytest|pre-commit)\b`,
    String.raw`\bpip3?\s+install\b`,
    String.raw`\bpython[0-9.]*\s+(-m\s+)?[\w./-]+`,
    String.raw`\b(poetry|uv|pipenv|hatch)\s+(install|run|sync)\b`,
    String.raw`\bgo\s+(build|test|run|generate|install)\b`,
    String.raw`\bcargo\s+(build|test|run|install)\b`,
    String.raw`\bdotnet\s+(build|test|run|restore)\b`,
    String.raw`\b(bundle|composer)\s+(install|exec)\b`,
    String.raw`\bnode\s+[\w./-]+`,
    String.raw`\b(bash|sh|zsh)\s+[\w./-]+\.sh\b`,
    String.raw`(^|[\s;&|(])\.\/[\w./-]+`,
    String.raw`\bdocker\s+(build|compose)\b`,
  ].join('|'),
  'm',
);

/**
 * Whether a later step (or the rest of the same script) runs code it brought in. A git fetch or
 * checkout replaces the workspace's code: any later install, build or script runs it. An
 * artifact is data unless a step executes something from the directory it was extracted to
 * (`./pr/build.sh`, `bash pr/x.sh`, `cd pr && npm install`, `uses: ./pr/action`); reading its
 * files (`< pr/tag.txt`, `file-path: pr/comment.md`) is not running them.
 */
export function runsBroughtCode(intake: PrCodeIntake, job: JobModel): boolean {
  const later = job.steps.slice(intake.index + 1);
  if (intake.kind === 'artifact') return intake.dir ? later.some((s) => executesFrom(s, intake.dir!)) : false;
  if (intake.rest && EXECUTES.test(intake.rest)) return true;
  return job.steps.slice(intake.index + 1).some((s) => (s.run && EXECUTES.test(String(s.run.value ?? ''))) || /^\.\//.test(String(s.uses?.value ?? '')));
}

function executesFrom(step: StepModel, dir: string): boolean {
  const d = `(?:\\./)?${escape(dir)}`;
  if (new RegExp(`^${d}/`).test(String(step.uses?.value ?? ''))) return true;
  if (!step.run) return false;
  const script = String(step.run.value ?? '');
  const workDir = isMapLike(step.node) ? String((step.node as { get: (k: string) => unknown }).get('working-directory') ?? '') : '';
  if (new RegExp(`^${d}(/|$)`).test(workDir) && EXECUTES.test(script)) return true;
  const direct = new RegExp(`(^|[;&|(]|\\b(?:bash|sh|zsh|node|python[0-9.]*|ruby|perl|source|deno|bun|npx)\\s+|(?:^|\\s)\\.\\s+)\\s*${d}/[\\w./-]+`, 'm');
  const into = new RegExp(`\\b(?:cd|pushd)\\s+["']?${d}["']?(?:\\s|$|;|&)`, 'm');
  const tool = new RegExp(`(--prefix[= ]|-C\\s+|--cwd[= ]|--manifest-path[= ]|pip3?\\s+install\\s+(?:-e\\s+)?)["']?${d}\\b`);
  if (direct.test(script) || tool.test(script)) return true;
  return into.test(script) && EXECUTES.test(script);
}

function isMapLike(node: unknown): boolean {
  return typeof node === 'object' && node !== null && typeof (node as { get?: unknown }).get === 'function';
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

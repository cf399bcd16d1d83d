/**
 * secret-exposure: a `pull_request_target` or `workflow_run` workflow that checks out the pull
 * request's head and holds secrets. The PR author's code (build scripts, tests, package hooks)
 * then runs with the secrets of the base repository ("pwn request").
 */
import type { Node, Scalar } from 'yaml';
import { isMap, isScalar } from '../../yaml/library.js';
import type { RawFinding } from '../../core/finding.js';
import type { FileRule, RuleMeta, SourceFile } from '../types.js';
import { appliesToWorkflowOrAction, jobScalars, workflowModels, type JobModel, type StepModel, type WorkflowModel } from './model.js';
import { findingAt, HELP_BASE } from './report.js';
import { secretRead } from './script.js';
import { isHeadRef, prCodeIntakes, runsBroughtCode } from './pr-code.js';

const meta: RuleMeta = {
  id: 'gha-untrusted-checkout-with-secrets',
  category: 'secret-exposure',
  severity: 'critical',
  description:
    'A pull_request_target or workflow_run workflow brings in the pull request\'s code in a job that holds secrets, so untrusted code runs with them. ' +
    'Severity: critical for actions/checkout of the head (`ref:` the head sha, ref or `refs/pull/…`) into the workspace, for `gh pr checkout`, `git fetch … pull/N/head` or `git checkout`/`fetch` of the head sha (written inline or through an env variable) followed by a command that installs, builds or runs code, and for artifacts of the triggering run (actions/download-artifact `run-id: ${{ github.event.workflow_run.id }}`, dawidd6/action-download-artifact) when a step executes from the directory they were extracted to; ' +
    'medium when the code lands in a subdirectory, or is fetched, and nothing appears to run it. Artifacts only read as data are not reported. ' +
    'Not reported: jobs or steps guarded to same-repository pull requests, and refs taken from workflow inputs: `inputs.*` are not attacker-controlled (workflow_dispatch needs write access; workflow_call inputs carry the caller\'s trust).',
  helpUri: `${HELP_BASE}#gha-untrusted-checkout-with-secrets`,
};

const PRIVILEGED_TRIGGERS = ['pull_request_target', 'workflow_run'];

export const untrustedCheckoutRule: FileRule = {
  meta,
  appliesTo: (file) => file.kind === 'workflow',
  check(file) {
    const findings: RawFinding[] = [];
    for (const model of workflowModels(file)) {
      const trigger = PRIVILEGED_TRIGGERS.find((t) => model.triggers.has(t));
      if (!trigger) continue;
      for (const job of model.jobs) {
        const secrets = heldSecrets(model, job);
        if (secrets.length === 0 || sameRepositoryOnly(conditionOf(job.node))) continue;
        job.steps.forEach((step, index) => {
          if (!step.uses || !/^actions\/checkout@/i.test(String(step.uses.value))) return;
          if (sameRepositoryOnly(conditionOf(step.node))) return;
          const ref = step.with.find((w) => w.name === 'ref' || w.name === 'repository');
          const refs = step.with.filter((w) => (w.name === 'ref' || w.name === 'repository') && w.value && isScalar(w.value) && isHeadRef(String((w.value as Scalar).value ?? '')));
          if (!ref || refs.length === 0) return;
          const head = refs.find((w) => w.name === 'ref') ?? refs[0]!;
          const remediation =
            'Check out the base ref only (omit `ref:`), or split the work: build the untrusted code in a `pull_request` workflow without secrets and use the artifacts in a privileged one; pass only the secrets a trusted step needs, through its `env:`.';
          const dir = checkoutDirectory(step);
          // Checked out beside the base code and only read as data by it (a CODEOWNERS or
          // metadata check): no step runs it, so the secrets are not handed to it. Still worth
          // a look, as a tool parsing attacker files is an attack surface.
          if (dir && !job.steps.slice(index + 1).some((later) => runsFrom(later, dir)) && !workingDirectoryIn(job.node, dir)) {
            findings.push(
              findingAt(file, meta, head.value!, head.path, {
                severity: 'medium',
                message: `This ${trigger} workflow checks out the pull request's code into \`${dir}\` in job \`${job.id}\`, which holds secrets (${secrets.join(', ')}); no later step appears to run code from \`${dir}\`: make sure it is only ever read as data.`,
                remediation,
                seed: `${job.id}\0${trigger}`,
              }),
            );
            return;
          }
          findings.push(
            findingAt(file, meta, head.value!, head.path, {
              message: `This ${trigger} workflow checks out the pull request's code in job \`${job.id}\`, which holds secrets (${secrets.join(', ')}): code from any fork runs with them.`,
              remediation,
              seed: `${job.id}\0${trigger}`,
            }),
          );
        });
        for (const item of intakeFindings(file, model, job, trigger, secrets)) findings.push(item);
      }
    }
    return findings;
  },
};

function heldSecrets(model: WorkflowModel, job: JobModel): string[] {
  const names = new Set<string>();
  for (const scalar of [...jobScalars(job), ...model.env.map((e) => e.value)]) {
    if (!scalar || !isScalar(scalar)) continue;
    const secret = secretRead(String(scalar.value ?? ''));
    if (secret) names.add(secret);
  }
  if (job.secretsScalar && String(job.secretsScalar.value).trim() === 'inherit') names.add('all, via secrets: inherit');
  return [...names].sort();
}

/** The text of a job's or step's `if:`, or null. */
function conditionOf(node: Node): string | null {
  if (!isMap(node)) return null;
  const value = node.get('if', true);
  return isScalar(value) ? String(value.value ?? '') : null;
}

/** Comparisons that only hold for a pull request from a branch of the repository itself. */
const SAME_REPOSITORY = [
  /^github\.event\.pull_request\.head\.repo\.full_name\s*==\s*github\.repository$/,
  /^github\.repository\s*==\s*github\.event\.pull_request\.head\.repo\.full_name$/,
  /^github\.event\.workflow_run\.head_repository\.full_name\s*==\s*github\.repository$/,
  /^github\.repository\s*==\s*github\.event\.workflow_run\.head_repository\.full_name$/,
  /^github\.event\.(pull_request\.head\.repo|workflow_run\.head_repository)\.fork\s*==\s*false$/,
  /^!\s*github\.event\.(pull_request\.head\.repo|workflow_run\.head_repository)\.fork$/,
];

/**
 * True when a condition requires the head to be a branch of this repository (`head.repo.full_name
 * == github.repository` as one of its `&&` terms): forks never get the job, and whoever can push
 * a branch here can already read its secrets. Any `||` makes the guard escapable: not trusted.
 */
function sameRepositoryOnly(condition: string | null): boolean {
  if (!condition || condition.includes('||')) return false;
  const body = condition.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
  return body.split('&&').some((term) => SAME_REPOSITORY.some((re) => re.test(term.trim().replace(/^\(+|\)+$/g, '').trim())));
}

/** The `path:` a checkout writes to, when it is a subdirectory of the workspace. */
function checkoutDirectory(step: StepModel): string | null {
  const path = step.with.find((w) => w.name === 'path');
  if (!path?.value || !isScalar(path.value)) return null;
  const dir = String(path.value.value ?? '').trim().replace(/^\.\//, '').replace(/\/+$/, '');
  return dir === '' || dir === '.' || /\$\{\{|\.\./.test(dir) ? null : dir;
}

/**
 * Whether a step may run code from `dir`: it works in it, uses a local action from it, hands it to
 * an action, or its script names it (`cd pr`, `pr/build.sh`, `make -C pr`, `npm --prefix pr`).
 * `git -C pr …` and `-flag=pr` arguments of tools from the base checkout only read it.
 */
function runsFrom(step: StepModel, dir: string): boolean {
  if (workingDirectoryIn(step.node, dir)) return true;
  const within = (value: string) => new RegExp(`^(\\./)?${escape(dir)}(/|$)`).test(workspaceRelative(value.trim()));
  if (step.uses && within(String(step.uses.value ?? ''))) return true;
  if (step.with.some((w) => w.value && isScalar(w.value) && within(String(w.value.value ?? '')))) return true;
  if (!step.run) return false;
  const script = workspaceRelative(String(step.run.value ?? ''))
    .replace(new RegExp(`\\bgit\\s+-C\\s+["']?(\\./)?${escape(dir)}\\b`, 'g'), 'git')
    .replace(new RegExp(`-(?!-?(prefix|cwd|dir|directory|chdir|C|manifest-path|project|working-dir)=)[\\w-]+=["']?(\\./)?${escape(dir)}\\b`, 'g'), '');
  return new RegExp(`(^|[^\\w./-])(\\./)?${escape(dir)}([/\\s"';)&|]|$)`, 'm').test(script);
}

function workingDirectoryIn(node: Node, dir: string): boolean {
  if (!isMap(node)) return false;
  const direct = node.get('working-directory', true);
  const defaults = node.get('defaults', true);
  const run = isMap(defaults) ? defaults.get('run', true) : null;
  const inherited = isMap(run) ? run.get('working-directory', true) : null;
  return [direct, inherited].some((v) => isScalar(v) && new RegExp(`^(\\./)?${escape(dir)}(/|$)`).test(workspaceRelative(String(v.value ?? '').trim())));
}

/** `$GITHUB_WORKSPACE/pr`, `${{ github.workspace }}/pr` -> `pr`. */
function workspaceRelative(text: string): string {
  return text.replace(/(\$\{?GITHUB_WORKSPACE\}?|\$\{\{\s*github\.workspace\s*\}\}|\$env:GITHUB_WORKSPACE)[/\\]/gi, '');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The pull request's code brought in by a command or an artifact download (not `actions/checkout`):
 * critical when a later command installs, builds or runs it; a git fetch that nothing seems to
 * run is medium (read as data, still a surface); an artifact nothing runs is not reported.
 */
function intakeFindings(file: SourceFile, model: WorkflowModel, job: JobModel, trigger: string, secrets: string[]): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const intake of prCodeIntakes(file, model, job)) {
    if (sameRepositoryOnly(conditionOf(intake.step.node))) continue;
    const runs = runsBroughtCode(intake, job);
    if (!runs && intake.kind === 'artifact') continue;
    const remediation =
      intake.kind === 'artifact'
        ? 'Treat artifacts of the triggering run as untrusted data: extract them outside the workspace, never run or install from them in a job that holds secrets; pass only the secrets a trusted step needs, through its `env:`.'
        : "Do not fetch the pull request's code into a job with secrets; build it in a `pull_request` workflow without secrets and use its artifacts as data here; pass only the secrets a trusted step needs, through its `env:`.";
    findings.push(
      findingAt(
        file,
        meta,
        intake.node,
        intake.path,
        {
          ...(runs ? {} : { severity: 'medium' as const }),
          message: runs
            ? `This ${trigger} workflow brings in the pull request's code (${intake.what}) in job \`${job.id}\`, which holds secrets (${secrets.join(', ')}), and a later command runs or installs it: code from any fork runs with them.`
            : `This ${trigger} workflow brings in the pull request's code (${intake.what}) in job \`${job.id}\`, which holds secrets (${secrets.join(', ')}); no later command appears to run it: make sure it is only ever read as data.`,
          remediation,
          seed: `${job.id}\0${trigger}\0${intake.what}`,
        },
        intake.start,
        intake.end,
      ),
    );
  }
  return findings;
}

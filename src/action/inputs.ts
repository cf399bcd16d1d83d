import { realpathSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { ConfigurationError } from '../core/errors.js';
import { isSeverity } from '../core/finding.js';
import { reservedRuleIds } from '../analyzers/registry.js';
import { withGitleaksImport } from '../config/gitleaks.js';
import { applyConfig } from '../config/apply.js';
import { defaultSettings, type Settings } from '../core/settings.js';
import { resolveBaseUrls } from '../verify/index.js';
import { loadScanSources, type ScanSources } from './scan-sources.js';

/**
 * The only reader of the Action's inputs and of `github.context`: everything the rest of the
 * Action needs arrives in one typed object, with the same core Settings the CLI builds.
 */

export const MODES = ['auto', 'full', 'diff', 'history'] as const;
export type RequestedMode = (typeof MODES)[number];
export type Mode = Exclude<RequestedMode, 'auto'>;

/** Events whose natural scan is the pull request's changes. */
const DIFF_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);
/** Events whose checkout is not the pull request: its commits are read as git objects only. */
export const DATA_ONLY_PR_EVENTS = new Set(['pull_request_target', 'workflow_run']);
/** Events whose configuration and baseline come from the base commit, never from the change itself. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** Events that run the periodic audit (and may own the audit issue). */
const AUDIT_EVENTS = new Set(['schedule', 'workflow_dispatch']);

export interface EventInfo {
  name: string;
  /** Null outside a repository context (GITHUB_REPOSITORY unset). */
  repo: { owner: string; repo: string } | null;
  /** The commit findings link to: the pull request head when there is one, else GITHUB_SHA. */
  sha: string;
  serverUrl: string;
  /** `commits`: how many commits GitHub counts in the pull request (null when the payload does not say). */
  pullRequest: { number: number; baseSha: string | null; headSha: string | null; commits: number | null } | null;
  /** The commit a diff-mode scan compares against (pull request or merge group base, or a push's `before`). */
  baseSha: string | null;
  /** This workflow run on GitHub, for links from the audit issue. */
  runUrl: string | null;
  /** GITHUB_SHA and GITHUB_REF: what a code scanning upload is filed under. */
  runSha: string;
  runRef: string | null;
  /** GITHUB_RUN_ID, for links to the run's artifacts (null when unset). */
  runId: number | null;
}

export interface ActionInputs {
  settings: Settings;
  workspace: string;
  requestedMode: RequestedMode;
  mode: Mode;
  /** The config file applied (the `config` input, else one found at the scan root; on pull requests read from the base commit), or null. */
  configFile: string | null;
  /** Where the configuration and baseline came from, and what the pull request's own would relax. */
  sources: Pick<ScanSources, 'notes' | 'prBaseline'>;
  /** Absolute path, or null when the sarif-file input is empty. */
  sarifFile: string | null;
  /** Absolute path of the JSON report (the report-file output). */
  reportFile: string;
  /** This step among others in the run ('' when the runner names none): keys report files and the PR comment. */
  stepKey: string;
  annotations: boolean;
  /** Upload the SARIF log to code scanning (REST API). */
  uploadSarif: boolean;
  /** The workflow artifact's name for the JSON report and the SARIF log, or null (no artifact). */
  artifact: string | null;
  summary: boolean;
  prComment: boolean;
  auditIssue: boolean;
  token: string;
  event: EventInfo;
}

export async function readInputs(env: NodeJS.ProcessEnv = process.env): Promise<ActionInputs> {
  const workspace = realDirectory(path.resolve(env.GITHUB_WORKSPACE || process.cwd()));
  const pathInput = core.getInput('path') || '.';
  const root = existingDirectory(path.resolve(workspace, pathInput), 'path');
  // The Action scans the checkout, nothing else of the runner (`path: ../../..` would be the whole disk).
  if (!isInside(workspace, root)) {
    throw new ConfigurationError(`input path: ${pathInput} resolves to ${root}, outside the workspace ${workspace}: the Action only scans inside GITHUB_WORKSPACE`);
  }

  // Enumerated inputs are matched case-insensitively (`fail-on: High`).
  const failOn = enumInput('fail-on') || 'high';
  if (!isSeverity(failOn)) throw new ConfigurationError(`input fail-on must be critical, high, medium or low, not "${failOn}"`);

  const requestedMode = (enumInput('mode') || 'auto') as RequestedMode;
  if (!MODES.includes(requestedMode)) throw new ConfigurationError(`input mode must be auto, full, diff or history, not "${requestedMode}"`);
  const event = readEvent();
  // A workflow_run of a pull request is diff mode even when the payload lists none (a fork's):
  // the scan then fails rather than pass over the default branch.
  const runOf = String((github.context.payload.workflow_run as { event?: unknown } | undefined)?.event ?? '');
  const prRun = event.name === 'workflow_run' && (event.pullRequest !== null || runOf.startsWith('pull_request'));
  const mode: Mode = requestedMode === 'auto' ? (DIFF_EVENTS.has(event.name) || prRun ? 'diff' : 'full') : requestedMode;

  // As in the CLI: defaults, then the config file, then the inputs on top. On a pull request the
  // config and the baseline are the base commit's: the change cannot relax its own scan.
  const sources = await loadScanSources({
    root,
    workspace,
    configInput: core.getInput('config') || null,
    baselineInput: core.getInput('baseline') || null,
    pullRequest: PULL_REQUEST_EVENTS.has(event.name) || prRun ? { baseSha: event.pullRequest?.baseSha ?? null } : null,
    reservedIds: (config) => reservedRuleIds((config.detectors ?? []).map((d) => d.id)),
  });
  let settings = applyConfig(defaultSettings(root), sources.config);
  if (sources.gitleaks) {
    for (const warning of sources.gitleaks.warnings) core.warning(warning);
    settings = withGitleaksImport(settings, sources.gitleaks);
  }
  settings.baseline = sources.baseline;
  settings.failOn = failOn;
  if (booleanInput('verify', false)) {
    resolveBaseUrls(env); // a bad base-URL override fails the step before anything is sent
    settings.verify = { enabled: true, env };
  }

  const sarifInput = core.getInput('sarif-file');
  const stepKey = stepKeyOf(env);
  // Reports go outside the workspace by default: never scanned, never where the checkout has links.
  const outputDir = path.resolve(env.RUNNER_TEMP || os.tmpdir());
  const auditInput = enumInput('audit-issue') || 'auto';
  if (!['auto', 'true', 'false'].includes(auditInput)) throw new ConfigurationError(`input audit-issue must be auto, true or false, not "${auditInput}"`);

  return {
    settings,
    workspace,
    requestedMode,
    mode,
    configFile: sources.configSource,
    sources: { notes: sources.notes, prBaseline: sources.prBaseline },
    sarifFile: sarifPath(sarifInput, workspace, outputDir, stepKey),
    reportFile: path.join(outputDir, `openai-secret-lint-report${stepKey ? `-${stepKey}` : ''}.json`),
    stepKey,
    annotations: booleanInput('annotations', true),
    uploadSarif: booleanInput('upload-sarif', false),
    artifact: artifactName(core.getInput('artifact'), stepKey),
    summary: booleanInput('summary', true),
    prComment: booleanInput('pr-comment', true),
    auditIssue: auditInput === 'auto' ? AUDIT_EVENTS.has(event.name) && mode === 'full' : auditInput === 'true',
    token: core.getInput('github-token'),
    event,
  };
}

function readEvent(): EventInfo {
  const { context } = github;
  const payload = context.payload;
  let repo: EventInfo['repo'] = null;
  try {
    repo = context.repo;
  } catch {
    // GITHUB_REPOSITORY unset and no repository in the payload: API features are skipped.
  }
  // workflow_run: the run's pull request (a fork's is not listed; the caller then fails the step).
  const pr = context.eventName === 'workflow_run' ? (payload.workflow_run as { pull_requests?: any[] } | undefined)?.pull_requests?.[0] : payload.pull_request;
  const pullRequest =
    pr && typeof pr.number === 'number'
      ? { number: pr.number, baseSha: stringOrNull(pr.base?.sha), headSha: stringOrNull(pr.head?.sha), commits: typeof pr.commits === 'number' && pr.commits >= 0 ? pr.commits : null }
      : null;
  const mergeGroup = payload.merge_group as { base_sha?: unknown; head_sha?: unknown } | undefined;
  return {
    name: context.eventName,
    repo,
    sha: pullRequest?.headSha ?? stringOrNull(mergeGroup?.head_sha) ?? context.sha,
    serverUrl: context.serverUrl,
    pullRequest,
    baseSha: pullRequest?.baseSha ?? stringOrNull(mergeGroup?.base_sha) ?? pushBefore(payload.before),
    runSha: context.sha,
    runRef: stringOrNull(context.ref),
    runId: context.runId ? context.runId : null,
    runUrl: repo && context.runId ? `${context.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${context.runId}` : null,
  };
}

function enumInput(name: string): string {
  return core.getInput(name).toLowerCase();
}

/**
 * What tells this step apart from another use of the Action in the same run: the `name` input,
 * else the job and the step (GITHUB_ACTION is the step's id, or `__owner_repo` then `_2`, `_3`
 * for later uses in one job). Reduced to characters safe in a file name and an HTML comment.
 */
function stepKeyOf(env: NodeJS.ProcessEnv): string {
  const named = core.getInput('name');
  const raw = named || [env.GITHUB_JOB, env.GITHUB_ACTION].filter(Boolean).join('-');
  return raw.replace(/[^A-Za-z0-9_.-]+/g, '_').replace(/^[._-]+/, '').slice(0, 80);
}

function booleanInput(name: string, fallback: boolean): boolean {
  if (core.getInput(name) === '') return fallback;
  try {
    return core.getBooleanInput(name);
  } catch {
    throw new ConfigurationError(`input ${name} must be true or false, not "${core.getInput(name)}"`);
  }
}

/**
 * `true`: `openai-secret-lint-report` (and the step key, so two steps do not collide); empty or
 * `false`: none; else the name itself, kept to characters safe in a link text and a file name.
 */
function artifactName(input: string, stepKey: string): string | null {
  const value = input.trim();
  if (value === '' || value.toLowerCase() === 'false') return null;
  if (value.toLowerCase() === 'true') return `openai-secret-lint-report${stepKey ? `-${stepKey}` : ''}`;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(value)) {
    throw new ConfigurationError(`input artifact must be true, false or an artifact name of letters, digits, '.', '_' and '-' (at most 100), not "${value}"`);
  }
  return value;
}

/** `auto`: the runner's temporary directory; empty or `false`: no SARIF; else relative to the workspace. */
function sarifPath(input: string, workspace: string, outputDir: string, stepKey: string): string | null {
  if (input === '' || input.toLowerCase() === 'false') return null;
  if (input.toLowerCase() === 'auto') return path.join(outputDir, `openai-secret-lint${stepKey ? `-${stepKey}` : ''}.sarif`);
  return path.resolve(workspace, input);
}

function isInside(dir: string, absolute: string): boolean {
  const relative = path.relative(dir, absolute);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

function realDirectory(absolute: string): string {
  try {
    return realpathSync(absolute);
  } catch {
    return absolute;
  }
}

function existingDirectory(absolute: string, input: string): string {
  let info;
  try {
    info = statSync(absolute);
  } catch {
    throw new ConfigurationError(`input ${input}: ${absolute} does not exist`);
  }
  if (!info.isDirectory()) throw new ConfigurationError(`input ${input}: ${absolute} is not a directory`);
  return realpathSync(absolute);
}

/** A push's previous tip; all zeros when the branch is new (nothing to compare with). */
function pushBefore(value: unknown): string | null {
  const sha = stringOrNull(value);
  return sha && !/^0+$/.test(sha) ? sha : null;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

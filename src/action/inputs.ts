import { realpathSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { ConfigurationError } from '../core/errors.js';
import { isSeverity } from '../core/finding.js';
import { applyConfig } from '../config/apply.js';
import { loadConfig } from '../config/load.js';
import { defaultSettings, type Settings } from '../core/settings.js';
import { resolveBaseUrls } from '../verify/index.js';

/**
 * The only reader of the Action's inputs and of `github.context`: everything the rest of the
 * Action needs arrives in one typed object, with the same core Settings the CLI builds.
 */

export const MODES = ['auto', 'full', 'diff', 'history'] as const;
export type RequestedMode = (typeof MODES)[number];
export type Mode = Exclude<RequestedMode, 'auto'>;

/** Events whose natural scan is the pull request's changes. */
const DIFF_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);
/** Events that run the periodic audit (and may own the audit issue). */
const AUDIT_EVENTS = new Set(['schedule', 'workflow_dispatch']);

export interface EventInfo {
  name: string;
  /** Null outside a repository context (GITHUB_REPOSITORY unset). */
  repo: { owner: string; repo: string } | null;
  /** The commit findings link to: the pull request head when there is one, else GITHUB_SHA. */
  sha: string;
  serverUrl: string;
  pullRequest: { number: number; baseSha: string | null; headSha: string | null } | null;
  /** The commit a diff-mode scan compares against (pull request or merge group base, or a push's `before`). */
  baseSha: string | null;
  /** This workflow run on GitHub, for links from the audit issue. */
  runUrl: string | null;
}

export interface ActionInputs {
  settings: Settings;
  workspace: string;
  requestedMode: RequestedMode;
  mode: Mode;
  /** The config file applied (the `config` input, else one found at the scan root), or null. */
  configFile: string | null;
  /** Absolute path, or null when the sarif-file input is empty. */
  sarifFile: string | null;
  /** Absolute path of the JSON report (the report-file output). */
  reportFile: string;
  annotations: boolean;
  summary: boolean;
  prComment: boolean;
  auditIssue: boolean;
  token: string;
  event: EventInfo;
}

export async function readInputs(env: NodeJS.ProcessEnv = process.env): Promise<ActionInputs> {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const root = existingDirectory(path.resolve(workspace, core.getInput('path') || '.'), 'path');

  const failOn = core.getInput('fail-on') || 'high';
  if (!isSeverity(failOn)) throw new ConfigurationError(`input fail-on must be critical, high, medium or low, not "${failOn}"`);

  const requestedMode = (core.getInput('mode') || 'auto') as RequestedMode;
  if (!MODES.includes(requestedMode)) throw new ConfigurationError(`input mode must be auto, full, diff or history, not "${requestedMode}"`);
  const event = readEvent();
  const mode: Mode = requestedMode === 'auto' ? (DIFF_EVENTS.has(event.name) ? 'diff' : 'full') : requestedMode;

  // As in the CLI: defaults, then the config file, then the inputs on top.
  const configInput = core.getInput('config');
  const loaded = await loadConfig(root, configInput || null, workspace);
  const settings = applyConfig(defaultSettings(root), loaded.config);
  settings.failOn = failOn;
  if (booleanInput('verify', false)) {
    resolveBaseUrls(env); // a bad base-URL override fails the step before anything is sent
    settings.verify = { enabled: true, env };
  }

  const sarifInput = core.getInput('sarif-file');
  const auditInput = core.getInput('audit-issue') || 'auto';
  if (!['auto', 'true', 'false'].includes(auditInput)) throw new ConfigurationError(`input audit-issue must be auto, true or false, not "${auditInput}"`);

  return {
    settings,
    workspace,
    requestedMode,
    mode,
    configFile: loaded.file,
    sarifFile: sarifInput ? path.resolve(workspace, sarifInput) : null,
    reportFile: path.join(env.RUNNER_TEMP || os.tmpdir(), 'openai-secret-lint-report.json'),
    annotations: booleanInput('annotations', true),
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
  const pr = payload.pull_request;
  const pullRequest =
    pr && typeof pr.number === 'number'
      ? { number: pr.number, baseSha: stringOrNull(pr.base?.sha), headSha: stringOrNull(pr.head?.sha) }
      : null;
  const mergeGroup = payload.merge_group as { base_sha?: unknown; head_sha?: unknown } | undefined;
  return {
    name: context.eventName,
    repo,
    sha: pullRequest?.headSha ?? stringOrNull(mergeGroup?.head_sha) ?? context.sha,
    serverUrl: context.serverUrl,
    pullRequest,
    baseSha: pullRequest?.baseSha ?? stringOrNull(mergeGroup?.base_sha) ?? pushBefore(payload.before),
    runUrl: repo && context.runId ? `${context.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${context.runId}` : null,
  };
}

function booleanInput(name: string, fallback: boolean): boolean {
  if (core.getInput(name) === '') return fallback;
  try {
    return core.getBooleanInput(name);
  } catch {
    throw new ConfigurationError(`input ${name} must be true or false, not "${core.getInput(name)}"`);
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

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as core from '@actions/core';
import { ConfigurationError, errorMessage, isConfigurationError } from '../core/errors.js';
import { atLeast, SEVERITIES, type Finding, type Report } from '../core/finding.js';
import { incompleteMessage } from '../core/incomplete.js';
import { scan } from '../core/scan.js';
import { scanHistory } from '../history/scan-history.js';
import { renderJson } from '../output/json.js';
import { renderSarif } from '../output/sarif.js';
import { renderText } from '../output/text.js';
import { escapeControls } from '../output/escape.js';
import { gitTopLevel, isGitIncomplete } from '../util/git.js';
import { writeFileNoFollow } from '../util/safe-write.js';
import { annotate } from './annotations.js';
import { artifactUrl, uploadArtifact } from './artifact.js';
import { syncAuditIssue } from './audit-issue.js';
import { resolveDiffScope, rootPrefix } from './diff-scope.js';
import { createApi, type GitHubApi } from './github-api.js';
import { DATA_ONLY_PR_EVENTS, readInputs, type ActionInputs } from './inputs.js';
import { mergeReports, prCommitsError, pullRequestCommits } from './pr-commits.js';
import { scanPrCommitsViaApi } from './pr-commits-api.js';
import { toRepoPaths } from './repo-paths.js';
import { blobLinker } from './links.js';
import { actionsLogger } from './logger.js';
import { upsertPrComment } from './pr-comment.js';
import { uploadSarif } from './upload-sarif.js';
import { writeSummary } from './summary.js';

const MIN_MASK_LENGTH = 6;
/** For the second, whole-tree scan of a pull request: its progress is not news. */
const quietLogger = { ...actionsLogger, info: () => {} };

/** The Action: read inputs, scan, then report through every channel the inputs enable. */
export async function run(): Promise<void> {
  try {
    const inputs = await readInputs();
    const report = await scanFor(inputs);
    await publish(inputs, report.report, report.notes);
  } catch (error) {
    core.setFailed(isConfigurationError(error) || isGitIncomplete(error) ? errorMessage(error) : `internal error: ${errorMessage(error)}`);
  }
}

async function scanFor(inputs: ActionInputs): Promise<{ report: Report; notes: string[] }> {
  const { settings } = inputs;
  if (inputs.configFile) core.info(`Configuration: ${inputs.configFile}`);
  // Where the configuration came from on a pull request, and what its own would have relaxed.
  const notes: string[] = [...inputs.sources.notes];
  for (const note of notes) core.notice(note);
  // pull_request_target and workflow_run check out the base (or the default branch), never the
  // change: only the pull request's commits, read as objects, say what it adds.
  const dataOnly = DATA_ONLY_PR_EVENTS.has(inputs.event.name) && inputs.mode === 'diff';
  if (inputs.event.name === 'workflow_run' && inputs.mode === 'diff' && !inputs.event.pullRequest) {
    throw prCommitsError('workflow_run', 'the payload lists no pull request (a fork\'s is never listed)');
  }
  if (inputs.mode === 'diff' && !dataOnly) {
    const scope = await resolveDiffScope(inputs, apiFor(inputs), actionsLogger);
    if (scope) {
      settings.changedLines = scope.lines;
      notes.push(`Diff mode: only lines added or changed by this change (${scope.source}).`);
      core.info(`Diff mode: ${scope.lines.size} changed file(s), from ${scope.source}`);
    } else {
      const why = 'Diff mode: no base commit fetched and no pull request files available, so the whole tree was scanned.';
      core.notice(why);
      notes.push(why);
    }
  }
  // Every detected value is masked as the core finds it, before anything about findings is logged.
  // Short values (a registry password like `pass`) would mask ordinary words in the log.
  // Each value once: a key found in many files would otherwise repeat its add-mask command.
  const masked = new Set<string>();
  settings.onSecret = (value) => {
    const trimmed = value.trim();
    if (trimmed.length < MIN_MASK_LENGTH || masked.has(trimmed)) return;
    masked.add(trimmed);
    core.setSecret(trimmed);
  };
  let report =
    inputs.mode === 'history'
      ? await scanHistory(settings, actionsLogger, { since: null, allBranches: false })
      : dataOnly
        ? null
        : await scan(settings, actionsLogger);
  if (inputs.mode === 'diff' && inputs.event.pullRequest) {
    const pr = inputs.event.pullRequest;
    const range = await pullRequestCommits(inputs, actionsLogger);
    /** The commits' findings the checkout's scan does not already report at the head's lines. */
    const merge = (commits: Report): Report =>
      report === null ? commits : mergeReports(report, { ...commits, findings: commits.findings.filter((f) => f.presentAtHead === false), stats: recount(commits, (f) => f.presentAtHead === false) });
    if ('missing' in range) {
      // Not in the clone and not fetchable: GitHub's API lists the pull request's own commits and their patches.
      const client = apiFor(inputs);
      const viaApi =
        client && inputs.event.repo
          ? await scanPrCommitsViaApi(client, { ...inputs.event.repo, number: pr.number }, { ...settings, changedLines: null }, rootPrefix((await gitTopLevel(settings.root)) ?? inputs.workspace, settings.root), actionsLogger)
          : { missing: 'no github-token for the API' };
      if ('missing' in viaApi) {
        const why = `${range.missing}, and ${viaApi.missing}`;
        // Without its commits a target-style event has scanned nothing of the change: never pass.
        if (dataOnly || report === null) throw prCommitsError(inputs.event.name, why);
        const note = `Pull request commits: not scanned (${why}); only the net change was. A key added by one commit and removed by a later one would not be seen: check out with \`fetch-depth: 0\`.`;
        core.warning(note);
        notes.push(note);
      } else {
        const s = viaApi.commits === 1 ? '' : 's';
        const skipped = [
          viaApi.merges > 0 ? `${viaApi.merges} merge commit${viaApi.merges === 1 ? '' : 's'} not scanned (a merge's patch is the base branch's changes)` : '',
          viaApi.withoutPatch > 0 ? `${viaApi.withoutPatch} changed file${viaApi.withoutPatch === 1 ? '' : 's'} without a patch in the API (binary or too large) not scanned` : '',
        ].filter(Boolean);
        notes.push(
          `Pull request commits: every commit of base..head (${viaApi.commits} commit${s}) read through the GitHub API — the lines each commit's patch adds — because ${range.missing}; nothing checked out or run; each key is reported at the commit that added it.${skipped.length > 0 ? ` ${skipped.join('; ')}.` : ''}`,
        );
        core.info(`Pull request commits: ${viaApi.commits} read through the GitHub API`);
        report = merge(viaApi.report);
      }
    } else {
      const commits = await scanHistory({ ...settings, changedLines: null }, actionsLogger, { since: null, allBranches: false, tip: range.head, exclude: range.exclude, pullRequest: true });
      const s = range.commits === 1 ? '' : 's';
      notes.push(`Pull request commits: every commit of base..head (${range.commits} commit${s}, ${range.how}) read as git objects, nothing checked out or run; each key is reported at the commit that added it.`);
      // The checkout's scan already reports what the head still holds, at the head's lines.
      report = merge(commits);
    }
  }
  if (report === null) throw new Error('no scan ran');
  // What the pull request does not touch is not its check, but its comment says how much there is.
  if (settings.changedLines !== null && inputs.prComment && inputs.event.pullRequest) {
    const seen = new Set(report.findings.map((f) => f.fingerprint));
    const everything = await scan({ ...settings, changedLines: null }, quietLogger);
    const outside = everything.findings.filter((f) => !seen.has(f.fingerprint)).length;
    if (outside > 0) notes.push(`${outside} more finding${outside === 1 ? '' : 's'} in files or lines this pull request does not touch: not part of this check (a full scan, e.g. the nightly audit, lists ${outside === 1 ? 'it' : 'them'}).`);
  }
  if (inputs.mode === 'history') notes.push('History mode: every commit reachable from HEAD; each secret is reported at the commit that introduced it.');
  const ownBaseline = inputs.sources.prBaseline;
  if (ownBaseline) {
    const hidden = report.findings.filter((f) => ownBaseline.extra.has(f.fingerprint)).length;
    const note = `This pull request's baseline \`${ownBaseline.name}\` accepts ${ownBaseline.extra.size} finding${ownBaseline.extra.size === 1 ? '' : 's'} the base commit's does not${hidden > 0 ? ` (it would hide ${hidden} reported here)` : ''}; not applied: a pull request is scanned with the baseline of its base commit.`;
    core.notice(note);
    notes.push(note);
  }
  return { report, notes };
}

async function publish(inputs: ActionInputs, scanned: Report, notes: string[]): Promise<void> {
  const { settings, event } = inputs;
  // From here on every path is relative to the repository root, in every output.
  const top = (await gitTopLevel(settings.root)) ?? inputs.workspace;
  const report = toRepoPaths(scanned, rootPrefix(top, settings.root));
  core.info(renderText(report, { color: false }));
  const link = blobLinker(event, '');

  // Annotations first: they do not depend on any file written below.
  const hiddenNote = inputs.annotations ? annotate(report, '') : null;

  const json = renderJson(report);
  await writeFileSafely(inputs.reportFile, json, inputs.workspace);
  core.setOutput('report-file', inputs.reportFile);
  const sarif = inputs.sarifFile || inputs.uploadSarif || inputs.artifact ? renderSarif(report, { uri: `${pathToFileURL(top).href.replace(/\/+$/, '')}/`, description: 'The repository root (the checkout in GITHUB_WORKSPACE): every result path is relative to it, whatever the path input.' }) : '';
  if (inputs.sarifFile) {
    await writeFileSafely(inputs.sarifFile, sarif, inputs.workspace);
    core.setOutput('sarif-file', inputs.sarifFile);
  } else {
    core.setOutput('sarif-file', '');
  }
  let sarifId: string | null = null;
  if (inputs.uploadSarif) {
    const client = apiFor(inputs);
    if (!client || !event.repo || !event.runRef) core.warning('upload-sarif: no github-token, repository or ref: the SARIF report is not uploaded.');
    else sarifId = await uploadSarif(client, { ...event.repo, sha: event.runSha, ref: event.runRef }, sarif);
    if (sarifId) core.info(`Code scanning upload: ${sarifId}`);
  }
  core.setOutput('sarif-id', sarifId ?? '');
  core.setOutput('findings', report.findings.length);
  for (const severity of SEVERITIES) core.setOutput(severity, report.stats.findingsBySeverity[severity]);

  // The reports as a workflow artifact, when asked: the summary and the comment link to it.
  let artifact: { name: string; url: string | null } | null = null;
  if (inputs.artifact) {
    try {
      const files = [
        { name: path.basename(inputs.reportFile), content: Buffer.from(json, 'utf8') },
        { name: inputs.sarifFile ? path.basename(inputs.sarifFile) : `openai-secret-lint${inputs.stepKey ? `-${inputs.stepKey}` : ''}.sarif`, content: Buffer.from(sarif, 'utf8') },
      ];
      const uploaded = await uploadArtifact(inputs.artifact, files);
      const url = event.repo && event.runId !== null ? artifactUrl(event.serverUrl, event.repo, event.runId, uploaded.id) : null;
      artifact = { name: uploaded.name, url };
      core.info(`Workflow artifact ${uploaded.name}: id ${uploaded.id}, ${uploaded.size} bytes${url ? ` (${url})` : ''}`);
      core.setOutput('artifact-id', uploaded.id);
      core.setOutput('artifact-url', url ?? '');
    } catch (error) {
      core.warning(`artifact: the reports were not uploaded as a workflow artifact: ${errorMessage(error)}`);
    }
  }
  if (!artifact) {
    core.setOutput('artifact-id', '');
    core.setOutput('artifact-url', '');
  }
  // A link in the notes (Markdown); plain text (a bare URL) where the renderer escapes the text.
  if (artifact) notes.push(`Reports: the JSON report and the SARIF log are in the workflow artifact ${artifact.url ? `[${artifact.name}](${artifact.url})` : artifact.name}.`);
  const artifactText = artifact ? `the workflow artifact ${artifact.name}${artifact.url ? ` (${artifact.url})` : ''}` : null;

  if (hiddenNote) {
    const rest = artifactText ? `the JSON report in ${artifactText}` : 'the JSON report (the report-file output, on the runner)';
    const hidden = hiddenNote(`They are in the job summary table; what does not fit there is in ${rest}.`);
    if (hidden) notes.push(hidden);
  }

  // Without the artifact the reports live on the runner only: say so, and how to keep them.
  const reports = inputs.sarifFile ? `the JSON report (${path.basename(inputs.reportFile)}) and the SARIF file (${path.basename(inputs.sarifFile)})` : `the JSON report (${path.basename(inputs.reportFile)})`;
  const overflowHint = artifactText
    ? `the JSON report and the SARIF log in ${artifactText}, which hold every finding`
    : `${reports}, which hold every finding but exist only on the runner (the report-file and sarif-file outputs): set the artifact input, or upload them in a later step, to keep them`;
  if (inputs.summary) {
    try {
      await writeSummary(report, { notes, link, overflowHint });
    } catch (error) {
      core.warning(`Could not write the job summary: ${errorMessage(error)}`);
    }
  }

  const api = apiFor(inputs);
  if (inputs.prComment && event.pullRequest && event.repo) {
    if (api) {
      const outcome = await upsertPrComment(api, { ...event.repo, number: event.pullRequest.number }, report, { link, notes, runUrl: event.runUrl, stepKey: inputs.stepKey, artifactText });
      core.info(`Pull request comment: ${outcome}`);
    } else {
      core.notice('No github-token: the pull request comment is skipped.');
    }
  }
  if (inputs.auditIssue) {
    if (inputs.mode !== 'full') {
      core.notice('The audit issue is only kept by full scans: skipped.');
    } else if (api && event.repo) {
      const outcome = await syncAuditIssue(api, event.repo, report, { link, runUrl: event.runUrl });
      core.info(`Audit issue: ${outcome}`);
    } else {
      core.notice('No github-token or repository: the audit issue is skipped.');
    }
  }

  const failing = report.findings.filter((f) => atLeast(f.severity, settings.failOn)).length;
  if (failing > 0) core.setFailed(`${failing} finding${failing === 1 ? '' : 's'} at or above ${settings.failOn}`);
  const incomplete = incompleteMessage(report, escapeControls); // a rule failed, a file was unreadable…: fail, naming the files
  if (incomplete) core.setFailed(incomplete);
}

let api: GitHubApi | null | undefined;
function apiFor(inputs: ActionInputs): GitHubApi | null {
  if (api === undefined) api = inputs.token ? createApi(inputs.token) : null;
  return api;
}

/** Never through a link: a path in the workspace may be a symlink the pull request committed. */
async function writeFileSafely(file: string, content: string, workspace: string): Promise<void> {
  try {
    await writeFileNoFollow(file, content, { within: workspace });
  } catch (error) {
    if (isConfigurationError(error)) throw error;
    throw new ConfigurationError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? errorMessage(error)}`);
  }
}

/** A report's counts for the findings `keep` keeps. */
function recount(report: Report, keep: (f: Finding) => boolean): Report['stats'] {
  const findingsBySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Report['stats']['findingsBySeverity'];
  for (const f of report.findings) if (keep(f)) findingsBySeverity[f.severity]++;
  return { ...report.stats, findingsBySeverity };
}

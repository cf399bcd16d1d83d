import { gzipSync } from 'node:zlib';
import * as core from '@actions/core';
import { errorMessage } from '../core/errors.js';
import { httpStatus, type GitHubApi } from './github-api.js';

/**
 * Uploads the SARIF log to code scanning through the REST API, gzipped and base64-encoded as
 * the endpoint requires (as zizmor's and CodeQL's actions do). A token without
 * `security-events: write` gets a warning, never a failed step: the scan itself succeeded.
 */
export async function uploadSarif(api: GitHubApi, target: { owner: string; repo: string; sha: string; ref: string }, sarif: string): Promise<string | null> {
  try {
    const response = await api.rest.codeScanning.uploadSarif({
      owner: target.owner,
      repo: target.repo,
      commit_sha: target.sha,
      ref: target.ref,
      sarif: gzipSync(Buffer.from(sarif, 'utf8')).toString('base64'),
      tool_name: 'openai-secret-lint',
    });
    return response.data.id ?? null;
  } catch (error) {
    const status = httpStatus(error);
    const why =
      status === 403 || status === 404
        ? 'the token may not upload to code scanning (grant `security-events: write`; code scanning must be available for the repository)'
        : errorMessage(error);
    core.warning(`Could not upload the SARIF report to code scanning: ${why}`);
    return null;
  }
}

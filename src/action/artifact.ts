import { createHash } from 'node:crypto';
import * as core from '@actions/core';
import { fetch } from 'undici';
import { errorMessage } from '../core/errors.js';
import { proxyDispatcher } from '../verify/index.js';
import { zipFiles } from './zip.js';

/**
 * The reports as a workflow artifact, through the runner's artifact service (the protocol of
 * `@actions/artifact` 2+: twirp CreateArtifact, the zip PUT to the signed blob URL it returns,
 * FinalizeArtifact with size and SHA-256). Written here rather than bundling `@actions/artifact`,
 * whose install pulls in Azure's SDK and a protobuf compiler (about 175 MB). The runner gives a
 * JavaScript action ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN; proxies as the runner's
 * HTTPS_PROXY / NO_PROXY say.
 */

const SERVICE = 'github.actions.results.api.v1.ArtifactService';
const TIMEOUT_MS = 120_000;

export interface UploadedArtifact {
  id: string;
  name: string;
  size: number;
}

export class ArtifactError extends Error {
  override readonly name = 'ArtifactError';
}

export async function uploadArtifact(
  name: string,
  files: readonly { name: string; content: Buffer }[],
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<UploadedArtifact> {
  const resultsUrl = env.ACTIONS_RESULTS_URL;
  const token = env.ACTIONS_RUNTIME_TOKEN;
  if (!resultsUrl || !token) throw new ArtifactError('ACTIONS_RESULTS_URL or ACTIONS_RUNTIME_TOKEN is not set (the runner sets them for a job on GitHub Actions)');
  let origin: string;
  try {
    origin = new URL(resultsUrl).origin;
  } catch {
    throw new ArtifactError('ACTIONS_RESULTS_URL is not a URL');
  }
  const ids = backendIds(token);
  const { dispatcher } = proxyDispatcher(env, { connections: 2 });
  try {
    const call = async (method: string, body: Record<string, unknown>): Promise<Record<string, unknown>> => {
      const response = await fetch(`${origin}/twirp/${SERVICE}/${method}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
        redirect: 'error',
        signal: AbortSignal.timeout(TIMEOUT_MS),
        dispatcher,
      });
      const text = await response.text();
      let json: Record<string, unknown> = {};
      try {
        json = JSON.parse(text) as Record<string, unknown>;
      } catch {
        // reported below by status
      }
      if (!response.ok) throw new ArtifactError(`${method}: HTTP ${response.status}${typeof json.msg === 'string' ? ` (${json.msg.slice(0, 200)})` : ''}`);
      if (json.ok !== true) throw new ArtifactError(`${method}: the service did not accept it`);
      return json;
    };

    const zip = zipFiles(files);
    const created = await call('CreateArtifact', {
      workflow_run_backend_id: ids.run,
      workflow_job_run_backend_id: ids.job,
      name,
      version: 4,
      mime_type: 'application/zip',
    });
    const signed = created.signed_upload_url ?? created.signedUploadUrl;
    if (typeof signed !== 'string') throw new ArtifactError('CreateArtifact: no upload URL in the answer');
    maskSignature(signed);
    const put = await fetch(signed, {
      method: 'PUT',
      headers: { 'x-ms-blob-type': 'BlockBlob', 'x-ms-version': '2023-11-03', 'content-type': 'application/zip' },
      body: zip,
      redirect: 'error',
      signal: AbortSignal.timeout(TIMEOUT_MS),
      dispatcher,
    });
    await put.arrayBuffer();
    // The URL's query is a credential: never in a message.
    if (!put.ok) throw new ArtifactError(`blob upload: HTTP ${put.status}`);
    const finalized = await call('FinalizeArtifact', {
      workflow_run_backend_id: ids.run,
      workflow_job_run_backend_id: ids.job,
      name,
      size: String(zip.length),
      hash: `sha256:${createHash('sha256').update(zip).digest('hex')}`,
    });
    const id = finalized.artifact_id ?? finalized.artifactId;
    if ((typeof id !== 'string' && typeof id !== 'number') || !/^\d+$/.test(String(id))) throw new ArtifactError('FinalizeArtifact: no artifact id in the answer');
    return { id: String(id), name, size: zip.length };
  } catch (error) {
    if (error instanceof ArtifactError) throw error;
    // fetch's messages are generic ("fetch failed"); the cause's code says more, never a URL.
    const code = (error as { cause?: { code?: unknown } }).cause?.code;
    throw new ArtifactError(typeof code === 'string' && /^[A-Z0-9_]{2,64}$/.test(code) ? code : errorMessage(error).replace(/https?:\/\/\S+/g, '<url>'));
  } finally {
    void dispatcher.destroy().catch(() => {});
  }
}

/** The run's and the job's ids in the results service: the `Actions.Results:<run>:<job>` scope of the runtime token (a JWT). */
function backendIds(token: string): { run: string; job: string } {
  let scp: unknown;
  try {
    scp = (JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { scp?: unknown }).scp;
  } catch {
    throw new ArtifactError('ACTIONS_RUNTIME_TOKEN is not a JWT');
  }
  for (const scope of typeof scp === 'string' ? scp.split(' ') : []) {
    const parts = scope.split(':');
    if (parts[0] === 'Actions.Results' && parts.length === 3 && parts[1] && parts[2]) return { run: parts[1], job: parts[2] };
  }
  throw new ArtifactError('ACTIONS_RUNTIME_TOKEN carries no Actions.Results scope');
}

function maskSignature(url: string): void {
  try {
    const sig = new URL(url).searchParams.get('sig');
    if (sig) {
      core.setSecret(sig);
      core.setSecret(encodeURIComponent(sig));
    }
  } catch {
    // not a URL: the PUT fails and says so
  }
}

/** Where a run's artifact is shown on GitHub. */
export function artifactUrl(serverUrl: string, repo: { owner: string; repo: string }, runId: string | number, id: string): string {
  return `${serverUrl.replace(/\/+$/, '')}/${repo.owner}/${repo.repo}/actions/runs/${runId}/artifacts/${id}`;
}

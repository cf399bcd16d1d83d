/**
 * A local stand-in for the runner's artifact service on 127.0.0.1: the twirp endpoints
 * CreateArtifact and FinalizeArtifact of github.actions.results.api.v1.ArtifactService, and the
 * signed blob URL CreateArtifact hands out (here on the same server). Records every call.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inflateRawSync } from 'node:zlib';

export interface ArtifactCall {
  method: string;
  path: string;
  authorization: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export interface FakeArtifactService {
  url: string;
  /** What the runner sets: ACTIONS_RESULTS_URL and a runtime token with the Actions.Results scope. */
  env: Record<string, string>;
  calls: ArtifactCall[];
  /** Blobs uploaded, by artifact name. */
  blobs: Map<string, Buffer>;
  /** The signature in the signed upload URL (a credential the Action must mask). */
  signature: string;
  failures: Map<string, number>;
  close(): Promise<void>;
}

const RUN = 'c0ffee00-run';
const JOB = 'c0ffee00-job';

export async function startFakeArtifactService(): Promise<FakeArtifactService> {
  const calls: ArtifactCall[] = [];
  const blobs = new Map<string, Buffer>();
  const failures = new Map<string, number>();
  const signature = `sig${Math.random().toString(36).slice(2)}Zq`;
  const token = [Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url'), Buffer.from(JSON.stringify({ scp: `Actions.GenericRead:x Actions.Results:${RUN}:${JOB}` })).toString('base64url'), 'unsigned'].join('.');
  let nextId = 7001;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const body = Buffer.concat(chunks);
      calls.push({ method: req.method ?? '', path: url.pathname, authorization: req.headers.authorization, headers: req.headers, body });
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      const method = url.pathname.split('/').pop() ?? '';
      const forced = failures.get(method);
      if (forced) return json(forced, { code: 'internal', msg: 'stand-in failure' });
      if (req.method === 'POST' && url.pathname.startsWith('/twirp/github.actions.results.api.v1.ArtifactService/')) {
        if (req.headers.authorization !== `Bearer ${token}`) return json(401, { code: 'unauthenticated', msg: 'bad token' });
        const request = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
        if (request.workflow_run_backend_id !== RUN || request.workflow_job_run_backend_id !== JOB) return json(400, { code: 'invalid_argument', msg: 'backend ids' });
        if (method === 'CreateArtifact') return json(200, { ok: true, signed_upload_url: `${base()}/blob/${encodeURIComponent(String(request.name))}?sv=2023-11-03&sig=${signature}` });
        if (method === 'FinalizeArtifact') return json(200, { ok: true, artifact_id: String(nextId++) });
        return json(404, { code: 'bad_route', msg: method });
      }
      if (req.method === 'PUT' && url.pathname.startsWith('/blob/')) {
        if (url.searchParams.get('sig') !== signature || req.headers['x-ms-blob-type'] !== 'BlockBlob') return json(403, { msg: 'AuthenticationFailed' });
        blobs.set(decodeURIComponent(url.pathname.slice('/blob/'.length)), body);
        res.writeHead(201);
        return void res.end();
      }
      json(404, { msg: 'not found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base(),
    env: { ACTIONS_RESULTS_URL: `${base()}/`, ACTIONS_RUNTIME_TOKEN: token },
    calls,
    blobs,
    signature,
    failures,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The files of a ZIP archive, read through its central directory (the test's own reader). */
export function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory entry');
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataAt, dataAt + compressed);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

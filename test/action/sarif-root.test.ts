/** SARIF's %SRCROOT%: described, and its file URI the repository root, so code scanning resolves every path. */
import { readFileSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../helpers/github-api-server.js';
import { openaiKey } from '../helpers/keys.js';
import { makeRepo } from '../helpers/repo.js';
import { validateSarif } from '../output/sarif-schema.js';
import { runAction, useFakeGitHub } from './run-action.js';

let api: FakeGitHub;
useFakeGitHub((started) => (api = started));

describe('SARIF originalUriBaseIds', () => {
  it('%SRCROOT% is the repository root (a file URI ending in /) with a description, whatever the path input', async () => {
    const workspace = makeRepo({ 'services/api/k8s/app.py': `\nKEY = "${openaiKey('proj')}"\n` });
    const run = await runAction({ workspace, event: 'push', apiUrl: api.url, inputs: { path: 'services/api', 'pr-comment': 'false' } });
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8'));
    const root = sarif.runs[0].originalUriBaseIds['%SRCROOT%'];
    expect(root.uri).toBe(`${pathToFileURL(realpathSync(workspace)).href}/`);
    expect(root.description.text).toMatch(/^The repository root/);
    const location = sarif.runs[0].results[0].locations[0].physicalLocation;
    expect(location.artifactLocation).toEqual({ uri: 'services/api/k8s/app.py', uriBaseId: '%SRCROOT%' });
    expect(location.region).toMatchObject({ startLine: 2, startColumn: 8 });
    // The URI resolves the result to the file that exists.
    expect(new URL(location.artifactLocation.uri, root.uri).pathname).toBe(`${realpathSync(workspace)}/services/api/k8s/app.py`);
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).toBe(true);
  }, 120_000);
});

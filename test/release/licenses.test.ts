/**
 * Each bundle folder's licenses.txt (ncc --license) carries the notices of the packages bundled
 * there: MIT and ISC ask for them in every copy. ncc writes licenses.txt once per chunk under the
 * same name, so the last chunk written wins: when the YAML library and re2js became chunks of the
 * Action, its dist/licenses.txt named those two only, not @actions/*, @octokit/* or undici, which
 * dist/index.js bundles. The Action now bundles them in its one file (src/action/index.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = path.resolve(import.meta.dirname, '../../dist');

/** Package names heading the notices of a licenses.txt (a line of the name alone). */
function named(file: string): Set<string> {
  return new Set(readFileSync(file, 'utf8').split('\n').filter((l) => /^(@[a-z0-9-]+\/)?[a-z0-9][a-z0-9._-]*$/.test(l)));
}

/** Bundled packages, from the `node_modules/<name>/` paths ncc leaves in module ids and comments. */
function bundled(dir: string): Set<string> {
  const out = new Set<string>();
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.js')) continue;
    const text = readFileSync(path.join(dir, name), 'utf8');
    for (const m of text.matchAll(/node_modules\/((?:@[a-z0-9-]+\/)?[a-z0-9][a-z0-9._-]*)\//g)) out.add(m[1]!);
  }
  return out;
}

describe('bundle licenses', () => {
  it('the Action names the packages its bundle and chunks hold', () => {
    const listed = named(path.join(DIST, 'licenses.txt'));
    for (const pkg of ['@actions/core', '@actions/github', '@octokit/core', 'undici', 'yaml', 're2js']) expect(listed, pkg).toContain(pkg);
  });

  it.each(['', 'cli'])('dist/%s: every package whose path the bundle shows has its notice', (sub) => {
    const dir = path.join(DIST, sub);
    const listed = named(path.join(dir, 'licenses.txt'));
    expect([...bundled(dir)].filter((p) => !listed.has(p))).toEqual([]);
  });
});

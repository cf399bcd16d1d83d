/**
 * `gitleaksConfig:` in the Action, as in the CLI: the imported rules report findings. On pull
 * requests the gitleaks file is the base commit's (git objects, not the working tree), so a pull
 * request that deletes a rule, or allowlists its own token, still fails.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runAction, useFakeGitHub } from './run-action.js';
import { type FakeGitHub } from '../helpers/github-api-server.js';
import { randomString } from '../helpers/keys.js';
import { makeRepo } from '../helpers/repo.js';
import { annotations, commit, head, prShas } from '../security/action-helpers.js';

let api: FakeGitHub;
useFakeGitHub((started) => (api = started));

interface Report {
  findings: { file: string; line: number; column: number; ruleId: string }[];
}

const CONFIG = 'gitleaksConfig: ci/gitleaks.toml\n';
const RULES = `title = "ours"\n\n[[rules]]\nid = "acme-token"\ndescription = "ACME deploy token"\nregex = '''acme_[a-z0-9]{32}'''\nkeywords = ["acme_"]\n`;
const token = () => `acme_${randomString(32, 'abcdefghijklmnopqrstuvwxyz0123456789')}`;

describe('the config file\'s gitleaksConfig key in the Action', () => {
  it('reports what the imported rules match on a push, at the exact place', async () => {
    const workspace = makeRepo({ '.openai-secret-lint.yml': CONFIG, 'ci/gitleaks.toml': RULES, 'src/deploy.js': `// deploy\nconst t = "${token()}";\n` });
    const run = await runAction({ workspace, event: 'push', apiUrl: api.url });
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8')) as Report;
    expect(report.findings.map((f) => [f.ruleId, f.file, f.line, f.column])).toEqual([['acme-token', 'src/deploy.js', 2, 12]]);
    expect(annotations(run)[0]).toContain('file=src/deploy.js,line=2,');
    expect(annotations(run)[0]).toContain(',col=12,');
  }, 120_000);

  it('the same repository without the key in its config reports nothing (the rule came from the import)', async () => {
    const workspace = makeRepo({ 'ci/gitleaks.toml': RULES, 'src/deploy.js': `const t = "${token()}";\n` });
    const run = await runAction({ workspace, event: 'push', apiUrl: api.url });
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs.findings).toBe('0');
  }, 120_000);

  it('a pull request that removes the rule and allowlists its token in the gitleaks file still fails', async () => {
    const workspace = makeRepo({ '.openai-secret-lint.yml': CONFIG, 'ci/gitleaks.toml': RULES, 'README.md': '# demo\n' });
    const base = head(workspace);
    const headSha = commit(
      workspace,
      { 'src/deploy.js': `const t = "${token()}";\n`, 'ci/gitleaks.toml': 'title = "relaxed"\n\n[allowlist]\nregexes = [\'\'\'acme_\'\'\']\n' },
      'deploy token, and the rule gone',
    );
    const run = await runAction({ workspace, event: 'pull_request', edit: prShas(base, headSha), apiUrl: api.url, inputs: { 'pr-comment': 'false' } });
    expect(run.code, run.stderr).toBe(1);
    expect(annotations(run)[0]).toContain('file=src/deploy.js,line=1,');
    expect(annotations(run)[0]).toContain(',col=12,');
  }, 120_000);
});

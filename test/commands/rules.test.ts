import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_RULES } from '../../src/analyzers/commands/index.js';
import { runFixtureDir } from '../kubernetes/run-rules.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/commands');

function run(id: string, side: 'ng' | 'ok') {
  const rule = COMMAND_RULES.find((r) => r.meta.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  const result = runFixtureDir([rule], path.join(FIXTURES, id, side));
  return { ...result, at: result.findings.map((f) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity} ${f.secret}`) };
}

describe('command-line-credential', () => {
  it('finds every command form at the exact range of the value, in every kind of script', () => {
    const r = run('command-line-credential', 'ng');
    expect(r.diagnostics).toEqual([]);
    const key = r.keys[0]!;
    expect(r.at).toEqual([
      // GitHub run: block scalar, a continuation, a plain scalar, a folded scalar.
      '.github/workflows/deploy.yml:8:31-8:44 high Hq4-wLp9-Zt2x',
      '.github/workflows/deploy.yml:9:42-9:56 high Vn3rT8kQ2mX7pL',
      ".github/workflows/deploy.yml:10:35-10:47 high Rk7#vQ2m!Lp9",
      '.github/workflows/deploy.yml:11:36-11:48 high Wm4Tz8Qp2Kx6',
      '.github/workflows/deploy.yml:12:27-12:41 high Pz5Qr9Lm3Vt7Kw',
      '.github/workflows/deploy.yml:14:25-14:37 high Jt6-Np3-Xw8q',
      '.github/workflows/deploy.yml:16:25-16:37 high Bx7Km2Qv9Tz4',
      '.github/workflows/deploy.yml:20:36-20:48 high Gy3Lp8Wq5Rz1',
      `.github/workflows/deploy.yml:${key.line}:${key.column}-${key.line}:${key.column + key.key.length} high ${key.key}`,
      // GitLab script list items and an after_script block.
      '.gitlab-ci.yml:3:82-3:94 high Qs4Vx8Lm2Np6',
      '.gitlab-ci.yml:4:28-4:40 high Tz9Kq4Wm7Rx2',
      '.gitlab-ci.yml:5:18-5:30 high Fv6Jn2Ks8Qw3',
      '.gitlab-ci.yml:6:55-6:69 high Ux5Hb9Mq3Vz7Ly',
      '.gitlab-ci.yml:7:18-7:26 low postgres',
      '.gitlab-ci.yml:10:42-10:54 high Cw8Rt3Np6Xk1',
      'Dockerfile:3:25-3:37 high Lk5Wq9Zt2Mv8',
      'Dockerfile:4:25-4:37 high Ns7Pv3Qk8Rw2',
      'Makefile:2:27-2:39 high Hx2Vm8Qt4Lz6',
      'Makefile:3:23-3:35 high Rj5Wn9Kx3Tp7',
      'Makefile:4:33-4:47 high Qm4Xv8Kt2Lp6Rz',
      // A composite action's step; npm config set with the key and the value as two words.
      'action/action.yml:8:57-8:71 high Lc6Vr2Tq9Wx4Kp',
      'docs/README.md:4:15-4:27 high Dq8Lx3Vm6Pw2',
      'docs/README.md:8:13-8:25 high Kv4Tz9Rm2Qx8',
      'scripts/publish.sh:3:22-3:34 high Yd4Kp8Wn2Tq6',
      'scripts/publish.sh:4:31-4:51 high Y2k6SHo3TXE0V3A5S3Yy',
      'scripts/publish.sh:5:40-5:54 high Pe6Tw2Kn9Vx4Qm',
      // A here-document line written to .npmrc.
      'scripts/publish.sh:7:31-7:45 high Hv3Kq8Wz5Lt2Nr',
      'scripts/publish.sh:9:17-9:29 high Bn5Rt8Lw3Kq7',
      'scripts/release:2:30-2:42 high Mz3Xq7Lv5Kp9',
    ]);
    expect(`${key.line}:${key.column}`).toBe('21:46');
    const byFile = (file: string) => r.findings.filter((f) => f.file === file);
    // The fix names the platform's secret syntax.
    expect(byFile('.github/workflows/deploy.yml')[0]!.remediation).toContain('${{ secrets.');
    expect(byFile('.github/workflows/deploy.yml')[0]!.yamlPath).toBe('jobs.deploy.steps[0].run');
    expect(byFile('.gitlab-ci.yml')[0]!.remediation).toContain('masked and protected CI/CD variable');
    expect(byFile('.gitlab-ci.yml')[5]!.yamlPath).toBe('deploy.after_script[0]');
    expect(byFile('Dockerfile')[0]!.remediation).toContain('--mount=type=secret');
    expect(byFile('Makefile')[0]!.remediation).toContain('environment');
    expect(byFile('Makefile')[0]!.message).toContain('docker login --password');
    expect(byFile('scripts/publish.sh')[1]!.message).toContain('Authorization: Basic');
  });

  it('passes variables, secrets expressions, command substitutions, CI_JOB_TOKEN, prompts, placeholders (commented out too) and non-scripts', () => {
    const r = run('command-line-credential', 'ok');
    expect(r.diagnostics).toEqual([]);
    expect(r.at).toEqual([]);
    // The ok fixtures do reach the rule (every script kind is read; a text file is not a script).
    const rule = COMMAND_RULES[0]!;
    expect(r.sources.filter((s) => rule.appliesTo(s)).map((s) => s.path).sort()).toEqual(['.github/workflows/deploy.yml', '.gitlab-ci.yml', 'Dockerfile', 'Makefile', 'docs/README.md', 'scripts/publish.sh']);
  });
});

describe('npmrc-credential', () => {
  it('finds literal tokens in .npmrc and .yarnrc.yml at their exact range, judging `_auth` by its decoded password', () => {
    const r = run('npmrc-credential', 'ng');
    expect(r.at).toEqual(['.npmrc:1:34-1:48 high Gt5Kw9Vn3Qx7Lm', '.npmrc:2:7-2:27 high Y2k6SHo3TXE0V3A5S3Yy', 'yarn/.yarnrc.yml:1:16-1:30 high Rv8Lq2Wz6Kt4Pn']);
    expect(r.findings[0]!.remediation).toContain('${NPM_TOKEN}');
  });

  it('passes ${NPM_TOKEN} references and a base64 user:password placeholder', () => {
    expect(run('npmrc-credential', 'ok').at).toEqual([]);
  });
});

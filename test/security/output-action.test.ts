/**
 * The output door, through the bundled Action as a runner runs it: a hostile repository (file
 * names, YAML keys, a commit message, a PR title and branch) tries to forge annotations, stop
 * command processing, add masks and drive the terminal, and uses keys as names. The runner's view
 * of stdout is parsed: every line it would take as a command must be one we meant (our masks, our
 * annotations on the right file and line, our failure message), every real annotation must be
 * there, and no whole key may appear in the log, summary, JSON, SARIF, PR comment or audit issue.
 *
 * OSL_ACTION_BUNDLE=/work/main/dist/index.js runs the same tests against another bundle.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { atLeast, type Report } from '../../src/core/finding.js';
import { escapeControls } from '../../src/output/escape.js';
import { annotationKind } from '../../src/output/github.js';
import { runAction, type ActionRun, useFakeGitHub } from '../action/run-action.js';
import { type FakeGitHub } from '../helpers/github-api-server.js';
import { gitIn, writeTree } from '../helpers/repo.js';
import { expectInert, FORGED, hostileRepo, isCommand, runnerLines, unescapeProperty, type HostileRepo } from './output-fixture.js';

let api: FakeGitHub;
useFakeGitHub((started) => (api = started));

interface Annotation {
  kind: string;
  ruleId: string;
  file: string;
  line: number | null;
}

const ANNOTATION = /^::(error|warning|notice) title=(critical|high|medium|low)%3A ([a-z0-9-]+),file=([^,:]*)(?:,line=(\d+))?(?:,endLine=\d+)?(?:,col=\d+)?(?:,endColumn=\d+)?::/;

/**
 * Every line the runner would take as a command, checked against what we send: add-mask of a
 * detected secret, debug, our annotations, and the failure message as the last command.
 */
function checkCommands(run: ActionRun, repo: HostileRepo, report: Report, everyKeyMasked = true): Annotation[] {
  const commands = runnerLines(run.stdout).filter(isCommand);
  const masked = new Set<string>();
  const annotations: Annotation[] = [];
  const failing = report.findings.filter((f) => atLeast(f.severity, 'high')).length;
  commands.forEach((line, index) => {
    if (line.startsWith('::add-mask::')) {
      const value = unescapeProperty(line.slice('::add-mask::'.length));
      expect(repo.keys, `a mask that no detected secret asked for: ${JSON.stringify(line)}`).toContain(value);
      masked.add(value);
    } else if (line.startsWith('::debug::')) {
      expect(line).not.toContain(FORGED);
    } else if (ANNOTATION.test(line)) {
      const [, kind, , ruleId, file, startLine] = ANNOTATION.exec(line)!;
      annotations.push({ kind: kind!, ruleId: ruleId!, file: unescapeProperty(file!), line: startLine ? Number(startLine) : null });
    } else {
      expect(line, 'the only other command is the failure, and it comes last').toBe(`::error::${failing} findings at or above high`);
      expect(index).toBe(commands.length - 1);
    }
  });
  if (everyKeyMasked) expect([...masked].sort()).toEqual([...repo.keys].sort());
  expect(run.stdout).not.toContain('##[');
  return annotations;
}

/** The annotations the Action means to write: one per finding, most severe first, ten per kind. */
function expectedAnnotations(report: Report): Annotation[] {
  const count: Record<string, number> = {};
  const out: Annotation[] = [];
  for (const f of report.findings) {
    const kind = annotationKind(f.severity);
    count[kind] = (count[kind] ?? 0) + 1;
    if (count[kind]! <= 10) out.push({ kind, ruleId: f.ruleId, file: escapeControls(f.file), line: f.line });
  }
  return out;
}

function readReport(run: ActionRun): { report: Report; json: string; sarif: string } {
  const json = readFileSync(run.outputs['report-file']!, 'utf8');
  const sarif = readFileSync(run.outputs['sarif-file']!, 'utf8');
  return { report: JSON.parse(json) as Report, json, sarif };
}

/**
 * The log as a reader sees it: the commands (checked by checkCommands) left out. The commands
 * other than add-mask (which must carry the raw value) are checked for whole keys too.
 */
function expectInertLog(run: ActionRun, keys: readonly string[]): void {
  const lines = runnerLines(run.stdout);
  expectInert('log', lines.filter((l) => !isCommand(l)).join('\n') + run.stderr, keys);
  const commands = lines.filter((l) => isCommand(l) && !l.startsWith('::add-mask::')).join('\n');
  for (const key of keys) expect(commands.includes(key), 'a command holds a whole key').toBe(false);
  expect(run.stdout.includes('\u001b') || run.stdout.includes('\u009b'), 'the log holds an ANSI escape').toBe(false);
}

describe('the Action on a hostile repository', () => {
  it('push: no forged command, every real annotation, the failure last, no whole key in any output', async () => {
    const repo = hostileRepo();
    const run = await runAction({ workspace: repo.dir, event: 'push', apiUrl: api.url });
    expect(run.code).toBe(1);
    const { report, json, sarif } = readReport(run);

    const annotations = checkCommands(run, repo, report);
    expect(annotations).toEqual(expectedAnnotations(report));
    expect(annotations.length).toBeGreaterThanOrEqual(10);
    expect(annotations).toContainEqual({ kind: 'error', ruleId: 'openai-api-key', file: repo.real.file, line: repo.real.line });
    expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: 'openai-api-key', file: repo.real.file, line: repo.real.line, column: repo.real.column }));

    // The hostile names are reported, escaped, on one line each.
    expect(run.stdout).toContain(`nl\\n::warning file=README.md,line=1::${FORGED}-nl\\n.txt:1:10  critical  openai-api-key`);
    expect(run.stdout).toContain(`cr\\r::stop-commands::tokcr\\r::error file=README.md,line=1::${FORGED}-cr.txt:1:10`);
    expect(run.stdout).toContain('ansi\\x1b[2J\\x1b]0;');

    expectInertLog(run, repo.keys);
    expectInert('summary', run.summary, repo.keys);
    expectInert('JSON report', json, repo.keys);
    expectInert('SARIF', sarif, repo.keys);
  });

  it('pull request: the comment body is inert and names no whole key; title and branch forge nothing', async () => {
    const repo = hostileRepo();
    const edit = (p: Record<string, any>) => {
      p.pull_request.title = `::warning file=README.md,line=1::${FORGED}-title\n::stop-commands::toktitle`;
      p.pull_request.head.ref = `${FORGED}%0A##[error]ref`;
    };
    const run = await runAction({ workspace: repo.dir, event: 'pull_request', edit, inputs: { mode: 'full' }, apiUrl: api.url });
    expect(run.code).toBe(1);
    const { report } = readReport(run);
    checkCommands(run, repo, report);
    expect(api.comments).toHaveLength(1);
    const body = api.comments[0]!.body;
    expect(body).toContain(`${repo.real.file}:${repo.real.line}`);
    expectInert('PR comment', body, repo.keys);
    expectInertLog(run, repo.keys);
  });

  it('schedule: the audit issue is inert and names no whole key', async () => {
    const repo = hostileRepo();
    const run = await runAction({ workspace: repo.dir, event: 'schedule', apiUrl: api.url });
    expect(run.code).toBe(1);
    const { report } = readReport(run);
    checkCommands(run, repo, report);
    expect(api.issues).toHaveLength(1);
    expect(api.issues[0]!.body).toContain(`${repo.real.file}:${repo.real.line}`);
    expectInert('audit issue', api.issues[0]!.body, repo.keys);
    expectInert('audit issue title', api.issues[0]!.title, repo.keys);
  });

  it('history: a commit message and a branch name forge nothing', async () => {
    const repo = hostileRepo();
    gitIn(repo.dir, 'checkout', '-q', '-b', `${FORGED}-%0A-warning`);
    writeTree(repo.dir, { 'later.txt': 'no key\n' });
    gitIn(repo.dir, 'add', '-A');
    gitIn(repo.dir, 'commit', '-q', '-m', `::warning file=README.md,line=1::${FORGED}-commit\n::stop-commands::tokcommit\r##[error]x`);
    const run = await runAction({ workspace: repo.dir, event: 'push', inputs: { mode: 'history' }, apiUrl: api.url });
    expect(run.code).toBe(1);
    const { report, json } = readReport(run);
    // History scans read blobs, not paths: the keys used only as names are not found there.
    const annotations = checkCommands(run, repo, report, false);
    expect(annotations).toEqual(expectedAnnotations(report));
    expect(report.findings).toContainEqual(expect.objectContaining({ file: repo.real.file, line: repo.real.line, column: repo.real.column }));
    expectInertLog(run, repo.keys);
    expectInert('JSON report', json, repo.keys);
  });
});

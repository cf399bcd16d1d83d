/**
 * `openai-secret-lint org plan|scan|report`: the organisation audit behind org-audit.yml. Its own
 * argument parsing (the scan options live in src/cli/args.ts) and its own exit codes:
 * 0 done, 1 findings at or above --fail-on (report), 2 usage, 3 internal error.
 */
import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { applyConfig } from '../config/apply.js';
import { loadConfig } from '../config/load.js';
import type { Config } from '../config/types.js';
import { ConfigurationError } from '../core/errors.js';
import { atLeast, isSeverity, type Severity } from '../core/finding.js';
import type { Logger } from '../core/logger.js';
import { defaultSettings } from '../core/settings.js';
import { logSafe, logSafeJson } from '../output/escape.js';
import { writeFileNoFollow } from '../util/safe-write.js';
import { resolveBaseUrls } from '../verify/base-url.js';
import { apiUrlFromEnv, createApiClient, tokenFromEnv } from './github-api.js';
import { isValidOrganization, reportFileName, validFullName } from './names.js';
import { listRepositories, MATRIX_OUTPUT_LIMIT, matrixOf, MAX_JOBS, planAudit } from './plan.js';
import { renderOrgHtml } from './render-html.js';
import { renderOrgMarkdown } from './render-markdown.js';
import { aggregate, loadReports, nextState } from './report.js';
import { readShard, scanShard, tokenHostsFor } from './scan.js';
import { readState } from './state.js';
import type { OrgPlan, RepositoryReport } from './types.js';

export interface OrgIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export const ORG_USAGE = `Usage: openai-secret-lint org plan --org NAME [options]
       openai-secret-lint org scan --shard FILE [options]
       openai-secret-lint org report DIR [options]

Audits every repository of a GitHub organisation (see "Auditing an organisation" in the README).
The API is GITHUB_API_URL (default https://api.github.com; GitHub Enterprise: https://HOST/api/v3),
the token GITHUB_TOKEN or GH_TOKEN (read access to the organisation's repositories).

org plan: lists the repositories and prints the matrix {"include":[shard…]} on standard output
  --org NAME              the organisation (required)
  --topic TOPIC           only repositories with this topic
  --include-archived      archived repositories too
  --max-jobs N            at most N shards (1-${MAX_JOBS}, default ${MAX_JOBS}), balanced by repository size
  --changed-since STATE   skip repositories not pushed since their last audit in STATE
  --output FILE           also write the whole plan (shards, repositories left out) to FILE
  When GITHUB_OUTPUT is set: matrix, shards and repositories are written there.

org scan: clones and scans each repository of a shard, one JSON report per repository
  --shard FILE            a matrix entry {"shard":…, "repositories":[…]} (required)
  --out DIR               where the reports go (default: org-reports)
  --history               clone whole histories and audit every commit (default: the tip only)
  --verify                ask each key's provider whether it is still active
  --concurrency N         repositories at once (default 4)
  --config FILE           one configuration for every repository (their own files are not read)

org report DIR: adds up the reports in DIR
  --previous DIR          the previous audit's reports: new, fixed and still open findings
  --plan FILE             the plan: repositories it left unchanged are carried over from --previous
  --state FILE            read, then rewrite, the audit state (for --changed-since and the chart over time)
  --format markdown|json|html   (default markdown)
  --output FILE           write there instead of standard output
  --json FILE, --html FILE, --markdown FILE   write each of these formats (nothing on standard output)
  --critical-only         Markdown: only repositories with critical findings (for an issue)
  --org NAME              the organisation, for the title
  --fail-on SEVERITY      exit 1 when a finding is at or above it (default: never)
`;

const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

export async function runOrg(argv: string[], io: OrgIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(ORG_USAGE);
    return sub === undefined ? EXIT.usage : EXIT.ok;
  }
  switch (sub) {
    case 'plan':
      return runPlan(rest, io);
    case 'scan':
      return runScan(rest, io);
    case 'report':
      return runReport(rest, io);
    default:
      throw new ConfigurationError(`unknown org command "${sub}": plan, scan or report (see org --help)`);
  }
}

function parse<const O extends Record<string, { type: 'string' | 'boolean' }>>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new ConfigurationError((error as Error).message.split('\n')[0] ?? 'invalid arguments');
  }
}

function stderrLogger(io: OrgIo): Logger {
  return {
    debug: () => {},
    info: (m) => io.stderr.write(`${logSafe(m)}\n`),
    warning: (m) => io.stderr.write(`warning: ${logSafe(m)}\n`),
  };
}

function positiveInt(value: string | undefined, flag: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) throw new ConfigurationError(`${flag} must be a whole number from 1 to ${max}, not "${value}"`);
  return Number(value);
}

async function runPlan(argv: string[], io: OrgIo): Promise<number> {
  const { values, positionals } = parse(argv, {
    org: { type: 'string' },
    topic: { type: 'string' },
    'include-archived': { type: 'boolean' },
    'max-jobs': { type: 'string' },
    'changed-since': { type: 'string' },
    output: { type: 'string' },
    'api-url': { type: 'string' },
  });
  if (positionals.length > 0) throw new ConfigurationError(`org plan takes no positional argument ("${positionals[0]}")`);
  const organization = values.org?.trim() ?? '';
  if (!isValidOrganization(organization)) throw new ConfigurationError('--org needs an organisation name (letters, digits and -)');
  const topic = values.topic?.trim() || null;
  if (topic !== null && !/^[a-z0-9][a-z0-9-]{0,49}$/.test(topic)) throw new ConfigurationError('--topic must be a GitHub topic (lower-case letters, digits and -)');
  const maxJobs = positiveInt(values['max-jobs'], '--max-jobs', MAX_JOBS, MAX_JOBS);
  const state = values['changed-since'] ? await readState(path.resolve(io.cwd, values['changed-since'])) : null;
  const logger = stderrLogger(io);
  const client = createApiClient({
    apiUrl: apiUrlFromEnv(io.env, values['api-url']),
    token: tokenFromEnv(io.env),
    onWait: (ms, why) => logger.warning(`GitHub API ${why}: waiting ${Math.ceil(ms / 1000)} s`),
  });
  const listed = await listRepositories(client, organization, io.env);
  const plan = planAudit(listed, { organization, topic, includeArchived: Boolean(values['include-archived']), maxJobs, state });
  const count = plan.shards.reduce((n, s) => n + s.repositories.length, 0);
  const s = plan.skipped;
  logger.info(
    `${organization}: ${count} repositor${count === 1 ? 'y' : 'ies'} in ${plan.shards.length} shard${plan.shards.length === 1 ? '' : 's'}; left out: ${s.archived.length} archived, ${s.topic.length} without the topic, ${s.unchanged.length} unchanged since the last audit` +
      (s.invalid > 0 ? `, ${s.invalid} with a name or clone URL GitHub would not give` : ''),
  );
  const matrix = JSON.stringify(matrixOf(plan));
  if (values.output) await writeFileNoFollow(path.resolve(io.cwd, values.output), JSON.stringify(plan, null, 2) + '\n', { within: io.cwd });
  const outputFile = io.env.GITHUB_OUTPUT;
  if (outputFile && Buffer.byteLength(matrix) > MATRIX_OUTPUT_LIMIT) {
    throw new ConfigurationError(`the matrix of ${count} repositories is ${Buffer.byteLength(matrix)} bytes, more than a job output holds (1 MB): split the audit with --topic`);
  }
  if (outputFile) await appendFile(outputFile, outputLines({ matrix, shards: String(plan.shards.length), repositories: String(count) }), 'utf8');
  io.stdout.write(logSafeJson(matrix) + '\n');
  return EXIT.ok;
}

/**
 * `name=value` lines for GITHUB_OUTPUT. A value holding a line break could add another output
 * line (or the heredoc delimiter): refused. Names are checked against GitHub's characters and
 * the matrix is single-line JSON, so this never fires; it is the last guard.
 */
export function outputLines(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([key, value]) => {
      if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) || /[\r\n\u2028\u2029\u0085]/.test(value)) throw new Error(`refusing to write the output ${key}: it holds a line break`);
      return `${key}=${value}\n`;
    })
    .join('');
}

async function runScan(argv: string[], io: OrgIo): Promise<number> {
  const { values, positionals } = parse(argv, {
    shard: { type: 'string' },
    out: { type: 'string' },
    history: { type: 'boolean' },
    verify: { type: 'boolean' },
    concurrency: { type: 'string' },
    config: { type: 'string' },
    'api-url': { type: 'string' },
  });
  if (positionals.length > 0) throw new ConfigurationError(`org scan takes no positional argument ("${positionals[0]}")`);
  if (!values.shard) throw new ConfigurationError('org scan needs --shard FILE');
  const repositories = await readShard(path.resolve(io.cwd, values.shard), io.env);
  const concurrency = positiveInt(values.concurrency, '--concurrency', 4, 64);
  let config: Config = {};
  if (values.config) config = (await loadConfig(io.cwd, values.config, io.cwd)).config;
  if (values.verify) resolveBaseUrls(io.env);
  const apiUrl = apiUrlFromEnv(io.env, values['api-url']);
  const outDir = path.resolve(io.cwd, values.out ?? 'org-reports');
  const logger = stderrLogger(io);
  const result = await scanShard(repositories, {
    outDir,
    history: Boolean(values.history),
    concurrency,
    token: tokenFromEnv(io.env),
    tokenHosts: tokenHostsFor(apiUrl, io.env.GITHUB_SERVER_URL),
    env: io.env,
    logger,
    settingsFor: (root) => {
      const settings = applyConfig(defaultSettings(root), config);
      if (values.verify) settings.verify = { enabled: true, env: io.env };
      return settings;
    },
  });
  const findings = result.reports.reduce((n, r) => n + (r.report?.findings.length ?? 0), 0);
  logger.info(`scanned ${repositories.length - result.failed} of ${repositories.length} repositories (${result.failed} failed): ${findings} finding${findings === 1 ? '' : 's'}; reports in ${outDir}`);
  return EXIT.ok;
}

async function runReport(argv: string[], io: OrgIo): Promise<number> {
  const { values, positionals } = parse(argv, {
    previous: { type: 'string' },
    plan: { type: 'string' },
    state: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
    'critical-only': { type: 'boolean' },
    org: { type: 'string' },
    'fail-on': { type: 'string' },
    json: { type: 'string' },
    html: { type: 'string' },
    markdown: { type: 'string' },
  });
  if (positionals.length !== 1) throw new ConfigurationError('org report needs one directory of reports');
  const format = values.format ?? 'markdown';
  if (!['markdown', 'json', 'html'].includes(format)) throw new ConfigurationError(`--format must be markdown, json or html, not "${format}"`);
  const failOn = values['fail-on'] ?? null;
  if (failOn !== null && !isSeverity(failOn)) throw new ConfigurationError(`--fail-on must be critical, high, medium or low, not "${failOn}"`);
  if (values.plan && !values.previous) throw new ConfigurationError('--plan carries reports over from --previous: give both');
  const organization = values.org?.trim() || null;
  if (organization !== null && !isValidOrganization(organization)) throw new ConfigurationError('--org must be an organisation name (letters, digits and -)');
  const logger = stderrLogger(io);
  const dir = path.resolve(io.cwd, positionals[0]!);
  const current = await loadOrFail(dir);
  for (const name of current.ignored) logger.warning(`${name}: not a repository report, skipped`);
  const reports = [...current.reports];
  const previous = values.previous ? (await loadOrFail(path.resolve(io.cwd, values.previous))).reports : null;
  if (values.plan && previous) {
    // Repositories the plan left out as unchanged keep their previous report, copied into DIR so
    // that it stays one complete audit (the next run's --previous).
    const unchanged = await readPlanUnchanged(path.resolve(io.cwd, values.plan));
    const have = new Set(reports.map((r) => r.repository.name));
    const earlier = new Map(previous.map((r) => [r.repository.name, r]));
    for (const name of unchanged) {
      const old = earlier.get(name);
      if (have.has(name) || !old) continue;
      const carried: RepositoryReport = { ...old, carried: true };
      reports.push(carried);
      await writeFileNoFollow(path.join(dir, reportFileName(name)), JSON.stringify(carried, null, 2) + '\n', { within: dir });
    }
    reports.sort((a, b) => (a.repository.name < b.repository.name ? -1 : a.repository.name > b.repository.name ? 1 : 0));
  }
  const stateFile = values.state ? path.resolve(io.cwd, values.state) : null;
  const state = stateFile ? await readState(stateFile) : null;
  const report = aggregate(reports, { previous, state, organization });
  if (stateFile) await writeFileNoFollow(stateFile, JSON.stringify(nextState(report, reports, state), null, 2) + '\n', { within: io.cwd });
  const render = (kind: string): string =>
    kind === 'json' ? logSafeJson(JSON.stringify(report, null, 2)) + '\n' : kind === 'html' ? renderOrgHtml(report) : renderOrgMarkdown(report, { criticalOnly: Boolean(values['critical-only']) });
  // One aggregation (and one state update) can be written in every format at once.
  const files: [string, string | undefined][] = [['json', values.json], ['html', values.html], ['markdown', values.markdown]];
  for (const [kind, file] of files) if (file) await writeFileNoFollow(path.resolve(io.cwd, file), render(kind), { within: io.cwd });
  if (values.output) await writeFileNoFollow(path.resolve(io.cwd, values.output), render(format), { within: io.cwd });
  else if (!files.some(([, file]) => file)) io.stdout.write(render(format));
  const threshold = failOn as Severity | null;
  return threshold !== null && report.findings.some((f) => atLeast(f.severity, threshold)) ? EXIT.findings : EXIT.ok;
}

async function loadOrFail(dir: string) {
  try {
    return await loadReports(dir);
  } catch (error) {
    throw new ConfigurationError((error as Error).message);
  }
}

async function readPlanUnchanged(file: string): Promise<string[]> {
  let plan: Partial<OrgPlan>;
  try {
    plan = JSON.parse(await readFile(file, 'utf8')) as Partial<OrgPlan>;
  } catch (error) {
    throw new ConfigurationError(`cannot read the plan ${file}: ${(error as NodeJS.ErrnoException).code ?? 'not JSON'}`);
  }
  if (plan.schema !== 'openai-secret-lint/org-plan@1') throw new ConfigurationError(`${file} is not a plan written by org plan --output`);
  return (plan.skipped?.unchanged ?? []).filter((n): n is string => validFullName(n) !== null);
}

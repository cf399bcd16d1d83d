import type { Node } from 'yaml';
import type { RawFinding } from '../../core/finding.js';
import type { Settings } from '../../core/settings.js';
import type { FileRule } from '../types.js';
import { findingAt } from '../kubernetes/report.js';
import { isSecretLikeKey } from '../kubernetes/secret-name.js';
import { isGitLabCiFile } from './include-set.js';
import { GITLAB_HELP } from './meta.js';
import { extendedJobs, pipelines, scriptLines, scriptOwners, variablesOf, type Pipeline } from './pipeline.js';

// `\$NAME` is an escaped dollar: the text is printed as written, not expanded.
const REFERENCE = /(?<!\\)\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;
const PRINT = /(?:^|[;&|(]\s*|\s)(echo|printf|print)\b/g;
const DUMP = /(?:^|[;&(]\s*)(printenv|env|export\s+-p)(?=\s*$|\s*[;&]|\s*\|)/g;
/** A later pipeline stage or redirect that keeps a dump out of the log, or filters it. */
const FILTERED = /\|\s*(grep|egrep|fgrep|rg|wc|head|tail|awk|sed|cut|jq|base64|sha\d*sum|md5sum)\b|>/;
const PRINTENV_NAME = /(?:^|[;&(]\s*)printenv\s+([A-Za-z_][A-Za-z0-9_]*)(?=\s*$|\s*[;&])/g;
const XTRACE = /(?:^|[;&(]\s*)(set\s+-[A-Za-z]*x[A-Za-z]*|set\s+-o\s+xtrace|(?:ba|z)?sh\s+-[A-Za-z]*x[A-Za-z]*)\b/g;

interface Hit {
  start: number;
  end: number;
  message: string;
  seed: string;
}

/** Printing secrets in job logs: `echo $TOKEN`, bare `printenv`/`env`, `set -x` in a job that uses secrets. */
export const gitlabSecretEchoRule: FileRule = {
  meta: {
    id: 'gitlab-ci-secret-echo',
    category: 'secret-exposure',
    severity: 'medium',
    description: 'A GitLab CI script prints a secret-like variable, dumps the environment or traces commands (set -x) in a job that uses secrets; masking misses transformed or partial values.',
    helpUri: GITLAB_HELP,
  },
  appliesTo: (file) => file.kind === 'gitlab-ci' || file.kind === 'yaml',
  check(file, context) {
    if (!isGitLabCiFile(file, context)) return [];
    const { settings } = context;
    const findings: RawFinding[] = [];
    for (const pipeline of pipelines(file)) {
      for (const owner of scriptOwners(pipeline)) {
        const lines = scriptLines(file, pipeline.view, owner.node, owner.path);
        const usesSecrets = () => ownerUsesSecrets(pipeline, owner.node, owner.job === null ? null : [owner.job.node, ...extendedJobs(pipeline, owner.job).map((j) => j.node)], settings);
        for (const line of lines) {
          for (const hit of hits(line.text, settings, usesSecrets)) {
            const span = line.locator.span(line.offset + hit.start, line.offset + hit.end);
            findings.push(
              findingAt(this.meta, file, span.start, span.end, {
                message: `${hit.message} (${owner.label}).`,
                remediation:
                  'Do not print secrets or the whole environment in job logs: remove the command, or print only non-secret values. Keep secrets as masked (and hidden) CI/CD variables, and never `set -x` in scripts that handle them.',
                fingerprintSeed: `${line.path}\0${hit.seed}`,
                yamlPath: line.path,
              }),
            );
          }
        }
      }
    }
    return findings;
  },
};

function hits(text: string, settings: Settings, usesSecrets: () => boolean): Hit[] {
  const out: Hit[] = [];
  for (const print of text.matchAll(PRINT)) {
    const start = print.index + print[0].length;
    const end = commandEnd(text, start);
    // Piped or redirected output does not reach the log (`echo "$KEY" | docker login --password-stdin`),
    // except into stderr, which is the log too, or through a transform that only re-encodes it
    // (`| base64`: masking hides exact values only).
    const after = text.slice(end.at);
    if (end.terminator === '>' && !/^>>?\s*(&[12]|\/dev\/(stdout|stderr|tty))\b/.test(after)) continue;
    if (end.terminator === '|' && !/^\|\s*(base64|xxd|od|hexdump|rev|tr|sed|awk|cut|fold|basenc)\b[^|>]*$/m.test(after)) continue;
    for (const ref of text.slice(start, end.at).matchAll(REFERENCE)) {
      if (!isSecretLikeKey(ref[1]!, settings)) continue;
      const at = start + ref.index;
      out.push({ start: at, end: at + ref[0].length + (text[at + ref[0].length] === '}' ? 1 : 0), message: `${print[1]} prints ${ref[1]} to the job log`, seed: `print\0${ref[1]}` });
    }
  }
  for (const dump of text.matchAll(DUMP)) {
    if (FILTERED.test(text.slice(dump.index + dump[0].length))) continue;
    const at = dump.index + dump[0].length - dump[1]!.length;
    out.push({ start: at, end: at + dump[1]!.length, message: `${dump[1]} prints every variable of the job, secrets included, to the job log`, seed: 'dump' });
  }
  for (const named of text.matchAll(PRINTENV_NAME)) {
    if (!isSecretLikeKey(named[1]!, settings)) continue;
    const at = named.index + named[0].length - named[1]!.length;
    out.push({ start: at, end: at + named[1]!.length, message: `printenv prints ${named[1]} to the job log`, seed: `printenv\0${named[1]}` });
  }
  for (const trace of text.matchAll(XTRACE)) {
    if (!usesSecrets()) continue;
    const at = trace.index + trace[0].length - trace[1]!.length;
    out.push({ start: at, end: at + trace[1]!.length, message: `${trace[1]} traces every command with its expanded arguments in a job that uses secrets`, seed: 'xtrace' });
  }
  return out;
}

/** Where a shell command ends: the first unquoted `|`, `>`, `;` or `&`, or the end of the line. */
function commandEnd(text: string, from: number): { at: number; terminator: string | null } {
  let quote: string | null = null;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '|' || c === '>' || c === ';' || c === '&') return { at: i, terminator: c };
  }
  return { at: text.length, terminator: null };
}

/** True when the job (or the pipeline, for global scripts) references or defines a secret. */
function ownerUsesSecrets(pipeline: Pipeline, owner: Node | null, chain: Node[] | null, settings: Settings): boolean {
  const { view } = pipeline;
  const nodes = [...(chain ?? [pipeline.root, ...pipeline.jobs.map((j) => j.node)]), view.get(pipeline.root, 'default'), owner];
  for (const node of nodes) {
    if (!node) continue;
    if (view.get(node, 'secrets')) return true;
    if (scriptTexts(pipeline, node).some((text) => [...text.matchAll(REFERENCE)].some((m) => isSecretLikeKey(m[1]!, settings)))) return true;
  }
  return variablesOf(pipeline).some((v) => isSecretLikeKey(v.name, settings));
}

function scriptTexts(pipeline: Pipeline, node: Node): string[] {
  const { view } = pipeline;
  const out: string[] = [];
  for (const key of ['before_script', 'script', 'after_script']) {
    const script = view.get(node, key);
    for (const value of [view.text(script), ...view.items(script, true).map((n) => view.text(n))]) if (value) out.push(value);
  }
  return out;
}

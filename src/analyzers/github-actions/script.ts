/**
 * Reads a step's `run:` script line by line (shell, PowerShell, Python or Node one-liners) and
 * says, for each use of a secret, where its value goes: the log (echo, printf, Write-Host,
 * console.log, print, cat of a here-document), $GITHUB_ENV / $GITHUB_OUTPUT, a pipe or a file.
 * A heuristic, not a shell parser: quoting and comments are respected, line continuations are not.
 */
import type { Scalar } from 'yaml';
import { isScalar } from '../../yaml/library.js';
import { analyzeValue } from '../expressions/index.js';
import type { SourceFile } from '../types.js';
import { effectiveEnv, type JobModel, type StepModel, type WorkflowModel } from './model.js';
import { locatorFor } from './report.js';

/** Where a value written on a script line ends up. */
export type Sink = 'log' | 'github-env' | 'pipe' | 'file' | 'none';

export interface SecretUse {
  /** Offsets into the run value. */
  start: number;
  end: number;
  /** How it is written: `${{ secrets.X }}`, `$OPENAI_API_KEY`, `process.env.TOKEN`. */
  text: string;
  /** The secret behind it (`OPENAI_API_KEY`), for messages. */
  secret: string;
  /** True for a `${{ secrets.* }}` (or github.token) expression written straight into the script. */
  interpolated: boolean;
  sink: Sink;
  /** The `>> $GITHUB_ENV` target, for github-env sinks. */
  target?: 'GITHUB_ENV' | 'GITHUB_OUTPUT';
}

export interface RunAnalysis {
  run: Scalar;
  uses: SecretUse[];
  /**
   * `set -x`, `set -o xtrace` (`set`: tracing on from there) and `bash -x …` (`command`: that
   * command only) spans in the script; `set +x` spans are `off`. `lineEnd` is where its line ends.
   */
  traces: { start: number; end: number; text: string; kind: 'set' | 'command' | 'off'; lineEnd: number }[];
  /** Env variables of this step fed by secrets (name -> secret it comes from). */
  secretEnv: Map<string, string>;
  /** Every read of a secret in the script, wherever it goes (for tracing: what a traced command expands). */
  refs: { start: number; end: number; text: string; secret: string }[];
}

/** Env names whose value reads the secrets context (or github.token), with the secret's name. */
export function secretFedEnv(model: WorkflowModel, job: JobModel, step: StepModel | null): Map<string, string> {
  const fed = new Map<string, string>();
  for (const [name, entry] of effectiveEnv(model, job, step)) {
    if (!entry.value || !isScalar(entry.value)) continue;
    const secret = secretRead(String(entry.value.value ?? ''));
    if (secret) fed.set(name, secret);
  }
  return fed;
}

/** The first secret a value reads (`secrets.X` -> `X`, `github.token` -> `GITHUB_TOKEN`), or null. */
export function secretRead(value: string): string | null {
  if (!value.includes('${{')) return null;
  for (const expr of analyzeValue(value)) {
    for (const ref of expr.refs) {
      if (!ref.valueFlows) continue;
      if (ref.context === 'secrets') return typeof ref.path[0] === 'string' ? ref.path[0] : 'secrets';
      if (ref.context === 'github' && ref.path[0] === 'token') return 'GITHUB_TOKEN';
    }
  }
  return null;
}

// Printing commands, also after shell keywords that start a command (`then echo …`, `do printf …`).
const SHELL_PRINT = /^(?:(?:sudo|then|do|else|elif|time|!|\{)\s+)*(echo|printf|Write-Host|Write-Output|Write-Information|cat|puts|printenv)\b/i;
/** Filters whose output is the secret in another form: masking hides exact matches only. */
const TRANSFORM = /^\s*(base64|xxd|od|hexdump|rev|tr|sed|awk|cut|fold|basenc|openssl\s+base64)\b/;
const CALL_PRINT = /\b(console\.(?:log|info|error|warn)|print|puts|Write-Host)\s*\(/g;
// `-(?=[a-zA-Z]*x)[a-zA-Z]+`, not `-[a-zA-Z]*x[a-zA-Z]*`: the same flags, without a backtrack
// that is quadratic in a long run of letters (`set -xxxx…`).
const TRACE = /(?:^|[\s;&|(])(set\s+(?:-(?=[a-zA-Z]*x)[a-zA-Z]+|-o\s+xtrace)|(?:bash|sh|zsh)\s+-(?=[a-zA-Z]*x)[a-zA-Z]+)(?=\s|$|;)/g;
const UNTRACE = /(?:^|[\s;&|(])(set\s+(?:\+(?=[a-zA-Z]*x)[a-zA-Z]+|\+o\s+xtrace))(?=\s|$|;)/g;
const HEREDOC = /<<-?\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1/;
/**
 * An env variable read in shell, PowerShell, cmd, Node, Python or Ruby, any name: the name is then
 * looked up among the step's secret-fed variables. One pass over the script whatever their number
 * (an alternation of the names cost every character of the script times the names).
 */
const ENV_READ =
  /\$\{([A-Za-z_][A-Za-z0-9_]*)(?=[:%#/}-])|\$(?:env:)?([A-Za-z_][A-Za-z0-9_]*)|%([^%\r\n]+)%|process\.env(?:\.([A-Za-z_$][\w$]*)|\[\s*['"]([^'"\r\n]+)['"]\s*\])|os\.(?:environ(?:\.get)?|getenv)\s*[[(]\s*['"]([^'"\r\n]+)['"]\s*[\])]|ENV\[\s*['"]([^'"\r\n]+)['"]\s*\]/gi;

export function analyzeRun(file: SourceFile, model: WorkflowModel, job: JobModel, step: StepModel): RunAnalysis | null {
  if (!step.run) return null;
  const run = step.run;
  const value = locatorFor(file, run).value;
  const secretEnv = secretFedEnv(model, job, step);
  const uses: SecretUse[] = [];
  const traces: RunAnalysis['traces'] = [];
  const refs = secretReferences(value, secretEnv);

  let heredoc: { delimiter: string; sink: Sink; target?: SecretUse['target'] } | null = null;
  let lineStart = 0;
  const lines = value.split('\n');
  const groups = groupRedirects(lines);
  // `refs` are sorted by start: each line (and each segment) takes the next run of them, so a
  // long script costs its length, not its lines times its references.
  let nextRef = 0;
  for (const [lineNo, rawLine] of lines.entries()) {
    const line = rawLine.replace(/\r$/, '');
    const lineEnd = lineStart + line.length;
    while (nextRef < refs.length && refs[nextRef]!.start < lineStart) nextRef++;
    const firstInLine = nextRef;
    while (nextRef < refs.length && refs[nextRef]!.start < lineEnd) nextRef++;
    const inLine = refs.slice(firstInLine, nextRef);
    if (heredoc) {
      if (line.trim() === heredoc.delimiter) heredoc = null;
      else for (const ref of inLine) uses.push({ ...ref, sink: heredoc.sink, ...(heredoc.target ? { target: heredoc.target } : {}) });
      lineStart = lineEnd + 1 + (rawLine.length - line.length);
      continue;
    }
    const segments = splitSegments(line);
    const commentAt = segments[segments.length - 1]!.end; // line.length when there is no comment
    for (const match of line.matchAll(TRACE)) {
      const text = match[1]!;
      const at = lineStart + match.index + match[0].indexOf(text);
      if (at - lineStart < commentAt) traces.push({ start: at, end: at + text.length, text, kind: text.startsWith('set') ? 'set' : 'command', lineEnd });
    }
    for (const match of line.matchAll(UNTRACE)) {
      const text = match[1]!;
      const at = lineStart + match.index + match[0].indexOf(text);
      if (at - lineStart < commentAt) traces.push({ start: at, end: at + text.length, text, kind: 'off', lineEnd });
    }
    const placed = new Set<SecretUse | Omit<SecretUse, 'sink'>>();
    const closing = closingParens(line);
    let nextHere = 0;
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i]!;
      const text = line.slice(segment.start, segment.end);
      const absStart = lineStart + segment.start;
      const absEnd = lineStart + segment.end;
      while (nextHere < inLine.length && inLine[nextHere]!.start < absStart) nextHere++;
      const firstHere = nextHere;
      while (nextHere < inLine.length && inLine[nextHere]!.start < absEnd) nextHere++;
      const here = inLine.slice(firstHere, nextHere);
      const redirect = redirectTarget(text);
      const piped = segment.sep === '|';
      const next = segments[i + 1] ? line.slice(segments[i + 1]!.start, segments[i + 1]!.end) : '';
      // `| tee` both prints and writes; `| Out-File` / `Add-Content` only write.
      const nextTee = piped && /^\s*tee\b/.test(next);
      const nextWriter = piped && /^\s*(tee|Out-File|Add-Content|Set-Content)\b/i.test(next);
      const teeTarget = nextWriter ? githubFileIn(next) : undefined;
      const shellPrint = SHELL_PRINT.exec(text.trimStart());
      const verb = shellPrint?.[1]!.toLowerCase();
      let sink: Sink = 'none';
      let target: SecretUse['target'];
      if (redirect?.kind === 'github') {
        sink = 'github-env';
        target = redirect.target;
      } else if (teeTarget) {
        sink = 'github-env';
        target = teeTarget;
      } else if (verb) {
        const group = groups.get(lineNo);
        if (redirect?.kind === 'file') sink = 'file';
        else if (piped && !nextTee && !transformsToLog(segments, i, line)) sink = 'pipe';
        else if (group) {
          sink = group.sink;
          target = group.target;
        } else sink = 'log';
      }
      // `cat` prints its files, not its arguments: only a here-string or here-document carries values.
      if (verb === 'cat' && sink !== 'github-env' && !text.includes('<<<')) {
        const doc = HEREDOC.exec(text);
        if (doc) heredoc = { delimiter: doc[2]!, sink };
        sink = 'none';
      }
      const opened: RegExpExecArray | null = heredoc === null ? HEREDOC.exec(text) : null;
      if (opened && sink === 'github-env' && !text.includes('<<<')) {
        heredoc = { delimiter: opened[2]!, sink, ...(target ? { target } : {}) };
      }
      if (/::add-mask::/.test(text)) sink = 'none';
      if (sink !== 'none') {
        for (const ref of here) {
          // `echo "$(curl -H "Authorization: $TOKEN" …)"` prints the command's output, and
          // `echo "$(printf %s "$TOKEN" | sha256sum)"` a digest: not the secret.
          if (sink === 'log' && hiddenInSubstitution(line, ref.start - lineStart)) continue;
          uses.push({ ...ref, sink, ...(target ? { target } : {}) });
          placed.add(ref);
        }
      }
      // Function-style printing anywhere in the segment: console.log(process.env.X), print(os.environ["X"]).
      // A reference inside any call's parentheses is printed: one sweep over the calls (in order
      // of their opening) and the references (in order), not every call against every reference.
      if (here.length > 0) {
        let reach = -1; // the furthest closing parenthesis of the calls opened so far
        const calls = text.matchAll(CALL_PRINT);
        let call = calls.next();
        for (const ref of here) {
          const rel = ref.start - lineStart;
          while (!call.done && segment.start + call.value.index + call.value[0].length <= rel) {
            const open = segment.start + call.value.index + call.value[0].length;
            reach = Math.max(reach, closing.get(open - 1) ?? line.length);
            call = calls.next();
          }
          if (rel < reach && !placed.has(ref)) {
            uses.push({ ...ref, sink: 'log' });
            placed.add(ref);
          }
        }
      }
    }
    // Every other use still counts (for the interpolation rule).
    for (const ref of inLine) if (!placed.has(ref) && ref.interpolated) uses.push({ ...ref, sink: 'none' });
    lineStart = lineEnd + 1 + (rawLine.length - line.length);
  }
  traces.sort((a, b) => a.start - b.start);
  return { run, uses: dedupe(uses), traces, secretEnv, refs };
}

/**
 * Output of a `{ …; }` or `( … )` group spread over lines goes where the closing line sends it:
 * `} >> "$GITHUB_ENV"`, `) > file`, `} | cmd`.
 */
function groupRedirects(lines: string[]): Map<number, { sink: Sink; target?: SecretUse['target'] }> {
  type Group = { sink: Sink; target?: SecretUse['target'] };
  // First the groups and where their output goes (known at the closing line), then one sweep:
  // a line takes the innermost group around it that redirects (nested groups cost no rescans).
  const opens = new Map<number, { close: number; group: Group }>();
  const open: number[] = [];
  for (const [i, line] of lines.entries()) {
    const trimmed = line.trim();
    if (trimmed === '{' || trimmed === '(') {
      open.push(i);
      continue;
    }
    if (open.length === 0 || !/^[})]/.test(trimmed)) continue;
    const start = open.pop()!;
    const rest = trimmed.slice(1);
    const redirect = redirectTarget(rest);
    let group: Group | null = null;
    if (redirect?.kind === 'github') group = { sink: 'github-env', target: redirect.target };
    else if (redirect?.kind === 'file') group = { sink: 'file' };
    else if (/^\s*\|(?!\|)/.test(rest)) group = { sink: 'pipe' };
    if (group) opens.set(start, { close: i, group });
  }
  const result = new Map<number, Group>();
  const active: { close: number; group: Group }[] = [];
  for (let i = 0; i < lines.length; i++) {
    while (active.length > 0 && active[active.length - 1]!.close <= i) active.pop();
    if (active.length > 0) result.set(i, active[active.length - 1]!.group);
    const opened = opens.get(i);
    if (opened) active.push(opened);
  }
  return result;
}

function dedupe(uses: SecretUse[]): SecretUse[] {
  const seen = new Set<string>();
  return uses.filter((u) => {
    const key = `${u.start}:${u.sink}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Secret reads in a script: `${{ secrets.X }}` expressions, and env variables fed by secrets. */
function secretReferences(value: string, secretEnv: Map<string, string>): Omit<SecretUse, 'sink'>[] {
  const refs: Omit<SecretUse, 'sink'>[] = [];
  for (const expr of analyzeValue(value)) {
    for (const ref of expr.refs) {
      if (!ref.valueFlows) continue;
      let secret: string | null = null;
      if (ref.context === 'secrets') secret = typeof ref.path[0] === 'string' ? ref.path[0] : 'secrets';
      else if (ref.context === 'github' && ref.path[0] === 'token') secret = 'GITHUB_TOKEN';
      else if (ref.context === 'env' && typeof ref.path[0] === 'string' && secretEnv.has(ref.path[0])) secret = secretEnv.get(ref.path[0])!;
      if (!secret) continue;
      refs.push({ start: expr.start, end: expr.end, text: value.slice(expr.start, expr.end), secret, interpolated: ref.context !== 'env' });
      break;
    }
  }
  if (secretEnv.size > 0) {
    // Expression references are in order and do not overlap: a pointer finds the one a read is in.
    const expressions = [...refs];
    let inside = 0;
    const keyOf = new Map<string, string>();
    for (const key of secretEnv.keys()) if (!keyOf.has(key.toLowerCase())) keyOf.set(key.toLowerCase(), key);
    let close = -1; // the next `}` at or after the last place asked about (-2: none left)
    ENV_READ.lastIndex = 0;
    for (let match = ENV_READ.exec(value); match !== null; match = ENV_READ.exec(value)) {
      const name = match.slice(1).find((g) => g !== undefined)!;
      const key = keyOf.get(name.toLowerCase());
      let end = match.index + match[0].length;
      if (key !== undefined && match[1] !== undefined) {
        // `${NAME}` or `${NAME:-default}`, `${NAME#prefix}`…: up to the next `}`.
        if (close !== -2 && close < end) close = value.indexOf('}', end);
        if (close === -1) close = -2;
        end = close < 0 ? -1 : close + 1;
      }
      if (key === undefined || end < 0) {
        ENV_READ.lastIndex = match.index + 1; // not a secret's name here: look again one character on
        continue;
      }
      ENV_READ.lastIndex = end;
      while (inside < expressions.length && expressions[inside]!.end <= match.index) inside++;
      if (inside < expressions.length && expressions[inside]!.start <= match.index) continue;
      refs.push({ start: match.index, end, text: value.slice(match.index, end), secret: secretEnv.get(key)!, interpolated: false });
    }
  }
  return refs.sort((a, b) => a.start - b.start);
}

/** Command segments of a line split at unquoted `;`, `&&`, `||`, `|`, `&`, stopping at a comment. */
export function splitSegments(line: string): { start: number; end: number; sep: string | null }[] {
  const segments: { start: number; end: number; sep: string | null }[] = [];
  let start = 0;
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      continue;
    }
    if (ch === '#' && (i === 0 || /\s/.test(line[i - 1]!))) {
      segments.push({ start, end: i, sep: null });
      return segments;
    }
    if (ch === ';' || ch === '|' || ch === '&') {
      const two = line.slice(i, i + 2);
      // `>&2`, `2>&1`, `&>`: redirections, not separators.
      if (ch === '&' && (line[i - 1] === '>' || line[i + 1] === '>')) continue;
      const sep = two === '&&' || two === '||' ? two : ch;
      segments.push({ start, end: i, sep });
      i += sep.length - 1;
      start = i + 1;
    }
  }
  segments.push({ start, end: line.length, sep: null });
  return segments;
}

/** The unquoted output redirection of a segment, if any. */
function redirectTarget(segment: string): { kind: 'github'; target: 'GITHUB_ENV' | 'GITHUB_OUTPUT' } | { kind: 'file' } | { kind: 'log' } | null {
  let quote: string | null = null;
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i]!;
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '>' && segment[i - 1] !== '-' && segment[i - 1] !== '=') {
      const rest = segment.slice(i).replace(/^>>?\s*/, '');
      const github = githubFileIn(rest.split(/\s/)[0] ?? '');
      if (github) return { kind: 'github', target: github };
      if (/^(&[12]|"?\/dev\/(stderr|stdout|tty)"?)/.test(rest) || /^"?\$\{?GITHUB_STEP_SUMMARY/.test(rest)) return { kind: 'log' };
      return { kind: 'file' };
    }
  }
  // PowerShell: Out-File / Add-Content / Set-Content to $env:GITHUB_ENV.
  if (/\b(Out-File|Add-Content|Set-Content)\b/i.test(segment)) {
    const github = githubFileIn(segment);
    if (github) return { kind: 'github', target: github };
  }
  return null;
}

function githubFileIn(text: string): 'GITHUB_ENV' | 'GITHUB_OUTPUT' | undefined {
  const match = /\$(?:\{|env:)?(GITHUB_ENV|GITHUB_OUTPUT)\b/i.exec(text);
  return match ? (match[1]!.toUpperCase() as 'GITHUB_ENV' | 'GITHUB_OUTPUT') : undefined;
}

/** One-way filters: what they print says nothing usable about their input. */
const DIGEST = /^\s*(?:(?:sha(?:1|224|256|384|512)|md5|b2)sum|shasum|cksum|wc|openssl\s+(?:dgst|sha\d*|md5))\b/;

/**
 * True when position `at` of a line is inside a command substitution `$( … )` or `` `…` `` whose
 * output is not the value: the command there is not a print (`$(curl -H "…$TOKEN" …)` yields
 * the response), or its pipeline goes through a digest or any other non-encoding command
 * (`$(echo -n "$T" | sha256sum)`). `$(echo "$T" | base64)` still yields the value, encoded.
 */
function hiddenInSubstitution(line: string, at: number): boolean {
  for (const { start, end } of substitutions(line)) {
    if (at < start || at >= end) continue;
    const inner = line.slice(start, end);
    const segments = splitSegments(inner);
    const from = segments.findIndex((seg) => at - start >= seg.start && at - start < seg.end);
    if (from < 0) continue;
    const command = inner.slice(segments[from]!.start, segments[from]!.end).trimStart();
    if (!SHELL_PRINT.test(command) && !command.includes('<<<')) return true;
    for (let j = from; j < segments.length - 1 && segments[j]!.sep === '|'; j++) {
      const next = inner.slice(segments[j + 1]!.start, segments[j + 1]!.end);
      if (DIGEST.test(next) || !TRANSFORM.test(next)) return true;
    }
  }
  return false;
}

/** The bodies (offsets into the line) of every `$( … )` and `` `…` `` of a line, nested ones included. */
function substitutions(line: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const closing = closingParens(line);
  for (let open = line.indexOf('$('); open !== -1; open = line.indexOf('$(', open + 2)) {
    if (line[open + 2] === '(') continue; // `$(( … ))` is arithmetic
    found.push({ start: open + 2, end: closing.get(open + 1) ?? line.length });
  }
  for (let open = line.indexOf('`'); open !== -1; ) {
    const close = line.indexOf('`', open + 1);
    if (close === -1) break;
    found.push({ start: open + 1, end: close });
    open = line.indexOf('`', close + 1);
  }
  return found;
}


/** For each `(` of a line, its matching `)` (absent when unclosed: the call runs to the line's end). */
function closingParens(line: string): Map<number, number> {
  const closing = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '(') open.push(i);
    else if (line[i] === ')' && open.length > 0) closing.set(open.pop()!, i);
  }
  return closing;
}

/** The step's shell, from `shell:`, else `defaults.run.shell`. */
export function stepShell(job: JobModel, step: StepModel): string | null {
  return step.shell ?? job.shell;
}

/**
 * `echo "$TOKEN" | base64` prints an encoded secret that the runner cannot mask: a pipe into a
 * chain of transforms whose end is not redirected or piped on counts as printed.
 */
function transformsToLog(segments: readonly { start: number; end: number; sep: string | null }[], index: number, line: string): boolean {
  for (let j = index + 1; j < segments.length; j++) {
    const text = line.slice(segments[j]!.start, segments[j]!.end);
    if (!TRANSFORM.test(text)) return false;
    const redirect = redirectTarget(text);
    if (redirect) return redirect.kind === 'log';
    if (segments[j]!.sep !== '|') return true;
  }
  return false;
}

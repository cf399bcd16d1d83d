/**
 * The shell scripts a file holds, each with a map from script offsets to file offsets: GitHub
 * `run:` steps, GitLab `script:` blocks, a Dockerfile, a shell script, a Makefile, the fenced
 * shell blocks of a Markdown file.
 */
import type { Node, Scalar } from 'yaml';
import { isScalar } from '../../yaml/library.js';
import type { ScanContext, SourceFile } from '../types.js';
import { workflowModels } from '../github-actions/model.js';
import { locatorFor } from '../github-actions/report.js';
import { testJobContext } from '../github-actions/literal-policy.js';
import { formatYamlPath } from '../../yaml/walk.js';
import { isGitLabCiFile } from '../gitlab-ci/include-set.js';
import { pipelines, scriptOwners, SCRIPT_KEYS } from '../gitlab-ci/pipeline.js';
import { joinPath } from '../kubernetes/yaml-view.js';

export type Platform = 'github' | 'gitlab' | 'dockerfile' | 'shell' | 'makefile' | 'markdown';

export interface Script {
  text: string;
  platform: Platform;
  /** File offsets of script characters [start, end). */
  span(start: number, end: number): { start: number; end: number };
  yamlPath?: string;
  /** Where it is, for messages: "the run step of job build". */
  label: string;
  /** GitHub run steps of a test run: why (a test mode in env, a test job), for the throwaway-value policy. */
  testRun?: string;
}

const SHELL_EXTENSION = /\.(sh|bash|zsh|ksh)$/i;
const SHEBANG = /^#![^\n]*\b(ba|z|k|da|a)?sh\b/;
const MAKEFILE = /^(gnumakefile|makefile|[^/]*\.mk|[^/]*\.mak)$/i;
const MARKDOWN = /\.(md|markdown|mdx)$/i;

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Which kind of script file this is by its name and first line, or null. */
export function scriptFileKind(file: SourceFile): Platform | null {
  if (file.kind === 'workflow' || file.kind === 'action') return 'github';
  if (file.kind === 'gitlab-ci' || file.kind === 'yaml') return 'gitlab';
  const name = baseName(file.path);
  if (file.kind === 'dockerfile' || /^containerfile/i.test(name)) return 'dockerfile';
  if (SHELL_EXTENSION.test(name) || (file.text.startsWith('#!') && SHEBANG.test(file.text))) return 'shell';
  if (MAKEFILE.test(name)) return 'makefile';
  if (MARKDOWN.test(name)) return 'markdown';
  return null;
}

const identity = (start: number, end: number) => ({ start, end });

export function scriptsOf(file: SourceFile, platform: Platform, context: ScanContext): Script[] {
  switch (platform) {
    case 'github':
      return githubRuns(file);
    case 'gitlab':
      return isGitLabCiFile(file, context) ? gitlabScripts(file) : [];
    case 'markdown':
      return markdownBlocks(file);
    case 'dockerfile':
      return [{ text: file.text, platform, span: identity, label: 'the Dockerfile' }, ...execFormRuns(file.text)];
    default:
      return [{ text: file.text, platform, span: identity, label: platform === 'makefile' ? 'the Makefile' : 'the script' }];
  }
}

function scalarScript(file: SourceFile, node: Scalar, platform: Platform, yamlPath: string, label: string): Script {
  const locator = locatorFor(file, node);
  return { text: locator.value, platform, span: (s, e) => locator.span(s, e), yamlPath, label };
}

function githubRuns(file: SourceFile): Script[] {
  const out: Script[] = [];
  for (const model of workflowModels(file)) {
    for (const job of model.jobs) {
      for (const step of job.steps) {
        if (!step.run || typeof step.run.value !== 'string') continue;
        // Python or Node steps are not shell command lines.
        const shell = (step.shell ?? job.shell ?? '').toLowerCase();
        if (/^(python|node)/.test(shell)) continue;
        const script = scalarScript(file, step.run, 'github', formatYamlPath([...step.path, 'run']), model.kind === 'action' ? 'a step of the action' : `a run step of job ${job.id}`);
        const testRun = model.kind === 'workflow' ? testJobContext({ model, job, step }) : null;
        out.push(testRun ? { ...script, testRun } : script);
      }
    }
  }
  return out;
}

function gitlabScripts(file: SourceFile): Script[] {
  const out: Script[] = [];
  for (const pipeline of pipelines(file)) {
    for (const owner of scriptOwners(pipeline)) {
      for (const key of SCRIPT_KEYS) {
        const script = pipeline.view.get(owner.node, key);
        const keyPath = joinPath(owner.path, key);
        const scalars: { node: Node; path: string }[] = isScalar(script)
          ? [{ node: script, path: keyPath }]
          : pipeline.view.items(script, true).map((item, i) => ({ node: item, path: joinPath(keyPath, i) }));
        for (const { node, path } of scalars) {
          if (isScalar(node) && typeof node.value === 'string') out.push(scalarScript(file, node, 'gitlab', path, `the ${key} of ${owner.label}`));
        }
      }
    }
  }
  return out;
}

/** Info strings of fenced blocks that hold shell commands (and untagged blocks, often commands too). */
const SHELL_FENCE = /^(|sh|bash|shell|zsh|console|terminal|shell-session|sh-session|shellsession|ksh|dockerfile|makefile|make)$/i;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})[ \t]*([^\s`{]*)[^\n]*$/gm;

function markdownBlocks(file: SourceFile): Script[] {
  const text = file.text;
  const out: Script[] = [];
  FENCE_OPEN.lastIndex = 0;
  for (let open = FENCE_OPEN.exec(text); open; open = FENCE_OPEN.exec(text)) {
    const fence = open[1]!;
    const bodyStart = open.index + open[0].length + 1;
    const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`, 'gm');
    close.lastIndex = bodyStart;
    const end = close.exec(text);
    const bodyEnd = end ? end.index : text.length;
    FENCE_OPEN.lastIndex = end ? end.index + end[0].length : text.length;
    const info = open[2]!.toLowerCase();
    if (!SHELL_FENCE.test(info) || bodyStart > bodyEnd) continue;
    out.push({ text: text.slice(bodyStart, bodyEnd), platform: 'markdown', span: (s, e) => ({ start: bodyStart + s, end: bodyStart + e }), label: 'a shell block of the Markdown file' });
    if (!end) break;
  }
  return out;
}

/** `RUN ["sh", "-c", "…"]` and `RUN ["curl", "-u", "…"]`: the exec form of a Dockerfile instruction. */
const EXEC_FORM = /^[ \t]*(?:RUN|CMD|ENTRYPOINT)[ \t]+(?:--[^\s[]+[ \t]+)*\[/gim;
const SHELLS = /^(?:\/(?:usr\/)?bin\/)?(?:ba|da|z|k|a)?sh$/;

/**
 * The command line of each exec-form instruction, mapped character by character back into the
 * Dockerfile: the `-c` script of a shell, or the argument list itself (each element one word).
 */
function execFormRuns(text: string): Script[] {
  const out: Script[] = [];
  EXEC_FORM.lastIndex = 0;
  for (let m = EXEC_FORM.exec(text); m; m = EXEC_FORM.exec(text)) {
    const items = jsonStrings(text, m.index + m[0].length);
    if (!items) continue;
    const shell = items.length >= 3 && SHELLS.test(items[0]!.value) && items[1]!.value === '-c';
    let script: string;
    let offsets: number[];
    if (shell) {
      script = items[2]!.value;
      offsets = items[2]!.offsets;
    } else {
      // Each element is one word: quote it so spaces inside stay inside.
      script = '';
      offsets = [];
      for (const item of items) {
        const quote = item.offsets[0] ?? 0;
        script += `${script ? ' ' : ''}'`;
        offsets.push(...(offsets.length ? [quote] : []), quote);
        script += item.value.replace(/'/g, '');
        for (let k = 0; k < item.value.length; k++) if (item.value[k] !== "'") offsets.push(item.offsets[k]!);
        script += "'";
        offsets.push(item.offsets[item.value.length - 1] ?? quote);
      }
    }
    if (!script) continue;
    const at = (k: number) => offsets[Math.min(k, offsets.length - 1)] ?? 0;
    out.push({ text: script, platform: 'dockerfile', span: (s, e) => ({ start: at(s), end: at(e - 1) + 1 }), label: 'the Dockerfile' });
  }
  return out;
}

/**
 * The JSON string elements of an array that starts at `from` (just after `[`), each with the
 * file offset of every decoded character; null when it is not a flat array of strings on one line.
 */
function jsonStrings(text: string, from: number): { value: string; offsets: number[] }[] | null {
  const items: { value: string; offsets: number[] }[] = [];
  let i = from;
  for (;;) {
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (text[i] === ']') return items;
    if (text[i] !== '"') return null;
    let value = '';
    const offsets: number[] = [];
    for (i++; i < text.length && text[i] !== '"'; i++) {
      if (text[i] === '\n') return null;
      if (text[i] === '\\') {
        const e = text[i + 1];
        const simple: Record<string, string> = { n: '\n', t: '\t', '"': '"', '\\': '\\', '/': '/' };
        if (e !== undefined && e in simple) {
          value += simple[e];
          offsets.push(i);
          i++;
          continue;
        }
        return null;
      }
      value += text[i];
      offsets.push(i);
    }
    if (text[i] !== '"') return null;
    i++;
    items.push({ value, offsets });
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (text[i] === ',') i++;
    else if (text[i] !== ']') return null;
  }
}

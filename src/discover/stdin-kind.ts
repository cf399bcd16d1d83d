import { classify, looksLikeKubernetes, type FileKind } from './classify.js';

/** The path findings in standard input are reported under when `--stdin-filename` is not given. */
export const STDIN_NAME = '<stdin>';

// Top-level keys (at the start of a line) that mark a GitLab pipeline or a GitHub workflow.
const GITLAB_KEYS = /(^|\n)(stages|include|default|variables|workflow)[ \t]*:|(^|\n)[ \t]+script[ \t]*:/;
const GITLAB_SCRIPT = /(^|\n)[ \t]+(script|before_script|after_script)[ \t]*:/;
const WORKFLOW_ON = /(^|\n)(on|"on"|'on')[ \t]*:/;
const WORKFLOW_JOBS = /(^|\n)jobs[ \t]*:/;

/**
 * The kind of the text read from standard input. A name that says what the file is decides
 * (`.gitlab-ci.yml`, `.github/workflows/x.yml`, `values.yaml`, `.env`…); otherwise the content
 * does: `kind:` with `apiVersion:` is a Kubernetes manifest (`kubectl get … -o yaml`, `helm
 * template`), `on:` with `jobs:` a GitHub workflow, `stages:` or a job's `script:` a GitLab
 * pipeline. Anything else is YAML when named so, else plain text.
 */
export function stdinKind(filename: string | null, text: string): FileKind {
  const named = filename === null ? 'other' : classify(filename);
  if (named !== 'yaml' && named !== 'other') return named;
  if (looksLikeKubernetes(text)) return 'k8s';
  if (WORKFLOW_ON.test(text) && WORKFLOW_JOBS.test(text)) return 'workflow';
  if (/(^|\n)stages[ \t]*:/.test(text) || (GITLAB_SCRIPT.test(text) && GITLAB_KEYS.test(text))) return 'gitlab-ci';
  return named === 'yaml' ? 'yaml' : filename === null && looksLikeYaml(text) ? 'yaml' : named;
}

/** Unnamed input whose first meaningful line is a YAML key or document start. */
function looksLikeYaml(text: string): boolean {
  for (const line of text.split('\n', 50)) {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) continue;
    return t === '---' || /^[A-Za-z_][\w.-]*[ \t]*:(\s|$)/.test(t) || /^- /.test(t);
  }
  return false;
}

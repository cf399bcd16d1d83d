import type { RawFinding } from '../../core/finding.js';
import type { FileRule, SourceFile } from '../types.js';
import { mayHoldSecretNames } from '../secret-names.js';
import { K8S_HELP, SECRET_KEY_REF_EXAMPLE } from './meta.js';
import { findingAt } from './report.js';
import { isSecretLikeKey } from './secret-name.js';

/**
 * `- name: DB_PASSWORD` then `value: {{ .Values.db.password | quote }}` on the next line, at any
 * indentation (templates are not YAML, so this reads their text). Group 1: the env name; group 2
 * (index via `d`): the `{{ … }}` expression.
 */
const ENV_PAIR = /^[ \t]*-[ \t]+name:[ \t]*["']?([A-Za-z_][A-Za-z0-9_.-]*)["']?[ \t]*(?:#[^\n]*)?\n[ \t]*value:[ \t]*["']?(\{\{-?\s*([^{}\n]*?)\s*-?\}\})/gm;
/** A `.Values` path read straight into the value (`$.Values`, `.Values`), optionally piped through text filters. */
const VALUES_READ = /^(?:\$)?\.Values((?:\.[A-Za-z_][\w-]*)+)\s*(?:\|\s*(?:quote|squote|toString|trim|toYaml|b64dec)\s*)*$/;
/** `default "x" .Values.y` / `required "msg" .Values.y` / `tpl .Values.y $`: still the value. */
const WRAPPED_READ = /^(?:required\s+"[^"]*"|default\s+(?:"[^"]*"|\S+)|tpl)\s+\(?(\$?\.Values(?:\.[A-Za-z_][\w-]*)+)\)?(?:\s+\$|\s+\.)?\s*(?:\|\s*(?:quote|squote|toString|trim)\s*)*$/;

/** `{{- $password := .Values.auth.password }}`: a template variable standing for a `.Values` path. */
const VARIABLE = /\{\{-?\s*\$([A-Za-z_]\w*)\s*:?=\s*\$?\.Values((?:\.[A-Za-z_][\w-]*)+)\s*-?\}\}/g;
const VARIABLE_READ = /^\$([A-Za-z_]\w*)\s*(?:\|\s*(?:quote|squote|toString|trim)\s*)*$/;

const REMEDIATION =
  'Render a Secret from the value (`templates/secret.yaml`, or `existingSecret` to point at one created from your secret store) and read it with `valueFrom: { secretKeyRef: … }`: a plain `env[].value` is stored in the pod spec, readable by anyone who can `get pods -o yaml`, and shown by `kubectl describe`.';

/**
 * Helm templates that put a `.Values` setting with a secret-like name straight into a container's
 * plain `env[].value`: the secret sits in the pod spec instead of a Secret. Medium: the chart
 * itself commits no credential, but every release exposes it to whoever can read pods.
 */
export const helmTemplateEnvValueRule: FileRule = {
  meta: {
    id: 'helm-template-env-value',
    category: 'secret-exposure',
    severity: 'medium',
    description: 'A Helm template puts a secret-like `.Values` setting into a container\'s plain `env[].value`, so the secret is stored in the pod spec (readable with `get pod -o yaml`) instead of a Secret read through `secretKeyRef`. Medium: the chart commits no credential, but every release exposes the value to whoever can read pods. Templates are read as text (they are not YAML); `.Values` paths and template variables bound to them count, Secret names (`existingSecret`) and `include` helpers do not.',
    helpUri: K8S_HELP,
  },
  appliesTo: (file) => (file.kind === 'yaml' || file.kind === 'k8s') && isHelmTemplate(file),
  check(file, context) {
    const findings: RawFinding[] = [];
    if (!mayHoldSecretNames(file.text, context.settings.secretNames)) return findings;
    const variables = new Map([...file.text.matchAll(VARIABLE)].map((m) => [m[1]!, m[2]!]));
    for (const match of file.text.matchAll(ENV_PAIR)) {
      const envName = match[1]!;
      const expression = match[3]!;
      const variable = VARIABLE_READ.exec(expression)?.[1];
      const path = VALUES_READ.exec(expression)?.[1] ?? WRAPPED_READ.exec(expression)?.[1]?.replace(/^\$?\.Values/, '') ?? (variable ? variables.get(variable) : undefined);
      if (!path) continue;
      const leaf = path.slice(path.lastIndexOf('.') + 1);
      if (!isSecretLikeKey(envName, context.settings) && !isSecretLikeKey(leaf, context.settings)) continue;
      // `.Values.auth.existingSecret`, `.Values.passwordKey`: names of a Secret or of its key, not the secret.
      if (mayHoldSecretNames(leaf) && !isSecretLikeKey(leaf, context.settings)) continue;
      const start = match.index + match[0].length - match[2]!.length;
      findings.push(
        findingAt(this.meta, file, start, start + match[2]!.length, {
          message: `The template puts .Values${path} into the plain env value of ${envName}: the secret is written into the pod spec of every release (readable with \`kubectl get pod -o yaml\`) instead of coming from a Secret.`,
          remediation: `${REMEDIATION} For example \`- name: ${envName}\` with \`${SECRET_KEY_REF_EXAMPLE(envName)}\`.`,
          fingerprintSeed: `${envName}\0${path}`,
        }),
      );
    }
    return findings;
  },
};

/** Helm's template actions reading `.Values`: Go template text, not YAML. */
function isHelmTemplate(file: SourceFile): boolean {
  return file.text.includes('{{') && /\.Values\b/.test(file.text);
}

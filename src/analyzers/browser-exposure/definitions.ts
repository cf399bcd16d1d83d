/**
 * Finds every definition of a public-prefixed, secret-like variable in the configuration kinds
 * that feed builds: env files (and their templates), Dockerfile ENV/ARG, Compose environment and
 * build args, GitLab variables, Kubernetes env lists and kustomize literals. Workflows are read by
 * workflow.ts, which also knows their jobs and steps.
 */
import type { Document, Node, Scalar } from 'yaml';
import { isMap, isScalar, isSeq } from '../../yaml/library.js';
import type { Settings } from '../../core/settings.js';
import { looksLikeKubernetes } from '../../discover/classify.js';
import { locateInScalar, nodeSpan, scalarText, valueSpan } from '../../yaml/locate.js';
import { AliasBudget, formatYamlPath, getValue, mapEntries, scalarValue, seqItems, walkValues } from '../../yaml/walk.js';
import { parseDotenv } from '../env-files/dotenv.js';
import type { SourceFile } from '../types.js';
import { exposedSecretName } from './meta.js';
import { classifyWritten, type PublicDefinition, type ValueSource } from './values.js';

type Names = Pick<Settings, 'secretNames'>;

export function envFileDefinitions(file: SourceFile, settings: Names): PublicDefinition[] {
  const out: PublicDefinition[] = [];
  for (const entry of parseDotenv(file.text)) {
    const name = exposedSecretName(entry.key, settings);
    if (!name) continue;
    const source = classifyWritten(entry.value);
    out.push(withSecret({ name, start: entry.keyStart, end: entry.keyEnd, source, origin: file.kind === 'env-template' ? 'env template' : 'env file' }, entry.value));
  }
  return out;
}

function withSecret(definition: PublicDefinition, value: string): PublicDefinition {
  if (definition.source === 'literal' || definition.source === 'literal-key') definition.secret = value.trim();
  return definition;
}

// ---------------------------------------------------------------- Dockerfile

/** `ENV K=V K2=V2`, `ENV K V`, `ARG K`, `ARG K=default`, with line continuations. */
export function dockerfileDefinitions(file: SourceFile, settings: Names): PublicDefinition[] {
  const out: PublicDefinition[] = [];
  // Continuations become blanks of the same length, so offsets stay offsets into the file.
  const text = file.text.replace(/\\[ \t]*\r?\n/g, (m) => ' '.repeat(m.length));
  const instruction = /^[ \t]*(ENV|ARG)[ \t]+([^\n]*)/gim;
  for (const match of text.matchAll(instruction)) {
    const keyword = match[1]!.toUpperCase() as 'ENV' | 'ARG';
    const body = match[2]!.replace(/\r$/, '');
    const bodyStart = match.index + match[0].length - match[2]!.length;
    const tokens = [...body.matchAll(/(?:[^\s"']|"(?:[^"\\]|\\.)*"|'[^']*')+/g)];
    if (tokens.length === 0) continue;
    const legacy = keyword === 'ENV' && !tokens[0]![0].includes('=');
    const pairs = legacy ? [{ key: tokens[0]![0], keyAt: tokens[0]!.index, value: body.slice(tokens[0]!.index + tokens[0]![0].length).trim() as string | null }] : tokens.map((t) => {
      const eq = t[0].indexOf('=');
      return { key: eq === -1 ? t[0] : t[0].slice(0, eq), keyAt: t.index, value: eq === -1 ? null : t[0].slice(eq + 1) };
    });
    for (const pair of pairs) {
      const name = exposedSecretName(pair.key, settings);
      if (!name) continue;
      const value = pair.value === null ? null : unquote(pair.value);
      const start = bodyStart + pair.keyAt;
      const source: ValueSource = value === null ? 'reference' : classifyWritten(value);
      const definition: PublicDefinition = { name, start, end: start + pair.key.length, source, origin: `Dockerfile ${keyword}` };
      if (value === null) definition.from = 'a build argument (docker build --build-arg), which stays in the image history and the bundle';
      out.push(withSecret(definition, value ?? ''));
    }
  }
  return out;
}

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/s.exec(value);
  return m ? m[2]! : value;
}

// ---------------------------------------------------------------- YAML helpers

function keySpan(keyNode: Scalar | null): { start: number; end: number } | null {
  return keyNode ? nodeSpan(keyNode) : null;
}

/** A `KEY=value` (or bare `KEY`) list item of a scalar, as Compose and kustomize write them. */
function assignmentItem(file: SourceFile, node: Node | null, settings: Names): { definition: Omit<PublicDefinition, 'origin'>; value: string | null } | null {
  if (!node || !isScalar(node)) return null;
  const text = scalarText(node);
  const eq = text.indexOf('=');
  const key = (eq === -1 ? text : text.slice(0, eq)).trim();
  const name = exposedSecretName(key, settings);
  if (!name) return null;
  const keyAt = text.indexOf(key);
  const span = locateInScalar(file.text, node, keyAt, keyAt + key.length);
  const value = eq === -1 ? null : unquote(text.slice(eq + 1).trim());
  const source: ValueSource = value === null ? 'reference' : classifyWritten(value);
  return { definition: withSecret({ name, start: span.start, end: span.end, source, origin: '' }, value ?? ''), value };
}

/** Entries of a `KEY: value` map or a `- KEY=value` list. */
function mapOrListDefinitions(file: SourceFile, doc: Document, budget: AliasBudget, node: Node | null, origin: string, path: (string | number)[], settings: Names, classify?: (value: string) => { source: ValueSource; from?: string }): PublicDefinition[] {
  const out: PublicDefinition[] = [];
  if (node && isMap(node)) {
    for (const entry of mapEntries(node, doc, budget)) {
      if (entry.merged) continue;
      const name = exposedSecretName(entry.key, settings);
      const span = keySpan(entry.keyNode);
      if (!name || !span) continue;
      let raw = entry.value;
      if (raw && isMap(raw)) raw = getValue(raw, 'value', doc, budget); // GitLab `{ value:, description: }`
      const value = scalarValue(raw) ?? '';
      const classified = classify?.(value) ?? { source: raw === null ? 'reference' : classifyWritten(value) };
      const definition: PublicDefinition = { name, ...span, source: classified.source, origin, yamlPath: formatYamlPath([...path, entry.key]) };
      if (classified.from) definition.from = classified.from;
      out.push(withSecret(definition, value));
    }
  } else if (node && isSeq(node)) {
    for (const item of seqItems(node, doc, budget)) {
      const found = assignmentItem(file, item.value, settings);
      if (found) out.push({ ...found.definition, origin, yamlPath: formatYamlPath([...path, item.index]) });
    }
  }
  return out;
}

function parsedDocuments(file: SourceFile): Document.Parsed[] {
  return file.yaml().documents.filter((d) => d.errors.length === 0);
}

// ---------------------------------------------------------------- Compose

export function composeDefinitions(file: SourceFile, settings: Names): PublicDefinition[] {
  const out: PublicDefinition[] = [];
  for (const doc of parsedDocuments(file)) {
    const budget = new AliasBudget();
    for (const service of mapEntries(getValue(doc.contents, 'services', doc, budget), doc, budget)) {
      if (service.merged) continue;
      const base = ['services', service.key];
      for (const d of mapOrListDefinitions(file, doc, budget, getValue(service.value, 'environment', doc, budget), 'Compose environment', [...base, 'environment'], settings)) out.push(d);
      const build = getValue(service.value, 'build', doc, budget);
      if (build && isMap(build)) for (const d of mapOrListDefinitions(file, doc, budget, getValue(build, 'args', doc, budget), 'Compose build arg', [...base, 'build', 'args'], settings)) out.push(d);
    }
  }
  return out;
}

// ---------------------------------------------------------------- GitLab CI

const GITLAB_GLOBAL_KEYS = new Set(['default', 'include', 'stages', 'variables', 'workflow', 'image', 'services', 'cache', 'before_script', 'after_script', 'spec']);

export function gitlabDefinitions(file: SourceFile, settings: Names): PublicDefinition[] {
  const out: PublicDefinition[] = [];
  for (const doc of parsedDocuments(file)) {
    const budget = new AliasBudget();
    const scopes: { node: Node | null; path: string[] }[] = [{ node: getValue(doc.contents, 'variables', doc, budget), path: ['variables'] }];
    for (const job of mapEntries(doc.contents, doc, budget)) {
      // Hidden jobs (`.template`) count too: `extends:` copies their variables into real jobs.
      if (GITLAB_GLOBAL_KEYS.has(job.key) || job.merged || !job.value || !isMap(job.value)) continue;
      scopes.push({ node: getValue(job.value, 'variables', doc, budget), path: [job.key, 'variables'] });
    }
    // Variables written in the file; a `$VAR` naming anything else comes from the project's CI/CD settings.
    const defined = new Set<string>();
    for (const scope of scopes) for (const entry of mapEntries(scope.node, doc, budget)) defined.add(entry.key);
    const classify = (value: string): { source: ValueSource; from?: string } => {
      const ref = /^\s*\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?\s*$/.exec(value);
      if (ref && !defined.has(ref[1]!)) return { source: 'platform-secret', from: `$${ref[1]} from the CI/CD variables` };
      if (ref) return { source: 'reference', from: `$${ref[1]}` };
      return { source: classifyWritten(value) };
    };
    for (const scope of scopes) for (const d of mapOrListDefinitions(file, doc, budget, scope.node, 'GitLab variables', scope.path, settings, classify)) out.push(d);
  }
  return out;
}

// ---------------------------------------------------------------- Kubernetes and kustomize

const ENV_LIST_KEYS = new Set(['env', 'extraEnv', 'extraEnvVars']);

/** `env:` lists (`- name: X` with `value` or `valueFrom`) anywhere in Kubernetes manifests or Helm values. */
export function kubernetesDefinitions(file: SourceFile, settings: Names): PublicDefinition[] {
  if (file.kind !== 'helm-values' && !looksLikeKubernetes(file.text)) return [];
  const out: PublicDefinition[] = [];
  const seen = new Set<number>();
  for (const doc of parsedDocuments(file)) {
    const budget = new AliasBudget();
    // ConfigMap and Secret keys become env variables through `envFrom`.
    const kind = scalarValue(getValue(doc.contents, 'kind', doc, budget));
    if (kind === 'ConfigMap' || kind === 'Secret') {
      const objectName = scalarValue(getValue(getValue(doc.contents, 'metadata', doc, budget), 'name', doc, budget)) ?? '?';
      for (const field of ['data', 'stringData']) {
        for (const entry of mapEntries(getValue(doc.contents, field, doc, budget), doc, budget)) {
          const name = exposedSecretName(entry.key, settings);
          const span = keySpan(entry.keyNode);
          if (!name || !span || seen.has(span.start)) continue;
          seen.add(span.start);
          const value = scalarValue(entry.value) ?? '';
          const definition: PublicDefinition = { name, ...span, source: 'platform-secret', origin: `Kubernetes ${kind} key`, yamlPath: formatYamlPath([field, entry.key]) };
          if (kind === 'Secret') definition.from = `Secret ${objectName}`;
          else withSecret(Object.assign(definition, { source: classifyWritten(value) }), value);
          out.push(definition);
        }
      }
    }
    walkValues(
      doc,
      ({ path, node }) => {
        const last = path[path.length - 1];
        if (typeof last !== 'string' || !ENV_LIST_KEYS.has(last) || !isSeq(node)) return;
        for (const item of seqItems(node, doc, budget)) {
          if (!item.value || !isMap(item.value)) continue;
          const nameNode = getValue(item.value, 'name', doc, budget);
          const nameText = scalarValue(nameNode);
          const name = nameText === null ? null : exposedSecretName(nameText, settings);
          const span = nameNode ? valueSpan(file.text, nameNode) : null;
          if (!name || !span || seen.has(span.start)) continue;
          seen.add(span.start);
          const valueFrom = getValue(item.value, 'valueFrom', doc, budget);
          const secretRef = valueFrom ? getValue(valueFrom, 'secretKeyRef', doc, budget) : null;
          const definition: PublicDefinition = { name, ...span, source: 'placeholder', origin: 'Kubernetes env', yamlPath: formatYamlPath([...path, item.index, 'name']) };
          if (secretRef) {
            definition.source = 'platform-secret';
            definition.from = `secretKeyRef ${scalarValue(getValue(secretRef, 'name', doc, budget)) ?? '?'}/${scalarValue(getValue(secretRef, 'key', doc, budget)) ?? '?'}`;
          } else if (valueFrom) {
            definition.source = 'reference';
            definition.from = 'valueFrom';
          } else {
            const value = scalarValue(getValue(item.value, 'value', doc, budget)) ?? '';
            definition.source = classifyWritten(value);
            withSecret(definition, value);
          }
          out.push(definition);
        }
      },
      { budget },
    );
  }
  return out;
}

export function kustomizeDefinitions(file: SourceFile, settings: Names): PublicDefinition[] {
  const out: PublicDefinition[] = [];
  for (const doc of parsedDocuments(file)) {
    const budget = new AliasBudget();
    for (const generator of ['secretGenerator', 'configMapGenerator']) {
      for (const item of seqItems(getValue(doc.contents, generator, doc, budget), doc, budget)) {
        for (const literal of seqItems(getValue(item.value, 'literals', doc, budget), doc, budget)) {
          const found = assignmentItem(file, literal.value, settings);
          if (found) out.push({ ...found.definition, origin: `kustomize ${generator} literal`, yamlPath: formatYamlPath([generator, item.index, 'literals', literal.index]) });
        }
      }
    }
  }
  return out;
}

import path from 'node:path';
import type { ErrorObject } from 'ajv/dist/2020.js';
import type { Document, Node } from 'yaml';
import { isMap, isScalar, yamlLibrary } from '../yaml/library.js';
import schema from '../../schemas/config.schema.json' with { type: 'json' };
import { reservedRuleIds } from '../analyzers/registry.js';
import { allowPatternProblem } from '../core/allow-patterns.js';
import { ConfigurationError } from '../core/errors.js';
import { describeYamlError } from '../yaml/load.js';
import { detectorProblems } from './detectors.js';
import { validate as generatedValidate } from './schema-validator.generated.js';
import { strictJsonError } from './strict-json.js';
import { closest, didYouMean } from './suggest.js';
import type { Config } from './types.js';

interface Problem {
  line: number | null;
  path: string;
  message: string;
}

/**
 * The schema's validator, compiled at build time (scripts/config-validator.mjs: ajv's standalone
 * code, with every error and its schema and data): ajv itself is never loaded at run time.
 */
const compiled = generatedValidate as unknown as { (value: unknown): boolean; errors?: ErrorObject[] | null };
function validateSchema(value: unknown): { ok: boolean; errors: ErrorObject[] } {
  const ok = compiled(value);
  return { ok, errors: compiled.errors ?? [] };
}

/**
 * Validates a config text read elsewhere (the Action reads it from a commit); `shown` names it,
 * `file` (its path or name, default `shown`) says by its extension whether it is JSON.
 */
export function parseConfigText(text: string, shown: string, file: string = shown): Config {
  return parseConfig(text.replace(/^\uFEFF/, ''), shown, path.extname(file).toLowerCase() === '.json' ? 'json' : 'yaml');
}

/**
 * Parses and validates a configuration text (YAML or JSON) and returns every problem at once, each
 * with its YAML path and line, as one ConfigurationError (exit code 2). `source` names the file.
 */
export function parseConfig(text: string, source: string, format: 'yaml' | 'json' = 'yaml'): Config {
  // A `.json` file is strict JSON (a YAML parser would take trailing commas and comments). Once
  // it is, it is also YAML, which keeps the line of every value for the schema's messages.
  if (format === 'json') {
    const error = strictJsonError(text);
    if (error) fail(source, [{ line: error.line, path: '', message: error.message }]);
  }
  const { LineCounter, parseDocument } = yamlLibrary();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number | undefined) => (offset === undefined ? null : lineCounter.linePos(offset).line);
  if (doc.errors.length > 0) {
    const kind = format === 'json' ? 'JSON' : 'YAML';
    fail(source, doc.errors.map((e) => ({ line: lineOf(e.pos[0]), path: '', message: `invalid ${kind}: ${describeYamlError(e)}` })));
  }
  const value: unknown = doc.toJS({ maxAliasCount: 100 }) ?? {};
  const problems: Problem[] = [];
  const validation = validateSchema(value);
  if (!validation.ok) {
    for (const error of validation.errors) problems.push(describe(error, doc, lineOf));
  }
  for (const problem of semanticProblems(value, doc, lineOf)) problems.push(problem);
  if (problems.length > 0) fail(source, problems);
  return value as Config;
}

function fail(source: string, problems: Problem[]): never {
  const sorted = dedupe(problems).sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || a.path.localeCompare(b.path));
  const lines = sorted.map((p) => `  ${source}${p.line === null ? '' : `:${p.line}`}: ${p.path ? `${p.path}: ` : ''}${p.message}`);
  const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
  throw new ConfigurationError(`invalid configuration (${count}):\n${lines.join('\n')}`);
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}\0${p.path}\0${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

type LineOf = (offset: number | undefined) => number | null;

/**
 * A config file is repository content too: a key or value in it may be a secret (pasted in the
 * wrong place on purpose or not). Problems name the path and the problem, never a value, and a
 * key only when it is one of ours or a near miss of one (`failon` for `failOn`); any other key is
 * shown as UNKNOWN_KEY.
 */
const UNKNOWN_KEY = '(unknown key)';
let knownNames: string[] | undefined;
function namesWeKnow(): string[] {
  if (knownNames) return knownNames;
  const names = new Set<string>(reservedRuleIds());
  const visit = (node: unknown) => {
    if (!isRecord(node)) return;
    if (isRecord(node.items)) visit(node.items); // the keys of list entries (`detectors[].regex`)
    for (const [key, child] of Object.entries(isRecord(node.properties) ? node.properties : {})) {
      names.add(key);
      visit(child);
    }
  };
  visit(schema);
  knownNames = [...names];
  return knownNames;
}

function isShown(key: string, candidates: readonly string[] = namesWeKnow()): boolean {
  return candidates.includes(key) || closest(key, candidates) !== null;
}

/** The YAML path with every key that is neither ours nor a near miss of ours hidden. */
function safePath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += (out ? '.' : '') + (isShown(segment) ? yamlPath([segment]) : UNKNOWN_KEY);
  }
  return out;
}

function describe(error: ErrorObject, doc: Document, lineOf: LineOf): Problem {
  const segments = pointerSegments(error.instancePath);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const line = lineOf(keyNode(doc, segments, key)?.range?.[0]);
      const hint = didYouMean(key, known);
      if (hint) return { line, path: safePath([...segments, key]), message: `unknown key${hint}` };
      return { line, path: safePath(segments), message: `an unknown key; known keys: ${known.filter((k) => k !== '$schema').join(', ')}` };
    }
    case 'enum': {
      // The value given is not repeated (it may be a secret); a close allowed value is.
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const given = error.data;
      const hint = typeof given === 'string' ? didYouMean(given, allowed) : '';
      return { line: lineOf(valueNode(doc, segments)?.range?.[0]), path: safePath(segments), message: `must be one of ${allowed.join(', ')}${hint}` };
    }
    case 'type':
      if (segments.length === 0) return { line: 1, path: '', message: 'the configuration must be a mapping of keys to values' };
      return { line: lineOf(valueNode(doc, segments)?.range?.[0]), path: safePath(segments), message: `must be ${typeName(String(error.params.type))}` };
    default:
      // Ajv's messages name the schema's limits, not the data (`must match pattern "…"`, `must be >= 0`).
      return { line: lineOf(valueNode(doc, segments)?.range?.[0]), path: safePath(segments), message: error.message ?? error.keyword };
  }
}

function typeName(type: string): string {
  return { array: 'a list', object: 'a mapping', string: 'a string', integer: 'a whole number', boolean: 'true or false' }[type] ?? type;
}

/**
 * Checks the schema cannot express: rule ids that exist, regular expressions that compile. Runs
 * even when the schema failed (every problem at once), so it trusts no shape.
 */
function semanticProblems(value: unknown, doc: Document, lineOf: LineOf): Problem[] {
  const problems: Problem[] = [];
  if (!isRecord(value)) return problems;
  const config = value as Config;
  const builtIn = [...new Set(reservedRuleIds())].sort();
  const known = [...builtIn, ...customIds(config)];
  for (const id of isRecord(config.rules) ? Object.keys(config.rules) : []) {
    if (known.includes(id)) continue;
    // Rules of a gitleaks file are known once it is loaded, after this check.
    if (typeof config.gitleaksConfig === 'string') continue;
    const hint = didYouMean(id, known);
    problems.push({
      line: lineOf(keyNode(doc, ['rules'], id)?.range?.[0]),
      path: hint ? safePath(['rules', id]) : 'rules',
      message: hint ? `unknown rule id or category${hint}` : 'an unknown rule id or category',
    });
  }
  const patterns = isRecord(config.allow) && Array.isArray(config.allow.patterns) ? config.allow.patterns : [];
  patterns.forEach((pattern, index) => {
    if (typeof pattern !== 'string') return;
    // RE2 syntax (linear time, src/core/allow-patterns.ts); the reason never quotes the pattern.
    const problem = allowPatternProblem(pattern);
    if (problem !== null) {
      const segments = ['allow', 'patterns', index];
      problems.push({ line: lineOf(valueNode(doc, segments)?.range?.[0]), path: yamlPath(segments), message: `not a valid regular expression: ${problem} (RE2 syntax)` });
    }
  });
  for (const problem of detectorProblems(config.detectors, builtIn)) {
    problems.push({ line: lineOf(valueNode(doc, problem.segments)?.range?.[0]), path: yamlPath(problem.segments), message: problem.message });
  }
  return problems;
}

/** Ids of the config's own `detectors:` (whatever their shape: the schema reports that). */
function customIds(config: Config): string[] {
  return Array.isArray(config.detectors) ? config.detectors.flatMap((d) => (isRecord(d) && typeof d.id === 'string' ? [d.id] : [])) : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pointerSegments(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** `allow.patterns[1]`, `rules."my.rule"`: the path a user finds in the file. */
export function yamlPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += (out ? '.' : '') + (/^[A-Za-z0-9_$-]+$/.test(segment) ? segment : JSON.stringify(segment));
  }
  return out;
}

function valueNode(doc: Document, segments: readonly (string | number)[]): Node | undefined {
  if (segments.length === 0) return (doc.contents as Node | null) ?? undefined;
  const node = doc.getIn(segments, true);
  if (node && typeof node === 'object' && 'range' in node) return node as Node;
  // A null value has no node of its own: point at its key.
  return keyNode(doc, segments.slice(0, -1), String(segments[segments.length - 1]));
}

function keyNode(doc: Document, parent: readonly (string | number)[], key: string): Node | undefined {
  const map = parent.length === 0 ? doc.contents : doc.getIn(parent, true);
  if (!isMap(map)) return undefined;
  for (const pair of map.items) {
    if (isScalar(pair.key) && String(pair.key.value) === key) return pair.key;
  }
  return undefined;
}

import { activeFileRules, allFileRulesLoaded } from '../analyzers/active-rules.js';
import type { ScanContext, SourceFile } from '../analyzers/types.js';
import { classifyWithContent } from '../discover/classify.js';
import type { DiscoveredFile } from '../discover/files.js';
import { takeParse } from '../yaml/kept-parses.js';
import { yamlLibrary } from '../yaml/library.js';
import { loadYaml, type YamlFile } from '../yaml/load.js';
import { selectDocuments } from '../yaml/select.js';
import { aliasBudgetExceeded, DEFAULT_ALIAS_BUDGET } from '../yaml/walk.js';
import type { RawFinding } from './finding.js';
import { allowYoungGrowth } from './heap-growth.js';
import { isSuppressedInline } from './suppress.js';
import { LineIndex } from './text-position.js';

/**
 * A file's text made ready for the rules; YAML is parsed lazily, once, on first request, by the
 * fast path where it applies (src/yaml/fast-parse.ts) unless `exact`: analyzeFile then analyses
 * the file again on `yaml`'s parse if it reports anything.
 */
export function makeSourceFile(file: DiscoveredFile, text: string, context: Pick<ScanContext, 'diagnostic'> & Partial<Pick<ScanContext, 'files'>>, options: { exact?: boolean } = {}): SourceFile {
  let parsed: YamlFile | undefined;
  const parses: YamlFile[] = [];
  const fast = options.exact !== true;
  const whole = (): YamlFile => {
    if (!parsed) {
      // A pipeline file the GitLab include resolution already parsed (src/yaml/kept-parses.ts).
      parsed = (fast && context.files && takeParse(context.files, file.path, text)) || loadYaml(file.path, text, { fast });
      parses.push(parsed);
      for (const d of parsed.diagnostics) context.diagnostic(d);
    }
    return parsed;
  };
  const source: SourceFile = {
    ...file,
    kind: classifyWithContent(file.path, text),
    text,
    lines: new LineIndex(text),
    yaml(keep) {
      if (!keep || parsed) return whole();
      const selected = selectDocuments(text, keep);
      if (selected === null) return { documents: [], lineCounter: new (yamlLibrary().LineCounter)(), diagnostics: [], ok: true };
      if (selected === text) return whole();
      // Kept documents that do not parse cleanly once the others are blanked: the parser's
      // recovery may depend on the blanked text, so the file is parsed whole, as it was written.
      const result = loadYaml(file.path, selected, { fast });
      if (result.diagnostics.length > 0) return whole();
      parses.push(result);
      return result;
    },
  };
  parsesOf.set(source, parses);
  if (fast) exactOf.set(source, () => makeSourceFile(file, text, context, { exact: true }));
  return source;
}

/** How to make a file's source again with `yaml`'s parses only, for a file analysed on fast ones. */
const exactOf = new WeakMap<SourceFile, () => SourceFile>();
let recheck = true;

/** Tests only: whether a file with anything to report on fast parses is analysed again (the default). */
export function recheckFastParses(on: boolean): void {
  recheck = on;
}

/** Every parse a file's rules asked for, so that what they ran into is reported once per file. */
const parsesOf = new WeakMap<SourceFile, YamlFile[]>();

/**
 * Runs every file rule on one file (from disk, the index or a commit alike) and applies inline
 * suppression. A rule that throws becomes a diagnostic; the other rules' findings are kept.
 */
export function analyzeFile(source: SourceFile, context: ScanContext): { findings: RawFinding[]; suppressed: number } {
  allowYoungGrowth();
  // On fast parses, what the rules say waits: a file with anything to report is analysed again
  // on `yaml`'s parses (src/yaml/fast-parse.ts), so the report holds exactly what it would.
  const said: Parameters<ScanContext['diagnostic']>[0][] = [];
  const findings = runRules(source, { ...context, diagnostic: (d) => said.push(d) });
  const exact = exactOf.get(source);
  // The kind as the caller left it (standard input names it: src/core/scan-text.ts).
  if (recheck && (findings.length > 0 || said.length > 0) && exact && parsesOf.get(source)?.some((parse) => parse.fast)) return analyzeFile(Object.assign(exact(), { kind: source.kind }), context);
  for (const d of said) context.diagnostic(d);
  const kept = findings.filter((f) => !isSuppressedInline(f, source.lines));
  return { findings: kept, suppressed: findings.length - kept.length };
}

function runRules(source: SourceFile, context: ScanContext): RawFinding[] {
  const findings: RawFinding[] = [];
  if (source.kind !== 'other' && !allFileRulesLoaded()) {
    // A load point was missed (src/core/libraries.ts): said, never a quiet scan with fewer rules.
    context.diagnostic({ file: source.path, level: 'error', code: 'rule-failed', message: 'internal error: the structural rules were not loaded for this file; only the plain-file rules ran' });
  }
  for (const rule of activeFileRules()) {
    try {
      if (rule.appliesTo(source)) for (const finding of rule.check(source, context)) findings.push(finding);
    } catch (error) {
      context.diagnostic({ file: source.path, level: 'error', code: 'rule-failed', message: `rule ${rule.meta.id} failed on this file: ${String(error)}` });
    }
  }
  const exhausted = parsesOf.get(source)?.some((parse) => parse.documents.some(aliasBudgetExceeded));
  if (exhausted) {
    // Every written node was still analysed; only some alias expansions were not: a secret used
    // through one of those would be missed, so the scan counts as incomplete (src/core/incomplete.ts).
    context.diagnostic({ file: source.path, level: 'error', code: 'yaml-alias-budget', message: `aliases expand to more than ${DEFAULT_ALIAS_BUDGET} nodes: the YAML rules analysed what is written, but not every alias expansion` });
  }
  return findings;
}

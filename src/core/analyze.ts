import { LineCounter } from 'yaml';
import { FILE_RULES } from '../analyzers/registry.js';
import type { ScanContext, SourceFile } from '../analyzers/types.js';
import { classifyWithContent } from '../discover/classify.js';
import type { DiscoveredFile } from '../discover/files.js';
import { loadYaml, type YamlFile } from '../yaml/load.js';
import { selectDocuments } from '../yaml/select.js';
import type { RawFinding } from './finding.js';
import { isSuppressedInline } from './suppress.js';
import { LineIndex } from './text-position.js';

/** A file's text made ready for the rules; YAML is parsed lazily, once, on first request. */
export function makeSourceFile(file: DiscoveredFile, text: string, context: Pick<ScanContext, 'diagnostic'>): SourceFile {
  let parsed: YamlFile | undefined;
  const whole = (): YamlFile => {
    if (!parsed) {
      parsed = loadYaml(file.path, text);
      for (const d of parsed.diagnostics) context.diagnostic(d);
    }
    return parsed;
  };
  return {
    ...file,
    kind: classifyWithContent(file.path, text),
    text,
    lines: new LineIndex(text),
    yaml(keep) {
      if (!keep || parsed) return whole();
      const selected = selectDocuments(text, keep);
      if (selected === null) return { documents: [], lineCounter: new LineCounter(), diagnostics: [], ok: true };
      if (selected === text) return whole();
      // Kept documents that do not parse cleanly once the others are blanked: the parser's
      // recovery may depend on the blanked text, so the file is parsed whole, as it was written.
      const result = loadYaml(file.path, selected);
      return result.diagnostics.length === 0 ? result : whole();
    },
  };
}

/**
 * Runs every file rule on one file (from disk, the index or a commit alike) and applies inline
 * suppression. A rule that throws becomes a diagnostic; the other rules' findings are kept.
 */
export function analyzeFile(source: SourceFile, context: ScanContext): { findings: RawFinding[]; suppressed: number } {
  const findings: RawFinding[] = [];
  for (const rule of FILE_RULES) {
    try {
      if (rule.appliesTo(source)) findings.push(...rule.check(source, context));
    } catch (error) {
      context.diagnostic({ file: source.path, level: 'error', code: 'rule-failed', message: `rule ${rule.meta.id} failed on this file: ${String(error)}` });
    }
  }
  const kept = findings.filter((f) => !isSuppressedInline(f, source.lines));
  return { findings: kept, suppressed: findings.length - kept.length };
}

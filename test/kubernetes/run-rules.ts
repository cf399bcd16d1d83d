/** Runs a list of file rules over in-memory files, as the scan would, for rule tests. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { makeSourceFile } from '../../src/core/analyze.js';
import type { Diagnostic, RawFinding } from '../../src/core/finding.js';
import { silentLogger } from '../../src/core/logger.js';
import { defaultSettings, type Settings } from '../../src/core/settings.js';
import type { FileKind } from '../../src/discover/classify.js';
import type { DiscoveredFile } from '../../src/discover/files.js';
import type { FileRule, ScanContext, SourceFile } from '../../src/analyzers/types.js';
import { renderFixture } from '../helpers/fixtures.js';

export interface MemoryFile {
  path: string;
  text: string;
  /** Defaults to the classifier's answer for the path. */
  kind?: FileKind;
  /** Absolute path, when the file is on disk (rules that read other files need it). */
  absPath?: string;
}

export interface RuleRun {
  findings: RawFinding[];
  diagnostics: Diagnostic[];
  sources: SourceFile[];
}

/** `prepare` may wrap a source before the rules see it (to count what they ask of it). */
export function runRules(rules: readonly FileRule[], files: MemoryFile[], settings: Partial<Settings> = {}, prepare?: (source: SourceFile) => void): RuleRun {
  const diagnostics: Diagnostic[] = [];
  const discovered: DiscoveredFile[] = files.map((f) => ({ absPath: f.absPath ?? `/nonexistent/${f.path}`, path: f.path, tracked: true }));
  const context: ScanContext = { settings: defaultSettings('/nonexistent', settings), logger: silentLogger, files: discovered, diagnostic: (d) => diagnostics.push(d) };
  const findings: RawFinding[] = [];
  const sources: SourceFile[] = [];
  files.forEach((f, i) => {
    const source = makeSourceFile(discovered[i]!, f.text.replace(/^\uFEFF/, ''), context);
    if (f.kind) source.kind = f.kind;
    prepare?.(source);
    sources.push(source);
    for (const rule of rules) if (rule.appliesTo(source)) findings.push(...rule.check(source, context));
  });
  return { findings, diagnostics, sources };
}

/** The compact form tests compare against. */
export function brief(f: RawFinding): string {
  return `${f.ruleId} ${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
}

/**
 * Renders every file of a fixture folder (`<<provider:kind>>` tokens become fresh keys) and runs
 * the rules over them, with paths relative to the folder and kinds from the classifier.
 */
export function runFixtureDir(rules: readonly FileRule[], dir: string, settings: Partial<Settings> = {}, kindOf?: (rel: string) => FileKind | undefined) {
  const files: MemoryFile[] = [];
  const keys: { file: string; line: number; column: number; key: string }[] = [];
  const visit = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = path.join(d, name);
      if (statSync(abs).isDirectory()) {
        visit(abs);
        continue;
      }
      const rel = path.relative(dir, abs).split(path.sep).join('/');
      const rendered = renderFixture(abs);
      for (const k of rendered.keys) keys.push({ file: rel, line: k.line, column: k.column, key: k.key });
      const kind = kindOf?.(rel);
      files.push({ path: rel, absPath: abs, text: rendered.text, ...(kind ? { kind } : {}) });
    }
  };
  visit(dir);
  return { ...runRules(rules, files, settings), keys };
}

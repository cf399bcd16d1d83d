/** Builds SourceFiles and runs the github-actions rules on them directly, without a scan. */
import type { Diagnostic, RawFinding } from '../../src/core/finding.js';
import { silentLogger } from '../../src/core/logger.js';
import { defaultSettings, type Settings } from '../../src/core/settings.js';
import { makeSourceFile } from '../../src/core/analyze.js';
import type { FileKind } from '../../src/discover/classify.js';
import { GITHUB_ACTIONS_RULES } from '../../src/analyzers/github-actions/index.js';
import type { ScanContext, SourceFile } from '../../src/analyzers/types.js';

export interface RuleRun {
  findings: RawFinding[];
  diagnostics: Diagnostic[];
  source: SourceFile;
}

/** Runs every github-actions rule (or only `ruleId`) on one file's text, as `kind`. */
export function runRules(path: string, text: string, options: { kind?: FileKind; ruleId?: string; settings?: Partial<Settings> } = {}): RuleRun {
  const diagnostics: Diagnostic[] = [];
  const context: ScanContext = { settings: defaultSettings('/repo', options.settings), logger: silentLogger, files: [], diagnostic: (d) => diagnostics.push(d) };
  const source = makeSourceFile({ path, absPath: `/repo/${path}`, tracked: null }, text, context);
  if (options.kind) source.kind = options.kind;
  const findings: RawFinding[] = [];
  for (const rule of GITHUB_ACTIONS_RULES) {
    if (options.ruleId && rule.meta.id !== options.ruleId) continue;
    if (rule.appliesTo(source)) findings.push(...rule.check(source, context));
  }
  return { findings, diagnostics, source };
}

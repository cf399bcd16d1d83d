/**
 * The large libraries a scan may need, loaded only when it does (a pre-commit scan of a Python
 * change needs none, and loading them was a fifth of its start-up): the YAML parser, and GitHub's
 * expression parser with it, for any file that is not a plain file (every rule and detector that
 * parses YAML looks only at such files, or at the kustomizations and pipelines among them), and
 * re2js for patterns: the configuration's custom detectors, allow patterns and allowlists, and the
 * include globs of GitLab pipelines. Each scan entry point awaits this before analysing; the
 * libraries' holders (src/yaml/library.ts, src/analyzers/expressions/library.ts, src/util/re2.ts)
 * throw a clear internal error where a load point was missed.
 */
import { loadExpressionsLibrary } from '../analyzers/expressions/library.js';
import { classify, isKustomizationFile, type FileKind } from '../discover/classify.js';
import { loadRe2 } from '../util/re2.js';
import { loadYamlLibrary } from '../yaml/library.js';
import type { Settings } from './settings.js';

/** Every file kind but a plain file may be parsed as YAML. */
export function mayParseYaml(kind: FileKind): boolean {
  return kind !== 'other';
}

/** Whether the configuration asks for RE2 patterns of its own. */
export function settingsNeedRe2(settings: Pick<Settings, 'customDetectors' | 'allow' | 'allowlists'>): boolean {
  return (settings.customDetectors?.length ?? 0) > 0 || settings.allow.patterns.length > 0 || (settings.allowlists?.length ?? 0) > 0;
}

/**
 * Loads what analysing files among `paths` (the scan's whole file list, which pipelines and
 * kustomizations are looked for in) may need under `settings`; `'all'` loads both, for scans
 * whose files are not known in advance (history, pull-request commits).
 */
export async function loadLibrariesFor(settings: Pick<Settings, 'customDetectors' | 'allow' | 'allowlists'>, paths: Iterable<string> | 'all', kinds: Iterable<FileKind> = []): Promise<void> {
  let yaml = paths === 'all';
  let re2 = paths === 'all' || settingsNeedRe2(settings);
  const seen = (kind: FileKind) => {
    if (mayParseYaml(kind)) yaml = true;
    if (kind === 'gitlab-ci') re2 = true;
  };
  if (paths !== 'all') {
    for (const path of paths) {
      seen(classify(path));
      // The kustomize rules parse it whatever file they look at (test/core/libraries-kustomization.test.ts).
      if (isKustomizationFile(path)) yaml = true;
    }
  }
  for (const kind of kinds) seen(kind);
  // The structural rules apply only to files that may be YAML: they come with it. Imported here,
  // not statically: the settings import this module, and must not wait for the rules' code (a
  // staged scan starts git meanwhile).
  const allRules = async () => (await import('../analyzers/active-rules.js')).loadAllFileRules();
  await Promise.all([yaml ? loadYamlLibrary() : null, yaml ? loadExpressionsLibrary() : null, yaml ? allRules() : null, re2 ? loadRe2() : null]);
}

/** What reading a configuration needs: its YAML, and RE2 to check the patterns it holds. */
export async function loadConfigLibraries(): Promise<void> {
  await Promise.all([loadYamlLibrary(), loadRe2()]);
}

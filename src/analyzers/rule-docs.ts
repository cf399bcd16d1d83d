/**
 * Documentation data of the rules: the severities each rule can emit and when, and one example
 * of what it reports with its fix. test/docs/rules-docs.test.ts renders docs/rules/*.md from it and
 * runs every example through the real scan (the bad one must report the rule at its line, the
 * fixed one must not), so the pages cannot drift from the code. Each area keeps its entries in
 * its own docs.ts; nothing here is imported by the scan, so none of it reaches the bundles.
 *
 * Examples never hold a key-shaped literal (the repository passes its own scan): a key is written
 * as a `<<provider:kind>>` token (the test key generator's names, test/helpers/keys.ts), shown on
 * the page as `<provider-kind-key>` and replaced by a freshly generated key when tested.
 */
import type { Severity } from '../core/finding.js';
import type { Settings } from '../core/settings.js';
import { BROWSER_EXPOSURE_DOCS } from './browser-exposure/docs.js';
import { COMMAND_DOCS } from './commands/docs.js';
import { CONTAINER_DOCS } from './containers/docs.js';
import { ENV_FILE_DOCS } from './env-files/docs.js';
import { GITHUB_ACTIONS_DOCS } from './github-actions/docs.js';
import { GITLAB_CI_DOCS } from './gitlab-ci/docs.js';
import { KUBERNETES_DOCS } from './kubernetes/docs.js';
import { HARDCODED_SECRET_DOCS } from './text-docs.js';

export interface SeverityCase {
  severity: Severity;
  /** When the rule reports at this severity (a sentence fragment: "a literal that …"). */
  when: string;
}

export interface RuleExample {
  /** The example file's path from the repository root. */
  file: string;
  /** The file that the rule reports on (`<<provider:kind>>` marks a generated key). */
  bad: string;
  /** The same file, fixed. */
  fixed: string;
  /** The 1-based line the finding is reported at; null for a finding about the whole file. */
  line: number | null;
  /** Other files of the repository on the bad side (e.g. a kustomization that reads the file). */
  others?: Record<string, string>;
  /** Other files of the repository on the fixed side (default: `others`). */
  fixedOthers?: Record<string, string>;
  /**
   * A git repository: `all` commits every file, `others` commits the other files and leaves the
   * example file untracked. Default: a plain folder.
   */
  git?: 'all' | 'others';
  /** Configuration the rule needs to report at all (e.g. an opt-in check). */
  settings?: Partial<Pick<Settings, 'kubernetes'>>;
  /** A sentence under the example: what changed and why. */
  note?: string;
}

export interface RuleDoc {
  severities: SeverityCase[];
  example: RuleExample;
}

/** Every documented rule, by id. A rule without an entry fails the docs test, naming the rule. */
export const RULE_DOCS: Readonly<Record<string, RuleDoc>> = {
  ...HARDCODED_SECRET_DOCS,
  ...ENV_FILE_DOCS,
  ...GITHUB_ACTIONS_DOCS,
  ...GITLAB_CI_DOCS,
  ...KUBERNETES_DOCS,
  ...CONTAINER_DOCS,
  ...BROWSER_EXPOSURE_DOCS,
  ...COMMAND_DOCS,
};

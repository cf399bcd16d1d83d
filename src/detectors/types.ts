import type { Encoding, Severity } from '../core/finding.js';

/** One credential found in a text, by offsets into that text. */
export interface DetectorMatch {
  start: number;
  end: number;
  secret: string;
  /** The provider prefix of the secret that redaction may show (e.g. `sk-proj-`). */
  prefix: string;
  /** What kind of credential this is, for the message (e.g. "project key"). */
  kind: string;
  /** Set when the detector itself decoded the value (e.g. a docker config `auth`). */
  decodedFrom?: Encoding[];
  /** Below the detector's severity for this match (e.g. a guessable password in a URL: medium). */
  severity?: Severity;
}

/** What a detector may need beyond the text: the user's secret-name settings. */
export interface DetectContext {
  secretNames?: { extra?: readonly string[]; ignore?: readonly string[] };
  /**
   * Where the words a detector tracks through the prefilter occur in this text (see
   * `KeywordPrefilter`'s `track`), ascending; absent when the caller did not run the prefilter.
   */
  trackedAt?: readonly number[];
  /**
   * `code` for source files of programming languages, where a string literal is quoted and an
   * unquoted right-hand side is an expression, identifier or type (`api_key: ApiKeyT | None`,
   * `credentials=credentials`). Absent for data, config, shell and decoded text.
   */
  language?: 'code';
  /**
   * The text is YAML: a plain or quoted scalar continues on more-indented lines, so a key may be
   * folded over them (see continuations.ts).
   */
  yaml?: boolean;
  /**
   * The text is a file gitlab-ci-literal-variable reads (a pipeline or plain YAML, not decoded):
   * only there is a URL password for one of a job's service containers left to that rule.
   */
  gitlabPipeline?: boolean;
}

/** What a detector says about its provider, whatever way it finds keys. */
export interface DetectorInfo {
  /** Rule id of the findings (e.g. `openai-api-key`). */
  id: string;
  provider: string;
  /** What a leaked credential grants, for the rule's description. */
  grants: string;
  severity: Severity;
  /** One line saying what to do, with the provider's rotation page. */
  remediation: string;
  helpUri: string;
}

/** A catalogue entry: how to find one provider's credentials and what to do about them. */
export interface Detector extends DetectorInfo {
  /**
   * Cheap literal keywords (matched case-insensitively, except `exactKeywords`): the detector runs
   * only on text that contains one.
   */
  keywords: string[];
  /**
   * Keywords among `keywords` that count only as written, case included: a prefix every key has
   * in that case (Twilio's `SK`), where any case would choose the detector for `task` and `disk`
   * in nearly every file, with nothing for it to find there.
   */
  exactKeywords?: readonly string[];
  /** Checks beyond the shape, named for the documentation (e.g. "entropy", "context"). */
  validators?: readonly string[];
  find(text: string, context?: DetectContext): DetectorMatch[];
}

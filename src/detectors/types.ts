import type { Severity } from '../core/finding.js';

/** One credential found in a text, by offsets into that text. */
export interface DetectorMatch {
  start: number;
  end: number;
  secret: string;
  /** The provider prefix of the secret that redaction may show (e.g. `sk-proj-`). */
  prefix: string;
  /** What kind of credential this is, for the message (e.g. "project key"). */
  kind: string;
}

/** A catalogue entry: how to find one provider's credentials and what to do about them. */
export interface Detector {
  /** Rule id of the findings (e.g. `openai-api-key`). */
  id: string;
  provider: string;
  /** What a leaked credential grants, for the rule's description. */
  grants: string;
  /** Cheap literal keywords: the detector runs only on text that contains one. */
  keywords: string[];
  severity: Severity;
  /** One line saying what to do, with the provider's rotation page. */
  remediation: string;
  helpUri: string;
  find(text: string): DetectorMatch[];
}

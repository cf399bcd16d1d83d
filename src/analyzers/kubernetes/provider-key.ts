import { DETECTORS } from '../../detectors/catalogue.js';
import { KeywordPrefilter } from '../../detectors/prefilter.js';

// The generic name=value rule is not a provider: a value it matches still deserves this finding.
const prefilter = new KeywordPrefilter(DETECTORS.filter((d) => d.id !== 'generic-secret'));

/** True when the text holds a credential the provider catalogue knows (the text rule reports it). */
export function containsProviderKey(text: string): boolean {
  return prefilter.candidates(text).some((detector) => detector.find(text).length > 0);
}

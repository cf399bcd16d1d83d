import { DETECTORS } from '../../detectors/catalogue.js';
import { KeywordPrefilter } from '../../detectors/prefilter.js';

// The generic name=value rule is not a provider: a value it matches still deserves this finding.
// Built on first use: most scans never ask (a kustomize source, a Kubernetes value), and a second
// prefilter built at start made V8 optimise the constructor on a background thread that the
// process then waited for at exit (about 25 ms of a staged scan).
let prefilter: KeywordPrefilter | null = null;

/** True when the text holds a credential the provider catalogue knows (the text rule reports it). */
export function containsProviderKey(text: string): boolean {
  prefilter ??= new KeywordPrefilter(DETECTORS.filter((d) => d.id !== 'generic-secret'));
  return prefilter.candidates(text).some((detector) => detector.find(text).length > 0);
}

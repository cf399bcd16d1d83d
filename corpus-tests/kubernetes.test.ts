import path from 'node:path';
import { test } from 'vitest';
import { KUBERNETES_RULES } from '../src/analyzers/kubernetes/index.js';
import { mayHoldManifests } from '../src/analyzers/kubernetes/objects.js';
import { classify } from '../src/discover/classify.js';
import { checkRulesOverCorpus } from './check-rules.js';

test('kubernetes rules over the real-world k8s and k8s-helm corpus: no crash, every file parsed or diagnosed, every high/critical finding expected', () => {
  checkRulesOverCorpus({
    rules: KUBERNETES_RULES,
    dirs: ['k8s', 'k8s-helm'],
    kindOf: (name) => classify(name),
    minFiles: 40,
    // Files none of these rules look at (CRDs, non-manifests) are the text scan's business.
    looksAt: (source) => mayHoldManifests(source) || source.kind === 'helm-values' || source.kind === 'kustomization',
    expectedFile: path.join(import.meta.dirname, 'kubernetes-expected.json'),
  });
});

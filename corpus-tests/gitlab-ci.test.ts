import path from 'node:path';
import { test } from 'vitest';
import { GITLAB_CI_RULES } from '../src/analyzers/gitlab-ci/index.js';
import { checkRulesOverCorpus } from './check-rules.js';

test('gitlab-ci rules over the real-world gitlab corpus (every file treated as a pipeline file): no crash, every file parsed or diagnosed, every high/critical finding expected', () => {
  checkRulesOverCorpus({
    rules: GITLAB_CI_RULES,
    dirs: ['gitlab'],
    kindOf: () => 'gitlab-ci',
    minFiles: 500,
    looksAt: (source) => /\.ya?ml$/.test(source.path),
    expectedFile: path.join(import.meta.dirname, 'gitlab-ci-expected.json'),
  });
});

/** What a pull request's config would relax, compared with its base commit's (the notes' words). */
import { describe, expect, it } from 'vitest';
import { relaxations } from '../../src/action/relaxations.js';

describe('relaxations', () => {
  it('names rules turned off or lowered, and counts new allow entries without quoting them', () => {
    const notes = relaxations(
      { rules: { 'groq-api-key': 'critical', 'npm-token': 'off' }, allow: { paths: ['fixtures/**'] } },
      {
        rules: { 'openai-api-key': 'off', 'groq-api-key': 'low', 'npm-token': 'high' },
        allow: { paths: ['fixtures/**', '`<img src=x>`/**'], patterns: ['.*'] },
        exclude: ['src/**'],
        decodeDepth: 0,
      },
    );
    expect(notes).toEqual([
      'turns off `openai-api-key`',
      'sets `groq-api-key` to low',
      'adds 1 `allow.paths` entry',
      'adds 1 `allow.patterns` entry',
      'adds 1 `exclude` entry',
      'lowers `decodeDepth` to 0',
    ]);
    expect(notes.join(' ')).not.toContain('img');
  });

  it('finds nothing to say when the pull request only tightens', () => {
    expect(relaxations({ rules: { 'npm-token': 'off' }, decodeDepth: 2 }, { rules: { 'npm-token': 'high', 'openai-api-key': 'critical' }, decodeDepth: 4, kubernetes: { strictSecretEnv: true } })).toEqual([]);
    // Below a rule's (or a category's highest) default severity is a relaxation even without a base entry.
    expect(relaxations({}, { rules: { 'openai-api-key': 'medium', 'hardcoded-secret': 'low' } })).toEqual(['sets `openai-api-key` to medium', 'sets `hardcoded-secret` to low']);
  });
});

/**
 * generic-secret follows the access-key-id policy of the structural rules: the id half of an
 * access key pair under an `accessKey`-style name is low (it would otherwise keep a merged finding
 * at medium for a value the Secret rule calls low); the secret half stays medium in code and high
 * in a Secret.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { base64, randomBody, randomString } from '../helpers/keys.js';
import { cleanupTempDirs } from '../helpers/repo.js';
import { scanTree } from '../helpers/scan.js';

afterAll(cleanupTempDirs);

const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const MIXED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

describe('generic-secret and access key ids', () => {
  it('reports the id half at low and the secret half at its usual severity', async () => {
    const id = `Q${randomBody(19, UPPER_DIGITS)}`;
    // A leading digit: a random body can read as a camelCase name (`gyuFmsv26sQzj6…`; about one in
    // 1,500 at 40 characters), which the generic rule and the Secret's high bar rightly skip.
    const secret = randomString(1, '0123456789') + randomBody(39, MIXED);
    const report = await scanTree({
      'src/storage.py': `access_key = "${id}"\nsecret_key = "${secret}"\n`,
      'k8s/secret.yaml': [
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: storage',
        'data:',
        // As `echo KEY | base64` writes it: the line break is encoded too.
        `  aws-access-key: ${base64(`${id}\n`)}`,
        `  aws-secret-key: ${base64(secret)}`,
        '',
      ].join('\n'),
    });
    const located = report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity}`).sort();
    // The id in code is below generic-secret's bar (upper case and digits only): not reported.
    expect(located).toEqual(['k8s/secret.yaml:6:19 low', 'k8s/secret.yaml:7:19 high', 'src/storage.py:2:15 medium']);
  });

  it('keeps a long mixed value under an accessKey name at medium: it looks like the secret, not the id', async () => {
    const report = await scanTree({ 'src/storage.py': `access_key = "${randomBody(38, MIXED)}+/"\n` });
    expect(report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.severity}`)).toEqual(['src/storage.py:1:15 generic-secret medium']);
  });
});

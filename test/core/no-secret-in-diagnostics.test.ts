/** Parse errors quote the text they stop at; that text can be the secret itself. */
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/validate.js';
import { describeYamlError } from '../../src/yaml/load.js';
import { openaiKey } from '../helpers/keys.js';
import { cleanupTempDirs } from '../helpers/repo.js';
import { scanTree } from '../helpers/scan.js';

afterAll(cleanupTempDirs);

describe('no secret in diagnostics or configuration errors', () => {
  it('a YAML error right at a key names line, column and error code, never the key', async () => {
    const key = openaiKey('proj');
    const report = await scanTree({ '.github/workflows/ci.yml': `on: push\nenv:\n  OPENAI_API_KEY: >${key}\n  B: "${key}\n` });
    const diagnostic = report.diagnostics.find((d) => d.code === 'yaml-invalid');
    expect(diagnostic?.message).toMatch(/^not valid YAML \(line 3, column \d+: .*\[[A-Z_]+\]\); scanned as text$/);
    expect(JSON.stringify(report)).not.toContain(key.slice(8, 40));
    // The key itself is still found and redacted.
    expect(report.findings.some((f) => f.ruleId === 'openai-api-key' && f.line === 3)).toBe(true);
  });

  it('an unparsable config file is reported without quoting it', () => {
    const key = openaiKey('admin');
    let message = '';
    try {
      parseConfig(`[core]\n\textraheader = basic ${key}\n`, '.openai-secret-lint.yml');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('invalid configuration');
    expect(message).not.toContain(key.slice(9, 30));
  });

  it('describeYamlError names the error by its code and never reads the message', () => {
    expect(describeYamlError({ code: 'BAD_SCALAR_START', message: 'Plain value cannot start with "@x": at line 1' })).toBe('a plain value cannot start with this character [BAD_SCALAR_START]');
    expect(describeYamlError({ code: 'BAD_DIRECTIVE', message: 'Unsupported YAML version secret-value' })).toBe('a bad or unknown directive [BAD_DIRECTIVE]');
    expect(describeYamlError({ code: 'NOT A CODE: secret-value', message: '' })).toBe('a syntax error [UNKNOWN]');
  });
});

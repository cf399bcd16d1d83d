import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { scan } from '../../src/core/scan.js';
import { defaultSettings } from '../../src/core/settings.js';
import { renderTemplate } from '../helpers/fixtures.js';
import { scanTree } from '../helpers/scan.js';

describe('browser-exposure through the whole scan', () => {
  test('a literal key under a public name: hardcoded-secret from the text rule, secret-exposure from this one, both redacted', async () => {
    const env = renderTemplate('VITE_MODEL=gpt-4o\nVITE_OPENAI_API_KEY=<<openai:proj>>\n');
    const app = renderTemplate("import OpenAI from 'openai';\nconst ai = new OpenAI({ apiKey: import.meta.env.VITE_OPENAI_API_KEY, dangerouslyAllowBrowser: true });\n");
    const report = await scanTree({ '.env.production': env.text, 'src/chat.ts': app.text });
    const mine = report.findings.filter((f) => f.category === 'secret-exposure').map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.severity}`);
    expect(mine.sort()).toEqual([
      '.env.production:2:1 public-prefix-secret high',
      'src/chat.ts:2:33 llm-client-public-env-key high',
      'src/chat.ts:2:70 llm-client-in-browser high',
    ]);
    const hardcoded = report.findings.filter((f) => f.category === 'hardcoded-secret' && f.file === '.env.production');
    expect(hardcoded.map((f) => `${f.line}:${f.column}`)).toEqual([`${env.keys[0]!.line}:${env.keys[0]!.column}`]);
    expect(JSON.stringify(report)).not.toContain(env.keys[0]!.key);
  });

  test('inline suppression applies to these rules like any other', async () => {
    const report = await scanTree({ '.env.example': '# openai-secret-lint:ignore[public-prefix-secret] shown to users on purpose\nVITE_OPENAI_API_KEY=\n' });
    expect(report.findings.filter((f) => f.ruleId === 'public-prefix-secret')).toEqual([]);
    expect(report.stats.suppressed).toBeGreaterThanOrEqual(1);
  });

  test("this area's sources, tests and fixtures pass the scan (fixtures end in .fixture)", async () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const targets = ['src/analyzers/browser-exposure', 'test/browser-exposure', 'test/fixtures/browser-exposure'].map((t) => path.join(root, t));
    const report = await scan(defaultSettings(root, { targets }), silentLogger);
    expect(report.stats.filesScanned).toBeGreaterThan(30);
    expect(report.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual([]);
  });
});

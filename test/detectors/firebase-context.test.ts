/**
 * A Firebase client config's `AIza…` key is public by design: low, with the reason, wherever a
 * Firebase config holds it (web config, google-services.json, GoogleService-Info.plist, a
 * workflow's `*FIREBASE*` env). The same shape elsewhere (Gemini, Google Cloud) stays high.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { generateKey } from '../helpers/keys.js';
import { cleanupTempDirs } from '../helpers/repo.js';
import { scanTree } from '../helpers/scan.js';

afterAll(cleanupTempDirs);

const googleServicesJson = (key: string) =>
  JSON.stringify(
    {
      project_info: { project_number: '123456789012', project_id: 'demo-app-1', storage_bucket: 'demo-app-1.appspot.com' },
      client: [
        {
          client_info: { mobilesdk_app_id: '1:123456789012:android:0a1b2c3d4e5f6789', android_client_info: { package_name: 'com.example.demo' } },
          oauth_client: [{ client_id: '123456789012-abc.apps.googleusercontent.com', client_type: 3 }],
          api_key: [{ current_key: key }],
          services: { appinvite_service: { other_platform_oauth_client: [] } },
        },
      ],
      configuration_version: '1',
    },
    null,
    2,
  ) + '\n';

const plist = (key: string) =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<plist version="1.0">',
    '<dict>',
    '\t<key>API_KEY</key>',
    `\t<string>${key}</string>`,
    '\t<key>GCM_SENDER_ID</key>',
    '\t<string>123456789012</string>',
    '\t<key>STORAGE_BUCKET</key>',
    '\t<string>demo-app-1.appspot.com</string>',
    '\t<key>GOOGLE_APP_ID</key>',
    '\t<string>1:123456789012:ios:0a1b2c3d4e5f6789</string>',
    '</dict>',
    '</plist>',
    '',
  ].join('\n');

const workflow = (name: string, key: string) => `on: push\njobs:\n  d:\n    runs-on: ubuntu-latest\n    env:\n      ${name}: ${key}\n    steps:\n      - run: npm run build\n`;

describe('Firebase client keys', () => {
  it('are low in every Firebase config, with the reason said, and the Google key elsewhere stays high', async () => {
    const keys = Array.from({ length: 6 }, () => generateKey('firebase:web'));
    const report = await scanTree({
      'android/app/google-services.json': googleServicesJson(keys[0]!),
      'ios/GoogleService-Info.plist': plist(keys[1]!),
      '.github/workflows/deploy.yml': workflow('VITE_FIREBASE_API_KEY', keys[2]!),
      '.github/workflows/gemini.yml': workflow('GEMINI_API_KEY', keys[3]!),
      'gemini.py': `import google.generativeai as genai\ngenai.configure(api_key="${keys[4]}")\n`,
      'deploy/settings.json': `{\n  "maps": { "current_keys": 2 },\n  "apiKey": "${keys[5]}"\n}\n`,
    });
    const seen = report.findings
      .map((f) => ({ file: f.file, line: f.line, column: f.column, ruleId: f.ruleId, severity: f.severity }))
      .sort((a, b) => a.file.localeCompare(b.file));
    expect(seen).toEqual([
      // One finding per problem: the workflow rule's, with the key's own rule related.
      { file: '.github/workflows/deploy.yml', line: 6, column: 30, ruleId: 'gha-literal-secret', severity: 'low' },
      { file: '.github/workflows/gemini.yml', line: 6, column: 23, ruleId: 'gha-literal-secret', severity: 'high' },
      { file: 'android/app/google-services.json', line: 23, column: 27, ruleId: 'firebase-web-api-key', severity: 'low' },
      { file: 'deploy/settings.json', line: 3, column: 14, ruleId: 'google-api-key', severity: 'high' },
      { file: 'gemini.py', line: 2, column: 26, ruleId: 'google-api-key', severity: 'high' },
      { file: 'ios/GoogleService-Info.plist', line: 5, column: 10, ruleId: 'firebase-web-api-key', severity: 'low' },
    ]);
    for (const f of report.findings.filter((x) => x.severity === 'low')) expect(f.message).toMatch(/public by design/);
    const related = (file: string) => report.findings.find((f) => f.file === file)!.relatedRules;
    expect(related('.github/workflows/deploy.yml')).toEqual(['firebase-web-api-key']);
    expect(related('.github/workflows/gemini.yml')).toEqual(['google-api-key']);
  });
});

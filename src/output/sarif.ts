import type { Category, Finding, Report, RuleMeta, Severity } from '../core/finding.js';
import { logSafeJson } from './escape.js';

/**
 * SARIF 2.1.0 for code scanning: one run, every known rule in `tool.driver.rules` (so a result's
 * ruleIndex stays valid whatever was found), results with our stable fingerprint. The Report
 * holds only redacted secrets, and only the redacted form is ever written here.
 */

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const FINGERPRINT_KEY = 'openaiSecretLint/v1';
const INFORMATION_URI = 'https://github.com/openai-secret-lint/openai-secret-lint';

/** GitHub maps security-severity to critical (>= 9), high (>= 7), medium (>= 4) and low. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };

/** Generic advice per category, used in a rule's help when no finding names a better one. */
const CATEGORY_REMEDIATION: Record<Category, string> = {
  'hardcoded-secret': 'Revoke and rotate the credential at its provider, remove it from the file and its history, and read it from a secret store instead.',
  'encoded-secret': 'Encoding does not hide a credential: revoke and rotate it, remove it, and read it from a secret store instead.',
  'unprotected-env-file': 'Stop committing the env file: add it to .gitignore, remove it from the repository, and rotate any credential it held.',
  'unsafe-injection': 'Pass the credential through the platform secret store (GitHub secrets, masked GitLab variables, Kubernetes Secrets) instead of a literal or plain variable.',
  'secret-exposure': 'Limit where the secret goes: do not print, export or pass it to steps and jobs that do not need it.',
};

export function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return LEVEL[severity];
}

export function securitySeverity(severity: Severity): string {
  return SECURITY_SEVERITY[severity];
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: unknown[];
}

/**
 * What `%SRCROOT%` (the base of every result's path) is: a description, and where known its
 * absolute `file:` URI ending in `/`, so code scanning resolves the paths against the repository.
 */
export interface SarifSourceRoot {
  description: string;
  uri?: string;
}

const DEFAULT_SOURCE_ROOT: SarifSourceRoot = { description: 'The scanned directory: every result path is relative to it.' };

export function buildSarif(report: Report, knownRules: readonly RuleMeta[] = report.rules ?? [], sourceRoot: SarifSourceRoot = DEFAULT_SOURCE_ROOT): SarifLog {
  const rules = new Map<string, RuleMeta>(knownRules.map((r) => [r.id, r]));
  // A finding under an id no registry lists still needs a rule entry.
  for (const f of report.findings) {
    if (!rules.has(f.ruleId)) {
      rules.set(f.ruleId, { id: f.ruleId, category: f.category, severity: f.severity, description: f.message, helpUri: INFORMATION_URI });
    }
  }
  const ordered = [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new Map(ordered.map((r, i) => [r.id, i]));
  const remediationOf = new Map<string, string>();
  for (const f of report.findings) if (!remediationOf.has(f.ruleId)) remediationOf.set(f.ruleId, f.remediation);

  const notifications = report.diagnostics
    .filter((d) => d.level !== 'info')
    .map((d) => ({
      level: d.level === 'error' ? 'error' : 'warning',
      message: { text: d.message },
      descriptor: { id: d.code },
      ...(d.file ? { locations: [{ physicalLocation: { artifactLocation: { uri: encodeUri(d.file), uriBaseId: '%SRCROOT%' } } }] } : {}),
    }));

  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: INFORMATION_URI,
            rules: ordered.map((meta) => sarifRule(meta, remediationOf.get(meta.id) ?? CATEGORY_REMEDIATION[meta.category])),
          },
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        originalUriBaseIds: { '%SRCROOT%': { ...(sourceRoot.uri ? { uri: sourceRoot.uri } : {}), description: { text: sourceRoot.description } } },
        columnKind: 'unicodeCodePoints',
        results: report.findings.map((f) => sarifResult(f, index.get(f.ruleId) ?? 0)),
      },
    ],
  };
}

export function renderSarif(report: Report, sourceRoot?: SarifSourceRoot): string {
  return logSafeJson(JSON.stringify(buildSarif(report, report.rules ?? [], sourceRoot), null, 2)) + '\n';
}

function sarifRule(meta: RuleMeta, remediation: string) {
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: firstSentence(meta.description) },
    fullDescription: { text: meta.description },
    help: {
      text: `${meta.description}\n\nRemediation: ${remediation}\n\nMore: ${meta.helpUri}`,
      markdown: `${meta.description}\n\n**Remediation:** ${remediation}\n\n[More information](${meta.helpUri})`,
    },
    helpUri: meta.helpUri,
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: {
      tags: ['security', 'secrets', meta.category, 'external/cwe/cwe-798'],
      precision: 'high',
      'problem.severity': meta.severity === 'low' ? 'recommendation' : LEVEL[meta.severity],
      'security-severity': SECURITY_SEVERITY[meta.severity],
    },
  };
}

function sarifResult(f: Finding, ruleIndex: number) {
  const secret = f.secret ? ` Secret: ${f.secret}${f.decodedFrom ? ` (decoded from ${f.decodedFrom.join(' → ')})` : ''}.` : '';
  const region =
    f.line === null
      ? undefined
      : {
          startLine: f.line,
          ...(f.column !== null ? { startColumn: f.column } : {}),
          ...(f.endLine !== null ? { endLine: f.endLine } : {}),
          ...(f.endColumn !== null ? { endColumn: f.endColumn } : {}),
        };
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: `${f.message}${secret} Fix: ${f.remediation}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeUri(f.file), uriBaseId: '%SRCROOT%' },
          ...(region ? { region } : {}),
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    properties: {
      severity: f.severity,
      category: f.category,
      ...(f.yamlPath ? { yamlPath: f.yamlPath } : {}),
      ...(f.commit ? { commit: f.commit } : {}),
      ...(f.verification ? { verification: f.verification } : {}),
      ...(f.relatedRules ? { relatedRules: f.relatedRules } : {}),
    },
  };
}

/** `openai-api-key` -> `OpenaiApiKey`: SARIF names are identifiers, ids stay as they are. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(\s|$)/.exec(text);
  return match ? match[1]! : text;
}

/** A relative URI reference for a POSIX path (spaces, `#`, `%` and non-ASCII escaped). */
function encodeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

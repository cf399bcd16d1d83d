export const id = 471;
export const ids = [471,906];
export const modules = {

/***/ 1471:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EXIT: () => (/* binding */ EXIT),
  enableHeapHold: () => (/* reexport */ heap_growth/* enableHeapHold */.xE),
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build-emit/src/core/errors.js
var errors = __webpack_require__(7144);
// EXTERNAL MODULE: ./.build-emit/src/util/git.js + 2 modules
var git = __webpack_require__(2622);
// EXTERNAL MODULE: ./.build-emit/src/core/finding.js
var finding = __webpack_require__(8906);
// EXTERNAL MODULE: ./.build-emit/src/core/incomplete.js
var core_incomplete = __webpack_require__(6575);
// EXTERNAL MODULE: ./.build-emit/src/core/version.js + 1 modules
var version = __webpack_require__(7137);
// EXTERNAL MODULE: ./.build-emit/src/output/escape.js
var output_escape = __webpack_require__(5230);
;// CONCATENATED MODULE: ./.build-emit/src/output/codequality.js

/**
 * GitLab Code Quality report (`artifacts:reports:codequality`, a subset of the Code Climate issue
 * format): a JSON array of issues, shown in the merge request widget and diff on every GitLab tier.
 * schemas/gitlab-codequality-report.schema.json is our reading of the format. Only redacted
 * secrets are written.
 */
const SEVERITY = { critical: 'blocker', high: 'critical', medium: 'major', low: 'minor' };
function codequalitySeverity(severity) {
    return SEVERITY[severity];
}
function buildCodequality(report) {
    return report.findings.map(issue);
}
function renderCodequality(report) {
    return (0,output_escape/* logSafeJson */.C5)(JSON.stringify(buildCodequality(report), null, 2)) + '\n';
}
function issue(f) {
    const secret = f.secret ? ` Secret: ${f.secret}${f.decodedFrom ? ` (decoded from ${f.decodedFrom.join(' \u2192 ')})` : ''}.` : '';
    const begin = f.line ?? 1;
    return {
        type: 'issue',
        check_name: f.ruleId,
        description: `${f.message}${secret} Fix: ${f.remediation}`,
        categories: ['Security'],
        // Our fingerprint is unique per finding (it counts repeated secrets) and stable when lines move.
        fingerprint: f.fingerprint,
        severity: SEVERITY[f.severity],
        location: {
            path: f.file,
            lines: { begin, ...(f.endLine !== null && f.endLine > begin ? { end: f.endLine } : {}) },
        },
    };
}

;// CONCATENATED MODULE: ./.build-emit/src/output/github.js

const ANNOTATION_LIMIT = 10;
const KIND = { critical: 'error', high: 'error', medium: 'warning', low: 'notice' };
function annotationKind(severity) {
    return KIND[severity];
}
/**
 * One annotation per finding, most severe first (the Report is already ordered that way),
 * capped per kind. `pathPrefix` turns scan-root paths into workspace paths.
 */
function planAnnotations(report, options = {}) {
    const limit = options.limit ?? ANNOTATION_LIMIT;
    const shown = [];
    const count = { error: 0, warning: 0, notice: 0 };
    const hidden = { error: 0, warning: 0, notice: 0 };
    for (const finding of report.findings) {
        // A history finding is annotated only where the scanned tip's line still holds it: elsewhere
        // the annotation would sit on a line that says something else (the link names its commit).
        if (finding.commit !== undefined && finding.lineAtTip !== true)
            continue;
        const kind = KIND[finding.severity];
        if (count[kind] >= limit) {
            hidden[kind]++;
            continue;
        }
        count[kind]++;
        shown.push(toAnnotation(finding, kind, options.pathPrefix ?? ''));
    }
    return { shown, hidden };
}
/**
 * Repository text in the message has its control characters escaped (our own line breaks stay);
 * the command syntax itself is escaped when the annotation is written (formatCommand, or
 * @actions/core in the Action).
 */
function toAnnotation(f, kind, prefix) {
    const secret = f.secret ? `\nSecret: ${(0,output_escape/* escapeControls */.UN)(f.secret)}${f.decodedFrom ? ` (decoded from ${f.decodedFrom.join(' \u2192 ')})` : ''}` : '';
    // A path with control characters in it (an ANSI escape) is shown escaped: it then names no file.
    const properties = { title: `${f.severity}: ${f.ruleId}`, file: prefix + (0,output_escape/* escapeControls */.UN)(f.file) };
    if (f.line !== null) {
        properties.startLine = f.line;
        if (f.endLine !== null)
            properties.endLine = f.endLine;
        // GitHub accepts columns only for annotations on a single line.
        if (f.endLine === null || f.endLine === f.line) {
            if (f.column !== null)
                properties.startColumn = f.column;
            if (f.endColumn !== null)
                properties.endColumn = f.endColumn;
        }
    }
    return { kind, message: `${(0,output_escape/* escapeControls */.UN)(f.message)}${secret}\nFix: ${(0,output_escape/* escapeControls */.UN)(f.remediation)}`, properties };
}
/** The sentence logged (and put in the summary) when annotations were left out; null if none. */
function hiddenNote(hidden, where = 'Every finding is in the job summary, the SARIF file and the JSON report.') {
    const parts = ['error', 'warning', 'notice'].filter((k) => hidden[k] > 0).map((k) => `${hidden[k]} more ${k}${hidden[k] === 1 ? '' : 's'}`);
    if (parts.length === 0)
        return null;
    return `GitHub shows at most ${ANNOTATION_LIMIT} annotations of each kind per step: ${parts.join(', ')} not annotated. ${where}`;
}
/** The `--format github` output: workflow commands a runner turns into annotations. */
function renderGithub(report) {
    const plan = planAnnotations(report);
    const lines = plan.shown.map(formatCommand);
    const note = hiddenNote(plan.hidden);
    if (note)
        lines.push(`::notice::${escapeData(note)}`);
    return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
const PROPERTY_NAMES = {
    title: 'title',
    file: 'file',
    startLine: 'line',
    endLine: 'endLine',
    startColumn: 'col',
    endColumn: 'endColumn',
};
function formatCommand(annotation) {
    const props = Object.keys(PROPERTY_NAMES)
        .filter((key) => annotation.properties[key] !== undefined)
        .map((key) => `${PROPERTY_NAMES[key]}=${escapeProperty(String(annotation.properties[key]))}`);
    return `::${annotation.kind} ${props.join(',')}::${escapeData(annotation.message)}`;
}
/** The escaping @actions/core applies, so a message cannot end or forge a command. */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

;// CONCATENATED MODULE: ./.build-emit/src/output/gitlab.js

/**
 * GitLab Secret Detection report (`artifacts:reports:secret_detection`, conventionally
 * gl-secret-detection-report.json), following GitLab's security report format, schema version
 * 15.x (schemas/gitlab-secret-detection-report.schema.json is our reading of it). Findings show
 * in the merge request widget and the vulnerability report. Only redacted secrets are written.
 */
const GITLAB_REPORT_VERSION = '15.0.7';
const INFORMATION_URI = 'https://github.com/openai-secret-lint/openai-secret-lint';
/** GitLab's own analyzer writes this commit sha for findings of a working tree (no commit). */
const NO_COMMIT_SHA = '0000000';
/** GitLab's severities are capitalised: Critical, High, Medium, Low (Info and Unknown unused). */
const gitlab_SEVERITY = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };
function gitlabSeverity(severity) {
    return gitlab_SEVERITY[severity];
}
function buildGitlabReport(report, options = {}) {
    const end = options.now ?? new Date();
    const start = new Date(end.getTime() - Math.max(0, report.stats.durationMs));
    const rules = new Map((report.rules ?? []).map((r) => [r.id, r]));
    const incomplete = report.diagnostics.some((d) => d.incomplete);
    const tool = { id: report.tool.name, name: report.tool.name, version: report.tool.version, vendor: { name: report.tool.name }, url: INFORMATION_URI };
    return {
        version: GITLAB_REPORT_VERSION,
        scan: {
            type: 'secret_detection',
            status: incomplete ? 'failure' : 'success',
            start_time: gitlabTime(start),
            end_time: gitlabTime(end),
            scanner: tool,
            analyzer: { id: tool.id, name: tool.name, version: tool.version, vendor: tool.vendor },
            messages: report.diagnostics
                .filter((d) => d.level !== 'info')
                .map((d) => ({ level: d.level === 'error' ? 'fatal' : 'warn', value: d.file ? `${d.file}: ${d.message}` : d.message })),
        },
        vulnerabilities: report.findings.map((f) => vulnerability(f, rules.get(f.ruleId))),
    };
}
function renderGitlab(report, options = {}) {
    return (0,output_escape/* logSafeJson */.C5)(JSON.stringify(buildGitlabReport(report, options), null, 2)) + '\n';
}
function vulnerability(f, meta) {
    const secret = f.secret ? ` Secret: ${f.secret}${f.decodedFrom ? ` (decoded from ${f.decodedFrom.join(' \u2192 ')})` : ''}.` : '';
    const description = `${f.message}${secret}${meta && meta.description !== f.message ? `\n\n${meta.description}` : ''}`;
    const line = f.line ?? 1;
    return {
        id: uuidFrom(f.fingerprint),
        category: 'secret_detection',
        name: truncate(meta ? title(meta) : f.ruleId, 255),
        description: truncate(description, 1_048_576),
        severity: gitlab_SEVERITY[f.severity],
        solution: truncate(f.remediation, 7000),
        location: {
            file: f.file,
            start_line: line,
            end_line: Math.max(line, f.endLine ?? line),
            commit: { sha: f.commit ?? NO_COMMIT_SHA, ...(f.authorDate ? { date: f.authorDate } : {}) },
        },
        identifiers: [
            {
                type: 'openai_secret_lint_rule_id',
                name: `${meta ? 'openai-secret-lint' : 'rule'} ${f.ruleId}`,
                value: f.ruleId,
                ...(meta?.helpUri ? { url: meta.helpUri } : {}),
            },
        ],
    };
}
/** `openai-api-key` with its description's first words: a name that holds no occurrence detail. */
function title(meta) {
    const sentence = /^(.+?[.!?])(\s|$)/.exec(meta.description)?.[1] ?? meta.description;
    return `${meta.id}: ${sentence}`;
}
function truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
/** GitLab's report times: `YYYY-MM-DDTHH:MM:SS`, UTC, no fraction and no zone. */
function gitlabTime(date) {
    return date.toISOString().slice(0, 19);
}
/** A stable UUID-shaped id from the finding's 32-hex fingerprint (the same finding, the same id). */
function uuidFrom(fingerprint) {
    const hex = /^[0-9a-f]{32}$/.test(fingerprint) ? fingerprint : Buffer.from(fingerprint).toString('hex').padEnd(32, '0').slice(0, 32);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

;// CONCATENATED MODULE: ./.build-emit/src/output/json.js

/** The JSON report, as described by schemas/report.schema.json; safe to print to a workflow log. */
function renderJson(report) {
    return (0,output_escape/* logSafeJson */.C5)(JSON.stringify(report, null, 2)) + '\n';
}

// EXTERNAL MODULE: ./.build-emit/src/output/markdown.js
var markdown = __webpack_require__(1316);
;// CONCATENATED MODULE: ./.build-emit/src/output/sarif.js

/**
 * SARIF 2.1.0 for code scanning: one run, every known rule in `tool.driver.rules` (so a result's
 * ruleIndex stays valid whatever was found), results with our stable fingerprint. The Report
 * holds only redacted secrets, and only the redacted form is ever written here.
 */
const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const FINGERPRINT_KEY = 'openaiSecretLint/v1';
const sarif_INFORMATION_URI = 'https://github.com/openai-secret-lint/openai-secret-lint';
/** GitHub maps security-severity to critical (>= 9), high (>= 7), medium (>= 4) and low. */
const SECURITY_SEVERITY = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };
const LEVEL = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
/** Generic advice per category, used in a rule's help when no finding names a better one. */
const CATEGORY_REMEDIATION = {
    'hardcoded-secret': 'Revoke and rotate the credential at its provider, remove it from the file and its history, and read it from a secret store instead.',
    'encoded-secret': 'Encoding does not hide a credential: revoke and rotate it, remove it, and read it from a secret store instead.',
    'unprotected-env-file': 'Stop committing the env file: add it to .gitignore, remove it from the repository, and rotate any credential it held.',
    'unsafe-injection': 'Pass the credential through the platform secret store (GitHub secrets, masked GitLab variables, Kubernetes Secrets) instead of a literal or plain variable.',
    'secret-exposure': 'Limit where the secret goes: do not print, export or pass it to steps and jobs that do not need it.',
};
function sarifLevel(severity) {
    return LEVEL[severity];
}
function securitySeverity(severity) {
    return SECURITY_SEVERITY[severity];
}
const DEFAULT_SOURCE_ROOT = { description: 'The scanned directory: every result path is relative to it.' };
function buildSarif(report, knownRules = report.rules ?? [], sourceRoot = DEFAULT_SOURCE_ROOT) {
    const rules = new Map(knownRules.map((r) => [r.id, r]));
    // A finding under an id no registry lists still needs a rule entry.
    for (const f of report.findings) {
        if (!rules.has(f.ruleId)) {
            rules.set(f.ruleId, { id: f.ruleId, category: f.category, severity: f.severity, description: f.message, helpUri: sarif_INFORMATION_URI });
        }
    }
    const ordered = [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const index = new Map(ordered.map((r, i) => [r.id, i]));
    const remediationOf = new Map();
    for (const f of report.findings)
        if (!remediationOf.has(f.ruleId))
            remediationOf.set(f.ruleId, f.remediation);
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
                        informationUri: sarif_INFORMATION_URI,
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
function renderSarif(report, sourceRoot) {
    return (0,output_escape/* logSafeJson */.C5)(JSON.stringify(buildSarif(report, report.rules ?? [], sourceRoot), null, 2)) + '\n';
}
function sarifRule(meta, remediation) {
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
function sarifResult(f, ruleIndex) {
    const secret = f.secret ? ` Secret: ${f.secret}${f.decodedFrom ? ` (decoded from ${f.decodedFrom.join(' \u2192 ')})` : ''}.` : '';
    const region = f.line === null
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
function ruleName(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((part) => part[0].toUpperCase() + part.slice(1))
        .join('');
}
function firstSentence(text) {
    const match = /^(.+?[.!?])(\s|$)/.exec(text);
    return match ? match[1] : text;
}
/** A relative URI reference for a POSIX path (spaces, `#`, `%` and non-ASCII escaped). */
function encodeUri(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}

// EXTERNAL MODULE: ./.build-emit/src/verify/present.js
var present = __webpack_require__(2750);
;// CONCATENATED MODULE: ./.build-emit/src/output/text.js



const SEVERITY_COLOR = { critical: '1;31', high: '31', medium: '33', low: '36' };
/**
 * Human report: grouped by file, one `file:line:col  severity  rule-id  message` line a finding.
 * Repository text (paths, messages quoting keys) has its control characters escaped, so it can
 * neither drive the terminal nor end a line, and no line can start a workflow command: the Action
 * logs this report, and the CLI may run in a workflow step.
 */
function renderText(report, options) {
    const paint = (code, text) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
    const out = [];
    const byFile = new Map();
    for (const finding of report.findings) {
        const list = byFile.get(finding.file) ?? [];
        list.push(finding);
        byFile.set(finding.file, list);
    }
    for (const [file, findings] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        out.push(paint('1;4', (0,output_escape/* escapeControls */.UN)(file)));
        const sorted = [...findings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
        for (const f of sorted) {
            const where = f.line === null ? (0,output_escape/* escapeControls */.UN)(file) : `${(0,output_escape/* escapeControls */.UN)(file)}:${f.line}:${f.column ?? 1}`;
            out.push(`${where}  ${paint(SEVERITY_COLOR[f.severity], f.severity)}  ${paint('2', f.ruleId)}  ${(0,output_escape/* escapeControls */.UN)(f.message)}`);
            if (f.relatedRules)
                out.push(`    also reported by: ${f.relatedRules.join(', ')}`);
            if (f.secret)
                out.push(`    secret: ${(0,output_escape/* escapeControls */.UN)(f.secret)}${f.decodedFrom ? ` (decoded from ${f.decodedFrom.join(' \u2192 ')})` : ''}`);
            if (f.verification)
                out.push(`    verified: ${paint(f.verification.status === 'active' ? '1;31' : '2', (0,output_escape/* escapeControls */.UN)((0,present/* describeVerification */.Xm)(f.verification)))}`);
            if (f.commit)
                out.push(`    commit: ${(0,output_escape/* escapeControls */.UN)(f.commit.slice(0, 12))}${f.authorDate ? ` (${(0,output_escape/* escapeControls */.UN)(f.authorDate.slice(0, 10))})` : ''}${f.presentAtHead === false ? ', no longer at HEAD' : ''}`);
            out.push(`    fix: ${(0,output_escape/* escapeControls */.UN)(f.remediation)}`);
        }
        out.push('');
    }
    const notable = report.diagnostics.filter((d) => d.level !== 'info');
    if (notable.length > 0) {
        out.push(paint('1', 'Diagnostics'));
        for (const d of notable.slice(0, 20))
            out.push(`  ${d.file === null ? '(scan)' : (0,output_escape/* escapeControls */.UN)(d.file)}: ${(0,output_escape/* escapeControls */.UN)(d.message)}`);
        if (notable.length > 20)
            out.push(`  \u2026 ${notable.length - 20} more in the JSON report`);
        out.push('');
    }
    out.push(summaryLine(report));
    return (0,output_escape/* neutralizeCommands */.Kw)(out.join('\n')) + '\n';
}
function summaryLine(report) {
    const counts = finding/* SEVERITIES */.oC.map((s) => `${report.stats.findingsBySeverity[s]} ${s}`).join(', ');
    const n = report.findings.length;
    const skipped = report.stats.skippedBinary + report.stats.skippedTooLarge + report.stats.skippedUnreadable + report.stats.skippedSpecial;
    const suppressed = (report.stats.suppressed > 0 ? `, ${report.stats.suppressed} suppressed` : '') +
        (report.stats.baselined > 0 ? `, ${report.stats.baselined} in baseline` : '') +
        (report.stats.disabledRules > 0 ? `, ${report.stats.disabledRules} rule${report.stats.disabledRules === 1 ? '' : 's'} off by config` : '');
    const active = report.findings.filter((f) => f.verification?.status === 'active').length;
    const verified = active > 0 ? ` \u2014 ${active} key${active === 1 ? '' : 's'} verified ACTIVE: revoke first` : '';
    return `${n} finding${n === 1 ? '' : 's'} (${counts}${suppressed}) in ${report.stats.filesScanned} files scanned, ${skipped} skipped, ${report.stats.durationMs} ms${verified}`;
}

;// CONCATENATED MODULE: ./.build-emit/src/output/index.js







/** Every report format, all rendered from the same Report. */
const FORMATS = ['text', 'json', 'sarif', 'github', 'markdown', 'gitlab', 'codequality'];
function isFormat(value) {
    return FORMATS.includes(value);
}
function renderReport(report, format, options) {
    switch (format) {
        case 'json':
            return renderJson(report);
        case 'text':
            return renderText(report, options);
        case 'sarif':
            return renderSarif(report);
        case 'github':
            return renderGithub(report);
        case 'markdown':
            return (0,markdown/* renderMarkdown */.Gc)(report);
        case 'gitlab':
            return renderGitlab(report, options.now ? { now: options.now } : {});
        case 'codequality':
            return renderCodequality(report);
    }
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./.build-emit/src/core/settings.js
var settings = __webpack_require__(3642);
;// CONCATENATED MODULE: ./.build-emit/src/cli/args.js





const USAGE = `Usage: openai-secret-lint scan [PATH\u2026] [options]
       openai-secret-lint install-hook [REPO] [--force]
       openai-secret-lint org plan|scan|report \u2026   (organisation audits: org --help)

Finds hardcoded API keys (OpenAI first) in files and CI/CD configuration.

What to scan (one at most; default: the files under PATH):
  --staged                what is staged for commit (the index), added lines only
  --diff BASE             only lines added since BASE (a commit, branch or tag)
  --history               every commit's added lines; each secret once, at the commit that added it
    --since REV             only commits after REV
    --all-branches          every branch, remote-tracking branch and tag, not only HEAD

Standard input: \`scan -\` reads the content to scan from standard input
  --stdin-filename PATH   the name it is reported under (its name decides the kind of file,
                          else its content does); default: <stdin>

Options:
  --format FORMAT         report format (default: text): ${FORMATS.slice(0, 5).join(', ')},
                          gitlab (GitLab Secret Detection), codequality (GitLab Code Quality)
  --output FILE           write the report to FILE instead of standard output
  --report FORMAT=FILE    also write a report in FORMAT to FILE (repeatable: several formats, one scan)
  --fail-on SEVERITY      exit 1 when a finding is at or above critical|high|medium|low (default: ${settings/* DEFAULT_FAIL_ON */.VQ})
  --max-file-size BYTES   skip larger files, with a diagnostic (default: ${settings/* DEFAULT_MAX_FILE_SIZE */.Sj})
  --config FILE           configuration file (default: .openai-secret-lint.yml|.yaml|.json at the root)
  --baseline FILE         hide the findings recorded in FILE
  --write-baseline FILE   record the current findings in FILE (fingerprints, no secrets) and exit 0
  --verify                ask each key's own provider whether it is still active (sends the key
                          to that provider's API only; off by default; see README)
  --verify-timeout MS     per-request timeout of --verify (default: 10000)
  -h, --help              show this help
  -v, --version           show the version

install-hook writes .git/hooks/pre-commit running \`scan --staged\`; --force replaces an existing hook.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
            2 usage or configuration error, 3 scan incomplete or internal error.
`;
const OPTIONS = {
    format: { type: 'string' },
    output: { type: 'string' },
    'fail-on': { type: 'string' },
    'max-file-size': { type: 'string' },
    config: { type: 'string' },
    baseline: { type: 'string' },
    'write-baseline': { type: 'string' },
    verify: { type: 'boolean' },
    'verify-timeout': { type: 'string' },
    report: { type: 'string', multiple: true },
    'stdin-filename': { type: 'string' },
    staged: { type: 'boolean' },
    diff: { type: 'string' },
    history: { type: 'boolean' },
    since: { type: 'string' },
    'all-branches': { type: 'boolean' },
    force: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
};
function parse(argv) {
    return (0,external_node_util_.parseArgs)({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
}
function parseCommand(argv) {
    let parsed;
    try {
        parsed = parse(argv);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(error.message.split('\n')[0] ?? 'invalid arguments');
    }
    const { values, positionals } = parsed;
    if (values.help)
        return { name: 'help' };
    if (values.version)
        return { name: 'version' };
    const [command, ...paths] = positionals;
    if (command === undefined)
        throw new errors/* ConfigurationError */.j1('missing command: try `openai-secret-lint scan .` or --help');
    if (command === 'install-hook')
        return installHookCommand(values, paths);
    if (command !== 'scan')
        throw new errors/* ConfigurationError */.j1(`unknown command "${command}": the commands are \`scan\` and \`install-hook\` (see --help)`);
    if (values.force)
        throw new errors/* ConfigurationError */.j1('--force belongs to install-hook, not scan');
    const format = values.format ?? 'text';
    if (!isFormat(format))
        throw new errors/* ConfigurationError */.j1(`--format must be one of ${FORMATS.join(', ')}, not "${format}"`);
    const failOn = values['fail-on'] ?? null;
    if (failOn !== null && !(0,finding/* isSeverity */._Z)(failOn))
        throw new errors/* ConfigurationError */.j1(`--fail-on must be critical, high, medium or low, not "${failOn}"`);
    const mode = scanMode(values);
    const stdin = stdinInput(values, paths, mode);
    if (mode.kind !== 'tree' && paths.length > 1)
        throw new errors/* ConfigurationError */.j1(`--${mode.kind} scans one repository: give at most one directory`);
    return {
        name: 'scan',
        paths: paths.length > 0 ? paths : ['.'],
        mode,
        format,
        output: nonEmpty(values.output, '--output'),
        failOn,
        maxFileSize: parseSize(values['max-file-size']),
        config: nonEmpty(values.config, '--config'),
        baseline: nonEmpty(values.baseline, '--baseline'),
        writeBaseline: nonEmpty(values['write-baseline'], '--write-baseline'),
        verify: Boolean(values.verify),
        verifyTimeoutMs: parseTimeout(values['verify-timeout'], Boolean(values.verify)),
        reports: (values.report ?? []).map(parseReportTarget),
        stdin,
    };
}
/** `--report sarif=out/report.sarif`: a format and a file, split at the first `=`. */
function parseReportTarget(value) {
    const at = value.indexOf('=');
    const format = at < 0 ? value : value.slice(0, at);
    const file = at < 0 ? '' : value.slice(at + 1);
    if (at < 0 || file.trim() === '')
        throw new errors/* ConfigurationError */.j1(`--report takes FORMAT=FILE (e.g. --report gitlab=gl-secret-detection-report.json), not "${value}"`);
    if (!isFormat(format))
        throw new errors/* ConfigurationError */.j1(`--report: the format must be one of ${FORMATS.join(', ')}, not "${format}"`);
    return { format, file };
}
/** `scan -` alone reads standard input; `--stdin-filename` only means something with it. */
function stdinInput(values, paths, mode) {
    const filename = values['stdin-filename'];
    if (!paths.includes('-')) {
        if (filename !== undefined)
            throw new errors/* ConfigurationError */.j1('--stdin-filename only applies to `scan -` (standard input)');
        return null;
    }
    if (paths.length > 1)
        throw new errors/* ConfigurationError */.j1('`scan -` reads standard input only: give no other path');
    if (mode.kind !== 'tree')
        throw new errors/* ConfigurationError */.j1(`--${mode.kind} cannot be combined with \`scan -\` (standard input)`);
    if (values['write-baseline'] !== undefined)
        throw new errors/* ConfigurationError */.j1('--write-baseline cannot be combined with `scan -` (standard input)');
    return { filename: filename === undefined ? null : nonEmpty(filename, '--stdin-filename') };
}
function scanMode(values) {
    const chosen = [values.staged && '--staged', values.diff !== undefined && '--diff', values.history && '--history'].filter(Boolean);
    if (chosen.length > 1)
        throw new errors/* ConfigurationError */.j1(`${chosen.join(' and ')} cannot be combined: pick one`);
    if (!values.history) {
        if (values.since !== undefined)
            throw new errors/* ConfigurationError */.j1('--since only applies to --history');
        if (values['all-branches'])
            throw new errors/* ConfigurationError */.j1('--all-branches only applies to --history');
    }
    if (values.staged)
        return { kind: 'staged' };
    if (values.diff !== undefined)
        return { kind: 'diff', base: nonEmpty(values.diff, '--diff') };
    if (values.history)
        return { kind: 'history', since: nonEmpty(values.since, '--since'), allBranches: Boolean(values['all-branches']) };
    return { kind: 'tree' };
}
function installHookCommand(values, paths) {
    const scanOnly = Object.keys(values).filter((k) => k !== 'force');
    if (scanOnly.length > 0)
        throw new errors/* ConfigurationError */.j1(`--${scanOnly[0]} does not apply to install-hook (only --force does)`);
    if (paths.length > 1)
        throw new errors/* ConfigurationError */.j1('install-hook takes at most one repository directory');
    return { name: 'install-hook', path: paths[0] ?? null, force: Boolean(values.force) };
}
function nonEmpty(value, flag) {
    if (value === undefined)
        return null;
    if (value.trim() === '')
        throw new errors/* ConfigurationError */.j1(`${flag} needs a value`);
    return value;
}
function parseSize(value) {
    if (value === undefined)
        return null;
    if (!/^\d+$/.test(value) || Number(value) <= 0)
        throw new errors/* ConfigurationError */.j1(`--max-file-size must be a positive number of bytes, not "${value}"`);
    return Number(value);
}
function parseTimeout(value, verify) {
    if (value === undefined)
        return null;
    if (!verify)
        throw new errors/* ConfigurationError */.j1('--verify-timeout only applies with --verify');
    if (!/^\d+$/.test(value) || Number(value) <= 0)
        throw new errors/* ConfigurationError */.j1(`--verify-timeout must be a positive number of milliseconds, not "${value}"`);
    return Number(value);
}

;// CONCATENATED MODULE: ./.build-emit/src/cli/console-logger.js

/**
 * Logger for the terminal: warnings on stderr, progress only on a TTY and only for long scans.
 * `unit` names what progress counts (files, or commits for a history audit). Messages may quote
 * repository text: their control characters are escaped (no ANSI sequence reaches the terminal)
 * and no line can start a workflow command (the CLI may run in a workflow step).
 */
function consoleLogger(stderr, verbose = false, unit = 'files') {
    const started = Date.now();
    let lastDraw = 0;
    let drawn = false;
    return {
        debug: (message) => {
            if (verbose)
                stderr.write(`debug: ${(0,output_escape/* logSafe */.sN)(message)}\n`);
        },
        info: (message) => {
            if (verbose)
                stderr.write(`${(0,output_escape/* logSafe */.sN)(message)}\n`);
        },
        warning: (message) => stderr.write(`warning: ${(0,output_escape/* logSafe */.sN)(message)}\n`),
        progress(done, total) {
            if (!stderr.isTTY)
                return;
            const now = Date.now();
            if (now - started < 1000 || now - lastDraw < 100)
                return;
            lastDraw = now;
            drawn = true;
            stderr.write(`\r\u001b[Kscanning: ${done}/${total} ${unit}`);
        },
        finish() {
            if (drawn)
                stderr.write('\r\u001b[K');
        },
    };
}

// EXTERNAL MODULE: ./.build-emit/src/core/heap-growth.js
var heap_growth = __webpack_require__(4737);
;// CONCATENATED MODULE: ./.build-emit/src/cli/main.js











// Re-exported for the entry (src/cli/index.ts), so it costs no chunk of its own.

// Start-up is paid by every commit in a pre-commit hook: each command loads what it uses, when it
// runs (the bundler makes every `import()` below a chunk of its own). A staged scan never loads
// the tree walker and its worker pool, the history scanner, the organisation audit or the
// formats it does not print.
/** 3 is also a scan that finished incomplete (src/core/incomplete.ts): not trustworthy, whatever it found. */
const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 };
/** Runs the CLI and returns the exit code; never throws. */
async function main(argv, io) {
    try {
        if (argv[0] === 'org')
            return await (await Promise.all(/* import() */[__webpack_require__.e(298), __webpack_require__.e(29), __webpack_require__.e(174), __webpack_require__.e(128), __webpack_require__.e(826), __webpack_require__.e(902), __webpack_require__.e(959), __webpack_require__.e(643)]).then(__webpack_require__.bind(__webpack_require__, 9643))).runOrg(argv.slice(1), io);
        const command = parseCommand(argv);
        switch (command.name) {
            case 'help':
                io.stdout.write(USAGE);
                return EXIT.ok;
            case 'version':
                io.stdout.write(`${version/* TOOL_NAME */.l} ${version/* TOOL_VERSION */.w}\n`);
                return EXIT.ok;
            case 'install-hook': {
                const { installHook } = await __webpack_require__.e(/* import() */ 245).then(__webpack_require__.bind(__webpack_require__, 4245));
                const result = await installHook(external_node_path_.resolve(io.cwd, command.path ?? '.'), command.force);
                io.stdout.write(`installed the pre-commit hook: ${result.file}\n`);
                if (result.warning)
                    io.stderr.write(`warning: ${(0,output_escape/* logSafe */.sN)(result.warning)}\n`);
                return EXIT.ok;
            }
            case 'scan':
                return await runScan(command, io);
        }
    }
    catch (error) {
        if ((0,errors/* isConfigurationError */.p0)(error)) {
            io.stderr.write(`${version/* TOOL_NAME */.l}: ${(0,output_escape/* logSafe */.sN)(error.message)}\n`);
            return EXIT.usage;
        }
        if ((0,git.isGitIncomplete)(error)) {
            io.stderr.write(`${version/* TOOL_NAME */.l}: ${(0,output_escape/* logSafe */.sN)((0,errors/* errorMessage */.gJ)(error))}\n`);
            return EXIT.internal;
        }
        io.stderr.write(`${version/* TOOL_NAME */.l}: internal error: ${(0,output_escape/* logSafe */.sN)((0,errors/* errorMessage */.gJ)(error))}\n`);
        if (io.env.OPENAI_SECRET_LINT_DEBUG && error instanceof Error && error.stack)
            io.stderr.write(`${error.stack}\n`);
        return EXIT.internal;
    }
}
async function runScan(command, io) {
    const early = command.stdin === null ? await startEarly(command, io.cwd) : {};
    try {
        return await runScanWith(command, io, early);
    }
    finally {
        // Nothing once git has finished; otherwise (the command failed first) git must not run on.
        early.log?.cancel();
        early.staged?.cancel();
    }
}
async function runScanWith(command, io, early) {
    const { settingsFromCommand } = await Promise.all(/* import() */[__webpack_require__.e(298), __webpack_require__.e(609)]).then(__webpack_require__.bind(__webpack_require__, 5609));
    const settings = await settingsFromCommand(command, io.cwd, io.env, (message) => io.stderr.write(`${version/* TOOL_NAME */.l}: warning: ${message}\n`));
    const logger = consoleLogger(io.stderr, Boolean(io.env.OPENAI_SECRET_LINT_DEBUG), command.mode.kind === 'history' ? 'commits' : 'files');
    const report = command.stdin !== null ? await scanStdin(command, settings, logger, io) : await scanFor(command, settings, logger, early);
    logger.finish();
    // Said last, after the report, so that it is what a reader sees; exit 3 wins over findings.
    const incomplete = (0,core_incomplete/* incompleteMessage */.wj)(report, output_escape/* escapeControls */.UN);
    const outcome = (code) => {
        if (incomplete === null)
            return code;
        // File names are the repository's: no line of them may start a workflow command.
        io.stderr.write(`${version/* TOOL_NAME */.l}: ${(0,output_escape/* logSafe */.sN)(incomplete)}\n`);
        return EXIT.internal;
    };
    if (command.writeBaseline !== null) {
        const file = external_node_path_.resolve(io.cwd, command.writeBaseline);
        const { writeBaseline } = await __webpack_require__.e(/* import() */ 888).then(__webpack_require__.bind(__webpack_require__, 2888));
        const count = await writeBaseline(file, report, { within: io.cwd });
        io.stderr.write(`${version/* TOOL_NAME */.l}: wrote ${count} finding${count === 1 ? '' : 's'} to the baseline ${command.writeBaseline}\n`);
        return outcome(EXIT.ok);
    }
    const color = command.output === null && useColor(io);
    const now = new Date();
    const rendered = renderReport(report, command.format, { color, now });
    for (const target of command.reports)
        await writeReport(io, `--report ${target.format}=${target.file}`, target.file, renderReport(report, target.format, { color: false, now }));
    if (command.output !== null) {
        await writeReport(io, `--output ${command.output}`, command.output, rendered);
    }
    else {
        io.stdout.write(rendered);
    }
    return outcome(report.findings.some((f) => (0,finding/* atLeast */.jZ)(f.severity, settings.failOn)) ? EXIT.findings : EXIT.ok);
}
/** Never through a link: the scanned repository may have committed the output name as one. */
async function writeReport(io, shown, file, content) {
    try {
        const { writeFileNoFollow } = await __webpack_require__.e(/* import() */ 997).then(__webpack_require__.bind(__webpack_require__, 7997));
        await writeFileNoFollow(external_node_path_.resolve(io.cwd, file), content, { within: io.cwd });
    }
    catch (error) {
        if ((0,errors/* isConfigurationError */.p0)(error))
            throw error;
        throw new errors/* ConfigurationError */.j1(`cannot write ${shown}: ${error.code ?? (0,errors/* errorMessage */.gJ)(error)}`);
    }
}
async function scanStdin(command, settings, logger, io) {
    if (!io.stdin)
        throw new errors/* ConfigurationError */.j1('`scan -` needs standard input');
    const [{ readStdin }, { scanText }] = await Promise.all([__webpack_require__.e(/* import() */ 928).then(__webpack_require__.bind(__webpack_require__, 6928)), Promise.all(/* import() */[__webpack_require__.e(298), __webpack_require__.e(29), __webpack_require__.e(174), __webpack_require__.e(128), __webpack_require__.e(332)]).then(__webpack_require__.bind(__webpack_require__, 332))]);
    const input = await readStdin(io.stdin, command.stdin.filename, settings.maxFileSize);
    return scanText(input, settings, logger);
}
async function scanFor(command, settings, logger, early) {
    const mode = command.mode;
    switch (mode.kind) {
        case 'staged':
            return (await Promise.all(/* import() */[__webpack_require__.e(298), __webpack_require__.e(29), __webpack_require__.e(174), __webpack_require__.e(128), __webpack_require__.e(826), __webpack_require__.e(527)]).then(__webpack_require__.bind(__webpack_require__, 1527))).scanStaged(settings, logger, early.staged);
        case 'history':
            return (await Promise.all(/* import() */[__webpack_require__.e(298), __webpack_require__.e(29), __webpack_require__.e(174), __webpack_require__.e(128), __webpack_require__.e(826), __webpack_require__.e(959)]).then(__webpack_require__.bind(__webpack_require__, 6959))).scanHistory(settings, logger, { since: mode.since, allBranches: mode.allBranches, startedLog: early.log });
        case 'diff': // settings.changedLines already restricts the scan
        case 'tree':
            return (await Promise.all(/* import() */[__webpack_require__.e(298), __webpack_require__.e(29), __webpack_require__.e(174), __webpack_require__.e(128), __webpack_require__.e(902)]).then(__webpack_require__.bind(__webpack_require__, 3902))).scan(settings, logger);
    }
}
/**
 * The git work a scan will wait for, started before the configuration is read and the scanner's
 * code loads (on a slow machine, 150-250 ms that git would otherwise wait for): a staged scan's
 * diff (see startStagedChanges), a history scan's log (whose topological walk writes nothing for
 * a while). Started for the root settingsFromCommand will find, the one directory given by its
 * real path; anything else (a file, a missing path) is left to it to report, and a scan whose
 * root or command turns out different runs its own.
 */
async function startEarly(command, cwd) {
    const mode = command.mode;
    if (mode.kind !== 'staged' && mode.kind !== 'history')
        return {};
    let root;
    try {
        root = (0,external_node_fs_.realpathSync)(external_node_path_.resolve(cwd, command.paths[0] ?? '.'));
        if (!(0,external_node_fs_.statSync)(root).isDirectory())
            return {};
    }
    catch {
        return {};
    }
    if (mode.kind === 'staged')
        return { staged: (await __webpack_require__.e(/* import() */ 789).then(__webpack_require__.bind(__webpack_require__, 789))).startStagedChanges(root) };
    const [{ startGit }, { historyLogArgs, historyRevisions }] = await Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2622)), __webpack_require__.e(/* import() */ 990).then(__webpack_require__.bind(__webpack_require__, 6990))]);
    return { log: startGit(root, historyLogArgs(historyRevisions({ since: mode.since, allBranches: mode.allBranches }), 'first-parent')) };
}
function useColor(io) {
    if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '')
        return false;
    if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0')
        return true;
    return Boolean(io.stdout.isTTY);
}


/***/ }),

/***/ 9158:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ DEFAULT_FLAGS_KEY)
/* harmony export */ });
/**
 * Where the CLI's chunk loader (src/cli/chunk-cache.ts) finds `underDefaultFlags`
 * (src/core/heap-growth.ts) once the scanner has loaded it: a key of its own, so that the loader,
 * which every start-up loads, loads neither node:v8 nor the scanner.
 */
const DEFAULT_FLAGS_KEY = Symbol.for('openai-secret-lint.under-default-v8-flags');


/***/ }),

/***/ 7144:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   p0: () => (/* binding */ isConfigurationError)
/* harmony export */ });
/** A mistake in what the user asked for (bad flag, missing path, invalid config): exit code 2. */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
}
function isConfigurationError(error) {
    return error instanceof ConfigurationError;
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 8906:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R6: () => (/* binding */ CATEGORIES),
/* harmony export */   _Z: () => (/* binding */ isSeverity),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
/** Plain data shared by analyzers, the core and the formatters. Nothing here formats or prints. */
const SEVERITIES = ['critical', 'high', 'medium', 'low'];
const CATEGORIES = [
    'hardcoded-secret',
    'encoded-secret',
    'unprotected-env-file',
    'unsafe-injection',
    'secret-exposure',
];
function severityRank(severity) {
    return SEVERITIES.length - SEVERITIES.indexOf(severity);
}
function atLeast(severity, threshold) {
    return severityRank(severity) >= severityRank(threshold);
}
function isSeverity(value) {
    return SEVERITIES.includes(value);
}


/***/ }),

/***/ 4737:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rp: () => (/* binding */ HOLD_MIN_FILES),
/* harmony export */   V4: () => (/* binding */ holdHeapGrowth),
/* harmony export */   f1: () => (/* binding */ allowYoungGrowth),
/* harmony export */   xE: () => (/* binding */ enableHeapHold)
/* harmony export */ });
/* unused harmony exports underDefaultFlags, newSpaceBytes */
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
/* harmony import */ var _default_flags_key_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9158);


/**
 * Keeps a large scan's memory near Node 20's under Node 22 and later (issue 20: peak RSS at most
 * 256 MB on the 200 MB benchmark tree, under both Nodes).
 *
 * V8 grows the new space (two semi-spaces) by `--semi-space-growth-factor` after scavenges, up to a
 * maximum fixed when the heap is set up. Node 22+ sets that maximum from the machine's memory (64 MB
 * semi-spaces against Node 20's 16 MB), and neither the npm bin nor the Action can pass a flag at
 * start: on `big` the main thread's new space reached 128 MB and the CLI's peak RSS 360 MiB under
 * Node 24 (230 MiB under Node 20), for no speed. The growth factor, unlike the maximum, is read at
 * every growth: while a large scan analyses its files it is 1 (no growth) once the new space has
 * reached Node 20's size, 2 below it. The old generation's growing factor is V8's dynamic one (up to
 * 4x after a full collection) held to 1.35x, also read at every collection: with the first alone
 * Node 24 still peaked at 255-294 MiB; with both at 218-241 MiB (1.5x: 228-254, too near the
 * target; 2x: 251-286), for no measurable time (bench/README.md).
 *
 * Not while code is compiled from V8's code cache, which is keyed by the values of all its flags:
 * cached code is rejected while they are changed (a staged scan held from the CLI's start lost its
 * chunk cache: 57 -> 92 ms), and data written then is rejected by the next run. A tree scan holds
 * while it walks the tree and, if it is large, until its files are analysed (src/core/scan.ts); a
 * small one releases before it loads its rules' chunks, and a large one's chunk loader compiles
 * under V8's defaults (`underDefaultFlags`). Worker threads compile the bundle under the held flags:
 * their cached code is rejected (about 20 ms of each worker's start, beside the main thread).
 *
 * The flags are process-wide (worker threads included); holds are counted, so that scans running
 * side by side (an organisation audit) keep them until the last one releases.
 */
const NEW_SPACE_CAP_BYTES = 32 * 1024 * 1024;
const OLD_GENERATION_GROWING_PERCENT = 35;
/** A scan of fewer files does not hold while it analyses them (the corpus's 3,767 files are held). */
const HOLD_MIN_FILES = 1000;
/**
 * V8's defaults (`node --v8-options`, Node 20 and 24): 0 is its dynamic growing factor. What the
 * last release restores, whatever the process started with (`node --heap-growing-percent=...` is
 * not kept): V8 offers no way to read a flag back.
 */
const DEFAULT_GROWTH_FACTOR = 2;
const DEFAULT_GROWING_PERCENT = 0;
let enabled = false;
let holders = 0;
let growing = true;
let capBytes = NEW_SPACE_CAP_BYTES;
/**
 * The front doors (CLI, Action): their scans hold the heap's growth where V8 sizes the young
 * generation from the machine's memory (V8 12+, Node 22+; Node 20's is at most 16 MB semi-spaces,
 * and holding there cost the corpus 6-12 % for memory it did not need). `always`: any V8 (tests).
 * Library callers keep V8's defaults. Returns whether holds now take effect.
 */
function enableHeapHold(when = 'young-sized-from-memory') {
    if (when === 'always' || Number(process.versions.v8.split('.')[0]) >= 12)
        enabled = true;
    return enabled;
}
/**
 * Holds the growth until released: the new space grows only as `allowYoungGrowth` lets it, up to
 * `cap` (for the test: Node 20 never grows past the default anyway). Does nothing unless enabled.
 */
function holdHeapGrowth(cap = NEW_SPACE_CAP_BYTES) {
    if (!enabled)
        return { release() { } };
    if (holders++ === 0) {
        capBytes = cap;
        setFlags(true, false);
    }
    let released = false;
    return {
        release() {
            if (released)
                return;
            released = true;
            if (--holders === 0)
                setFlags(false, true);
        },
    };
}
/** Runs `compile` under V8's default flags, holding again afterwards (the chunk loader's compiles). */
const underDefaultFlags = (compile) => {
    if (holders === 0)
        return compile();
    const wasGrowing = growing;
    setFlags(false, true);
    try {
        return compile();
    }
    finally {
        setFlags(true, wasGrowing);
    }
};
globalThis[_default_flags_key_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_FLAGS_KEY */ .y] = underDefaultFlags;
/** Called once per analysed file (1-3 \u00b5s): lets the new space grow while it is below the cap. */
function allowYoungGrowth() {
    if (holders > 0)
        setYoungGrowth(newSpaceBytes() < capBytes);
}
/**
 * The main thread's new space, as V8 reports it; exported for the test. V8 12+ counts pages
 * allocated past the capacity between scavenges too (up to 1.4x of it under Node 24): that stops
 * the growth a little early at most, never late.
 */
function newSpaceBytes() {
    for (const space of node_v8__WEBPACK_IMPORTED_MODULE_0__.getHeapSpaceStatistics())
        if (space.space_name === 'new_space')
            return space.space_size;
    // No new space by that name (a future V8): treated as full, so it is left as it is.
    return Infinity;
}
/** The old generation held to its growing percent (or V8's default), and the new space growing or not. */
function setFlags(holdOld, growYoung) {
    node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString(`--heap-growing-percent=${holdOld ? OLD_GENERATION_GROWING_PERCENT : DEFAULT_GROWING_PERCENT}`);
    setYoungGrowth(growYoung);
}
function setYoungGrowth(grow) {
    if (grow === growing)
        return;
    growing = grow;
    node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString(`--semi-space-growth-factor=${grow ? DEFAULT_GROWTH_FACTOR : 1}`);
}


/***/ }),

/***/ 6575:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IR: () => (/* binding */ markIncomplete),
/* harmony export */   wj: () => (/* binding */ incompleteMessage)
/* harmony export */ });
/* unused harmony exports INCOMPLETE_CODES, incompleteDiagnostics */
const INCOMPLETE_CODES = new Set([
    'rule-failed',
    'scan-failed',
    'unreadable',
    'unreadable-directory',
    'skipped-too-large',
    'yaml-parse-failed',
    'yaml-alias-budget',
    'git-failed',
]);
/** The diagnostic as the report carries it: fatal ones are errors flagged `incomplete`. */
function markIncomplete(diagnostic) {
    if (!diagnostic.incomplete && !INCOMPLETE_CODES.has(diagnostic.code))
        return diagnostic;
    return { ...diagnostic, level: 'error', incomplete: true };
}
function incompleteDiagnostics(report) {
    return report.diagnostics.filter((d) => d.incomplete === true);
}
/**
 * What a front door says when the scan is incomplete (null when it is complete): every file and
 * why. File names and messages are the repository's: `show` makes them safe for the medium (the
 * front doors pass output/escape.ts's escapeControls, so a name cannot break a line).
 */
function incompleteMessage(report, show = (t) => t) {
    const missed = incompleteDiagnostics(report);
    if (missed.length === 0)
        return null;
    const shown = missed.slice(0, 20).map((d) => `  ${d.file === null ? '(scan)' : show(d.file)}: ${show(d.message)} [${d.code}]`);
    if (missed.length > 20)
        shown.push(`  \u2026 ${missed.length - 20} more in the JSON report`);
    return `scan incomplete, a secret may have been missed (${missed.length} problem${missed.length === 1 ? '' : 's'}):\n${shown.join('\n')}`;
}


/***/ }),

/***/ 3642:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L6: () => (/* binding */ defaultSettings),
/* harmony export */   Sj: () => (/* binding */ DEFAULT_MAX_FILE_SIZE),
/* harmony export */   VQ: () => (/* binding */ DEFAULT_FAIL_ON),
/* harmony export */   l$: () => (/* binding */ DEFAULT_DECODE_DEPTH)
/* harmony export */ });
const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
const DEFAULT_DECODE_DEPTH = 3;
const DEFAULT_FAIL_ON = 'high';
function defaultSettings(root, overrides = {}) {
    return {
        root,
        targets: [root],
        failOn: DEFAULT_FAIL_ON,
        maxFileSize: DEFAULT_MAX_FILE_SIZE,
        decodeDepth: DEFAULT_DECODE_DEPTH,
        rules: {},
        allow: { paths: [], patterns: [], fingerprints: [] },
        include: [],
        exclude: [],
        secretNames: { extra: [], ignore: [] },
        envFileTemplates: [],
        kubernetes: { strictSecretEnv: false },
        baseline: [],
        changedLines: null,
        verify: { enabled: false, env: {} },
        ...overrides,
    };
}


/***/ }),

/***/ 5230:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ logSafeJson),
/* harmony export */   Kw: () => (/* binding */ neutralizeCommands),
/* harmony export */   UN: () => (/* binding */ escapeControls),
/* harmony export */   sN: () => (/* binding */ logSafe)
/* harmony export */ });
/* unused harmony export neutralizeCommandLine */
/**
 * Neutralising repository-controlled text (file names, YAML keys, messages quoting them) for the
 * medium it is shown in. Secrets are already masked by the core; this is about what text can *do*:
 * move a terminal's cursor, recolour or hide a line (ANSI escapes), reorder what a reader sees
 * (bidirectional overrides), end a line, or start a GitHub workflow command.
 *
 * The runner reads a step's output line by line (a line ends at `\n`, `\r` or `\r\n`) and takes
 * as a command any line that starts with `::` once leading whitespace is trimmed, and any line
 * that holds `##[<registered command>]` anywhere (the legacy syntax, still parsed). That holds for
 * the Action's own log and for the CLI run inside a workflow step, so every format printed to a
 * log goes through one of the functions here.
 */
/**
 * C0 and C1 controls, DEL, line and paragraph separators, bidirectional marks and overrides, and
 * the BOM: never shown as they are.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** Every control character as a visible escape (`\n`, `\r`, `\x1b`, `\u202e`). */
function escapeControls(text) {
    return text.replace(CONTROL, (c) => NAMED[c] ?? escapeCode(c.charCodeAt(0)));
}
function escapeCode(code) {
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/** Whitespace the runner trims before looking for `::` (.NET's Char.IsWhiteSpace; \s lacks U+0085). */
const COMMAND_AT_LINE_START = /^([\s\u0085]*):(?=:)/;
const LEGACY_COMMAND = /##\[/g;
/**
 * A line the runner cannot take as a workflow command: a leading `::` becomes `\::`, and any
 * `##[` becomes `##\[`. The line must not hold a line break (escape those first).
 */
function neutralizeCommandLine(line) {
    return line.replace(COMMAND_AT_LINE_START, '$1\\:').replace(LEGACY_COMMAND, '##\\[');
}
/** Each line of a text made of our own lines (repository text in it already escaped). */
function neutralizeCommands(text) {
    return text.split('\n').map(neutralizeCommandLine).join('\n');
}
/**
 * A log message that may quote repository text: our own line breaks are kept, every other
 * control character (a lone `\r` included: the runner ends a line there) is escaped, and no line
 * can start a workflow command.
 */
function logSafe(message) {
    return message
        .replace(/\r\n/g, '\n')
        .split('\n')
        .map((line) => neutralizeCommandLine(escapeControls(line)))
        .join('\n');
}
/**
 * JSON text (a report, SARIF) that can be printed to a log: `##[` is written `\u0023#[`, and C1
 * controls, separators and bidirectional controls as `\u` escapes. Lossless: the parsed value is
 * unchanged. (JSON.stringify already escapes C0 controls, and a JSON line never starts with `::`.)
 */
function logSafeJson(json) {
    return json.replace(LEGACY_COMMAND, '\\u0023#[').replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}


/***/ }),

/***/ 1316:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   X1: () => (/* binding */ escapeText)
/* harmony export */ });
/* unused harmony exports SUMMARY_MAX_BYTES, COMMENT_MAX_BYTES */
/* harmony import */ var _core_finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8906);
/* harmony import */ var _verify_present_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2750);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5230);



/** GitHub's limit for one step's summary is 1 MiB; stay well clear of it. */
const SUMMARY_MAX_BYTES = 1024 * 1024 - 64 * 1024;
/** Issue and comment bodies are limited to 65536 characters; bytes >= characters. */
const COMMENT_MAX_BYTES = 60_000;
const EMOJI = { critical: '\u{1f7e5}', high: '\u{1f7e7}', medium: '\u{1f7e8}', low: '\u{1f7e6}' };
function renderMarkdown(report, options = {}) {
    const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
    const head = [];
    if (options.marker)
        head.push(options.marker);
    head.push(`## ${escapeText(options.title ?? 'openai-secret-lint report')}`, '');
    const n = report.findings.length;
    head.push(n === 0
        ? '\u2705 No findings.'
        : `**${n} finding${n === 1 ? '' : 's'}** in ${report.stats.filesScanned} file${report.stats.filesScanned === 1 ? '' : 's'} scanned.`, '');
    head.push('| Severity | Findings |', '| --- | ---: |');
    for (const s of _core_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC)
        head.push(`| ${EMOJI[s]} ${s} | ${report.stats.findingsBySeverity[s]} |`);
    head.push('');
    const active = report.findings.filter((f) => f.verification?.status === 'active').length;
    if (active > 0)
        head.push(`**${active} key${active === 1 ? ' is' : 's are'} verified ACTIVE** (listed first): revoke ${active === 1 ? 'it' : 'them'} before anything else.`, '');
    for (const note of options.notes ?? [])
        head.push(`> ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControls */ .UN)(note.replace(/\r?\n/g, ' '))}`, '');
    const off = report.stats.disabledRules;
    const disabled = off > 0 ? ` \u00b7 ${off} rule${off === 1 ? '' : 's'} or categor${off === 1 ? 'y' : 'ies'} turned off by the configuration` : '';
    const footer = ['', `<sub>${escapeText(report.tool.name)} ${escapeText(report.tool.version)}${disabled}</sub>`, ''];
    if (n === 0)
        return fit((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralizeCommands */ .Kw)([...head, ...footer].join('\n')), maxBytes);
    const tableHead = ['| Severity | Location | Rule | Finding | Secret | Fix |', '| --- | --- | --- | --- | --- | --- |'];
    const parts = [[...head, ...tableHead].join('\n') + '\n'];
    const tail = footer.join('\n');
    // A running byte count: each row is measured once, so rendering stays linear in the findings.
    let size = bytes(parts[0]) + bytes(tail);
    let shown = 0;
    for (const finding of report.findings) {
        const row = findingRow(finding, options.link) + '\n';
        const omitted = n - shown - 1;
        const reserve = omitted > 0 ? bytes(overflowLine(omitted, options.overflowHint, options.overflowLink)) + 16 : 0;
        const rowBytes = bytes(row);
        if (size + rowBytes + reserve + 256 > maxBytes)
            break;
        parts.push(row);
        size += rowBytes;
        shown++;
    }
    if (shown < n)
        parts.push(`\n${overflowLine(n - shown, options.overflowHint, options.overflowLink)}\n`);
    // `--format markdown` may be printed to a workflow log: no line may start a workflow command.
    return fit((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralizeCommands */ .Kw)(parts.join('') + tail), maxBytes);
}
function overflowLine(omitted, hint = 'the SARIF file and the JSON report', link) {
    const more = link ? ` ([${escapeText(link.text)}](${link.url}))` : '';
    return `_\u2026and ${omitted} more finding${omitted === 1 ? '' : 's'} not shown here (size limit): see ${escapeText(hint)}${more}._`;
}
function findingRow(f, link) {
    const where = f.line === null ? f.file : f.endLine !== null && f.endLine !== f.line ? `${f.file}:${f.line}-${f.endLine}` : `${f.file}:${f.line}`;
    const url = link?.(f) ?? null;
    const location = url ? `[${escapeText(where)}](${linkTarget(url)})` : escapeText(where);
    const yamlPath = f.yamlPath ? `<br><sub>${escapeText(f.yamlPath)}</sub>` : '';
    const verified = f.verification ? `<br>${f.verification.status === 'active' ? '**ACTIVE: revoke first**' : `<sub>verified ${escapeText((0,_verify_present_js__WEBPACK_IMPORTED_MODULE_2__/* .describeVerification */ .Xm)(f.verification))}</sub>`}` : '';
    const secret = f.secret ? `<code>${escapeText(f.secret)}</code>${f.decodedFrom ? `<br><sub>decoded from ${escapeText(f.decodedFrom.join(' \u2192 '))}</sub>` : ''}${verified}` : '';
    return `| ${EMOJI[f.severity]} ${f.severity} | ${location}${yamlPath} | <code>${escapeText(f.ruleId)}</code> | ${escapeText(f.message)} | ${secret} | ${escapeText(f.remediation)} |`;
}
/**
 * Escapes text for a Markdown table cell: control characters (shown as `\r`, `\x1b`, ...), HTML,
 * Markdown punctuation, pipes, mentions.
 */
function escapeText(text) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControls */ .UN)(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/([\\`*_[\]|#~!])/g, '\\$1')
        .replace(/@/g, '@\u200b');
}
/** A link target that cannot close the link early or start another: brackets, spaces, quotes, controls percent-encoded. */
function linkTarget(url) {
    return url.replace(/[\u0000-\u0020()<>"'`\\[\]\u007f-\u009f]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
function bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** Last resort if a single header is already too large: cut on a character boundary. */
function fit(text, maxBytes) {
    if (bytes(text) <= maxBytes)
        return text;
    const buffer = Buffer.from(text, 'utf8').subarray(0, maxBytes - 64);
    return buffer.toString('utf8').replace(/\uFFFD+$/, '') + '\n\n_\u2026truncated (size limit)._\n';
}


/***/ }),

/***/ 2750:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xm: () => (/* binding */ describeVerification),
/* harmony export */   cb: () => (/* binding */ verificationRank)
/* harmony export */ });
/* unused harmony export severityAfterVerification */
/** Sort key: active first, then unknown, then inactive, then not verified. */
function verificationRank(verification) {
    if (!verification)
        return 3;
    return verification.status === 'active' ? 0 : verification.status === 'unknown' ? 1 : 2;
}
/** An active key is a critical finding whatever its rule's severity. */
function severityAfterVerification(severity, verification) {
    return verification?.status === 'active' ? 'critical' : severity;
}
/** `active`, `inactive`, `unknown (timeout: no answer within 100 ms)`: for text, Markdown and SARIF. */
function describeVerification(verification) {
    if (verification.status !== 'unknown')
        return verification.detail ? `${verification.status} (${verification.detail})` : verification.status;
    const why = [verification.reason, verification.detail].filter(Boolean).join(': ');
    return why ? `unknown (${why})` : 'unknown';
}


/***/ })

};

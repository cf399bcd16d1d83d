import type { RawFinding } from '../../core/finding.js';
import type { FileRule, SourceFile } from '../types.js';
import { commentAnnouncesPlaceholder } from '../secret-names.js';
import { findingAt } from '../kubernetes/report.js';
import { isSecretLikeKey } from '../kubernetes/secret-name.js';
import { isGitLabCiFile } from './include-set.js';
import { CI_VARIABLE_ADVICE, GITLAB_HELP, literalSeverity } from './meta.js';
import { pipelines, scriptLines, scriptOwners, serviceImagesOf } from './pipeline.js';

/** `export NAME=value` / `NAME=value cmd`: the value group is one of the three alternatives. */
const ASSIGNMENT = /(?:^|[\s;&|(])(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(?:"([^"$`\\]*)"|'([^']*)'|([^\s;&|'"$`()<>]+))/g;

/** A secret-like shell variable assigned a literal in `script`, `before_script` or `after_script`. */
export const gitlabScriptLiteralRule: FileRule = {
  meta: {
    id: 'gitlab-ci-script-literal-secret',
    category: 'unsafe-injection',
    severity: 'high',
    description: 'A GitLab CI script exports or assigns a literal value to a secret-like variable, so the secret is committed in the pipeline file. A quoted part that the shell joins to an expansion (`\'Circle-Token: \'"$TOKEN"`) is a fragment, not a value. Severities as for gitlab-ci-literal-variable.',
    helpUri: GITLAB_HELP,
  },
  appliesTo: (file) => file.kind === 'gitlab-ci' || file.kind === 'yaml',
  check(file, context) {
    if (!isGitLabCiFile(file, context)) return [];
    const findings: RawFinding[] = [];
    for (const pipeline of pipelines(file)) {
      for (const owner of scriptOwners(pipeline)) {
        for (const line of scriptLines(file, pipeline.view, owner.node, owner.path)) {
          for (const match of line.text.matchAll(ASSIGNMENT)) {
            const name = match[1]!;
            const group = match[2] !== undefined ? 2 : match[3] !== undefined ? 3 : 4;
            const value = match[group]!;
            if (!isSecretLikeKey(name, context.settings)) continue;
            // A fragment of a word the shell joins at run time (`'Circle-Token: '"$TOKEN"`, `'abc'"$SUFFIX"`).
            if (isShellFragment(line.text, match.index + match[0].length)) continue;
            const valueStart = match.index + match[0].length - value.length - (group === 4 ? 0 : 1);
            const span = line.locator.span(line.offset + valueStart, line.offset + valueStart + value.length);
            const judged = literalSeverity(value, {
              name,
              serviceImages: serviceImagesOf(pipeline, owner.job),
              placeholderComment: commentAnnouncesPlaceholder([line.text.slice(match.index + match[0].length), file.lines.lineText(file.lines.lineOf(span.start)).slice(file.lines.position(span.end).column - 1), previousLine(file, span.start)]),
            });
            if (!judged) continue;
            const { severity, note } = judged;
            findings.push(
              findingAt(this.meta, file, span.start, span.end, {
                message: `The script of ${owner.label} assigns a literal value to ${name}.${note}`,
                remediation: CI_VARIABLE_ADVICE(name),
                secret: value,
                yamlPath: line.path,
                ...(severity ? { severity } : {}),
              }),
            );
          }
        }
      }
    }
    return findings;
  },
};

/**
 * True when the shell word goes on after the matched part, joined to a quoted or expanded part
 * that holds an expansion (`$`, a backquote): the value is built at run time, the match is a fragment.
 */
function isShellFragment(text: string, end: number): boolean {
  const rest = text.slice(end);
  if (rest === '' || /^[\s;&|)<>]/.test(rest)) return false;
  const word = /^(?:"(?:[^"\\]|\\.)*"|'[^']*'|[^\s;&|)<>'"]+)+/.exec(rest)?.[0] ?? rest;
  return /[$`]/.test(word);
}

/** The file's line above an offset (a YAML comment above a script item, or a shell comment in a block). */
function previousLine(file: SourceFile, offset: number): string {
  const line = file.lines.lineOf(offset);
  return line > 1 ? file.lines.lineText(line - 1) : '';
}

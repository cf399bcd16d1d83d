import type { Node } from 'yaml';
import { commentAnnouncesPlaceholder } from '../secret-names.js';
import type { SourceFile } from '../types.js';

/**
 * True when a comment on the lines from the one above `first` to the line of `last` says the value
 * is a placeholder to replace (`- name: ACCESS_KEY  # replace with your access key`).
 */
export function placeholderByComment(file: SourceFile, first: Node, last: Node): boolean {
  const from = file.lines.lineOf(first.range?.[0] ?? 0);
  const to = file.lines.lineOf(last.range?.[0] ?? 0);
  const lines: string[] = [];
  for (let line = Math.max(1, from - 1); line <= to; line++) lines.push(file.lines.lineText(line));
  return commentAnnouncesPlaceholder(lines);
}

export const PLACEHOLDER_NOTE =
  ' A comment beside it says it is a placeholder to replace, so it is reported at low: replace it with a reference to a secret store, not with the real value in this file.';

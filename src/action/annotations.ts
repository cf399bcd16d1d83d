import * as core from '@actions/core';
import type { Report } from '../core/finding.js';
import { hiddenNote, planAnnotations } from '../output/github.js';

/**
 * One annotation per finding through @actions/core, most severe first, capped the way the
 * runner displays them, at once (before any report is written, which may fail). Returns what
 * logs the note about the ones left out, once it is known where they are (for the summary too),
 * and returns that note, or null.
 */
export function annotate(report: Report, pathPrefix: string): (where?: string) => string | null {
  const plan = planAnnotations(report, { pathPrefix });
  for (const annotation of plan.shown) {
    const emit = annotation.kind === 'error' ? core.error : annotation.kind === 'warning' ? core.warning : core.notice;
    emit(annotation.message, annotation.properties);
  }
  return (where) => {
    const note = hiddenNote(plan.hidden, where);
    if (note) core.info(note);
    return note;
  };
}

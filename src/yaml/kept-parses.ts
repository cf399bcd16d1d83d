import type { YamlFile } from './load.js';

/**
 * Whole-file parses made before the scan reached the file, kept for it: resolving GitLab
 * `include:` parses every pipeline file when the first one is analysed, and the rules then need
 * the very same parse (on the corpus of CI files, parsing them twice cost a tenth of the scan).
 * Kept per scan (by its file list, as the include set is) and per path, taken once, used only
 * for the same text, and bounded: past KEEP_CHARS of text nothing more is kept, so a scan that
 * never reaches a file (a diff, an excluded path, another thread's share) holds little.
 */
const byScan = new WeakMap<object, { chars: number; parses: Map<string, { text: string; parsed: YamlFile }> }>();
const KEEP_CHARS = 2 * 1024 * 1024;

export function keepParse(scan: object, path: string, text: string, parsed: YamlFile): void {
  let kept = byScan.get(scan);
  if (!kept) byScan.set(scan, (kept = { chars: 0, parses: new Map() }));
  if (kept.parses.has(path) || kept.chars + text.length > KEEP_CHARS) return;
  kept.parses.set(path, { text, parsed });
  kept.chars += text.length;
}

/** The kept parse of `path` when it was made of this very text; forgotten either way. */
export function takeParse(scan: object, path: string, text: string): YamlFile | undefined {
  const kept = byScan.get(scan);
  const entry = kept?.parses.get(path);
  if (!kept || !entry) return undefined;
  kept.parses.delete(path);
  kept.chars -= entry.text.length;
  return entry.text === text ? entry.parsed : undefined;
}

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Encoding, Finding } from '../core/finding.js';
import { DETECTORS } from '../detectors/catalogue.js';
import { git } from '../util/git.js';

/**
 * Recovers each detected secret from the scanned files so the runner can mask it before
 * anything is logged. The Report holds only redacted secrets; a finding's region is the exact
 * text it is about (the encoded form for decoded findings), so the value is read back from
 * there (history findings: from the file at their commit), decoded along `decodedFrom`, and any
 * provider key inside is added too.
 */

/** Shorter values would mask ordinary words in the log. */
const MIN_LENGTH = 8;
const MAX_LENGTH = 4096;

export async function secretsToMask(findings: readonly Finding[], root: string): Promise<Set<string>> {
  const values = new Set<string>();
  const texts = new Map<string, string | null>();
  for (const finding of findings) {
    if (finding.secret === undefined || finding.line === null) continue;
    // A history finding's lines are those of the file at its commit, not in the work tree.
    const source = finding.commit === undefined ? finding.file : `${finding.commit}:./${finding.file}`;
    if (!texts.has(source)) texts.set(source, finding.commit === undefined ? await readText(path.join(root, finding.file)) : await readAtCommit(root, source));
    const text = texts.get(source);
    if (!text) continue;
    const span = regionText(text, finding);
    if (span === null) continue;
    const candidates = [span, ...decodings(span, finding.decodedFrom ?? [])];
    for (const candidate of candidates) {
      add(values, candidate);
      for (const detector of DETECTORS) for (const match of detector.find(candidate)) add(values, match.secret);
    }
  }
  return values;
}

function add(values: Set<string>, value: string): void {
  const trimmed = value.trim();
  if (trimmed.length >= MIN_LENGTH && trimmed.length <= MAX_LENGTH) values.add(trimmed);
}

async function readText(file: string): Promise<string | null> {
  try {
    return (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

async function readAtCommit(root: string, object: string): Promise<string | null> {
  const result = await git(root, ['show', object]);
  return result.code === 0 ? result.stdout.toString('utf8').replace(/^\uFEFF/, '') : null;
}

/** The text between (line, column) and (endLine, endColumn): 1-based, columns in code points, end exclusive. */
export function regionText(text: string, f: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>): string | null {
  if (f.line === null) return null;
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const endLine = f.endLine ?? f.line;
  if (f.line < 1 || endLine > lines.length || endLine < f.line) return null;
  const parts: string[] = [];
  for (let n = f.line; n <= endLine; n++) {
    const chars = [...lines[n - 1]!];
    const from = n === f.line ? (f.column ?? 1) - 1 : 0;
    const to = n === endLine && f.endColumn !== null ? f.endColumn - 1 : chars.length;
    parts.push(chars.slice(from, to).join(''));
  }
  return parts.join('\n');
}

/** Each step of the decoding chain, outermost first; stops at the first step that fails. */
function decodings(encoded: string, chain: readonly Encoding[]): string[] {
  const out: string[] = [];
  let current = encoded;
  for (const encoding of chain) {
    try {
      if (encoding === 'base64') current = Buffer.from(current.replace(/\s+/g, ''), 'base64').toString('utf8');
      else if (encoding === 'hex') current = Buffer.from(current, 'hex').toString('utf8');
      else current = decodeURIComponent(current);
    } catch {
      break;
    }
    out.push(current);
  }
  return out;
}

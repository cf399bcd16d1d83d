/**
 * Parsing only what a rule needs from a multi-document YAML stream (a manifest bundle is mostly
 * Services, Roles and CRDs that no secret rule reads).
 */

/** A line that starts a document (`---`) or ends one (`...`): YAML forbids these inside any scalar. */
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;

/**
 * `text` with the documents that `keep` rejects blanked out: every character but line breaks
 * becomes a space, the `---` / `...` marker itself stays, so a parser sees empty documents there
 * and every kept document keeps its offsets (and so its lines and columns). Returns `text` itself
 * when every document is kept, or when the stream has directives (`%TAG` applies across a
 * marker, so documents are not independent), and null when no document is kept.
 */
export function selectDocuments(text: string, keep: (document: string) => boolean): string | null {
  if (/^%/m.test(text)) return text;
  const starts = [0];
  for (const m of text.matchAll(DOCUMENT_MARKER)) if (m.index > 0) starts.push(m.index);
  const chunks = starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length));
  const kept = chunks.map(keep);
  if (kept.every(Boolean)) return text;
  if (!kept.some(Boolean)) return null;
  return chunks.map((chunk, i) => (kept[i] ? chunk : blank(chunk))).join('');
}

function blank(chunk: string): string {
  const marker = chunk.startsWith('---') || chunk.startsWith('...') ? chunk.slice(0, 3) : '';
  return marker + chunk.slice(marker.length).replace(/[^\r\n]/g, ' ');
}

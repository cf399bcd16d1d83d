/**
 * Parsing only what a rule needs from a multi-document YAML stream (a manifest bundle is mostly
 * Services, Roles and CRDs that no secret rule reads).
 */

/**
 * A line that starts a document (`---`) or ends one (`...`): YAML forbids these inside any
 * scalar. Only after `\n` (not the `m` flag: JavaScript also breaks lines at U+2028, U+2029 and a
 * lone `\r`, which a YAML parser does not), so a stream is never cut where the parser would not.
 */
const DOCUMENT_MARKER = /(?<=^|\n)(?:---|\.\.\.)(?=[ \t]|\r?\n|$)/g;

/**
 * `text` with the documents that `keep` rejects blanked out: every character but line breaks
 * becomes a space, the `---` / `...` marker itself stays, so a parser sees empty documents there
 * and every kept document keeps its offsets (and so its lines and columns). Returns `text` itself
 * when every document is kept, or when the stream has directives (`%TAG` applies across a
 * marker, so documents are not independent), and null when no document is kept. The caller
 * must still check the parse: blanking a broken document can change how the parser recovers
 * from it (an unclosed quote that a later blanked quote closed).
 */
export function selectDocuments(text: string, keep: (document: string) => boolean): string | null {
  if (/(?:^|\n)%/.test(text)) return text;
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

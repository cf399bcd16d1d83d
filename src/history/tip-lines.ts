import { readBlobs, type BlobReader } from '../diff/git-blobs.js';
import { git } from '../util/git.js';

export interface LineQuestion {
  file: string;
  line: number | null;
  /** The text the commit wrote there (the key, or its encoded form). */
  written: string;
}

/**
 * For each question: does `file` at `tip` still hold `written` on that very line? Only then may a
 * history finding be annotated on the line (an annotation shows the tip's file). One `ls-tree`
 * (paths below `root`, as the history scan names them) and one `cat-file --batch` for all: the
 * caller's reader, or one started here.
 */
export async function heldAtTip(root: string, tip: string, questions: readonly LineQuestion[], reader?: BlobReader): Promise<boolean[]> {
  const asked = questions.filter((q) => q.line !== null && q.written !== '');
  if (asked.length === 0) return questions.map(() => false);
  const listed = await git(root, ['ls-tree', '-r', '-z', tip]);
  if (listed.code !== 0) return questions.map(() => false);
  const wanted = new Set(asked.map((q) => q.file));
  const oidOf = new Map<string, string>();
  for (const record of listed.stdout.toString('utf8').split('\0')) {
    const match = /^\d+ blob ([0-9a-f]+)\t([^]*)$/.exec(record);
    if (match && wanted.has(match[2]!)) oidOf.set(match[2]!, match[1]!);
  }
  const lines = new Map<string, string[]>();
  const oids = [...new Set(oidOf.values())];
  const onBlob = (oid: string, content: Buffer | null) => {
    if (content) lines.set(oid, content.toString('utf8').split('\n'));
  };
  const limit = 64 * 1024 * 1024;
  await (reader ? reader.read(oids, onBlob, limit) : readBlobs(root, oids, onBlob, limit));
  return questions.map((q) => {
    const oid = q.line === null || q.written === '' ? undefined : oidOf.get(q.file);
    const text = oid === undefined ? undefined : lines.get(oid)?.[q.line! - 1];
    return text !== undefined && text.includes(q.written);
  });
}

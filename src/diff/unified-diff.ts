/**
 * An incremental parser of git's unified diff output (`git diff`, `git log -p`), fed one line at
 * a time so that a whole log never has to be held in memory. It reports, per file, the
 * post-image path and the post-image line number of every added line.
 */
import { displayName } from '../util/file-name.js';

export interface DiffFileStart {
  /** POSIX post-image path, or null for a deleted file. */
  path: string | null;
  /** Pre-image path, or null for a new file (a pure rename, which has no `---` line, names it by `rename from`). */
  oldPath: string | null;
  /** The post-image blob id from the `index` line, when git printed one (full with `--full-index`). */
  newOid?: string;
  /** The post-image mode (`100644`, `120000`, …), when git printed one (`index`, `new file mode`, `new mode`). */
  newMode?: string;
}

export interface DiffEvents {
  /** A new file section begins (`diff --git`); its paths are known from `---`/`+++` or the header. */
  file?(file: DiffFileStart): void;
  /** An added line with its 1-based post-image line number. */
  added?(path: string, line: number, text: string): void;
  /** A binary file whose content git did not show. */
  binary?(path: string | null): void;
}

/** Undoes git's C-style quoting of unusual path names (`"a\tb"`, octal escapes for bytes); bytes that are not UTF-8 come back as `\xNN`. */
export function unquoteGitPath(raw: string): string {
  if (!raw.startsWith('"') || !raw.endsWith('"') || raw.length < 2) return raw;
  const bytes: number[] = [];
  const body = raw.slice(1, -1);
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = body[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return displayName(Buffer.from(bytes));
}

/** `a/foo` -> `foo`; `/dev/null` -> null. A trailing TAB (added by git for names with spaces) is dropped. */
function headerPath(raw: string): string | null {
  const trimmed = raw.endsWith('\t') ? raw.slice(0, -1) : raw;
  if (trimmed === '/dev/null') return null;
  const unquoted = unquoteGitPath(trimmed);
  return unquoted.replace(/^[ab]\//, '');
}

export class UnifiedDiffParser {
  private oldPath: string | null = null;
  private renamedFrom: string | null = null;
  private newPath: string | null = null;
  private inHunk = false;
  private nextLine = 0;
  private remainingOld = 0;
  private remainingNew = 0;
  private announced = false;
  private headerNew: string | null = null;
  private newOid: string | null = null;
  private newMode: string | null = null;

  constructor(private readonly events: DiffEvents) {}

  /** Feeds one line (without its `\n`). */
  line(text: string): void {
    if (this.inHunk && (this.remainingOld > 0 || this.remainingNew > 0)) {
      const tag = text.charCodeAt(0);
      if (tag === 43 /* + */) {
        if (this.newPath !== null) this.events.added?.(this.newPath, this.nextLine, text.slice(1));
        this.nextLine++;
        this.remainingNew--;
        return;
      }
      if (tag === 45 /* - */) {
        this.remainingOld--;
        return;
      }
      if (tag === 32 /* space */ || text === '') {
        this.nextLine++;
        this.remainingOld--;
        this.remainingNew--;
        return;
      }
      if (tag === 92 /* \ No newline at end of file */) return;
      // Anything else ends the hunk early (malformed input): fall through to header parsing.
      this.inHunk = false;
    } else if (this.inHunk && text.startsWith('\\')) {
      return;
    }
    this.header(text);
  }

  private header(text: string): void {
    if (text.startsWith('diff --git ')) {
      this.finishFile();
      this.inHunk = false;
      this.oldPath = null;
      this.renamedFrom = null;
      this.newPath = null;
      this.announced = false;
      this.newOid = null;
      this.newMode = null;
      this.headerNew = guessHeaderPath(text);
      return;
    }
    if (text.startsWith('index ')) {
      const oids = /^index [0-9a-f]+\.\.([0-9a-f]+)(?: ([0-7]{6}))?/.exec(text);
      if (oids) {
        this.newOid = oids[1]!;
        if (oids[2] !== undefined) this.newMode = oids[2];
      }
      return;
    }
    if (text.startsWith('new file mode ') || text.startsWith('new mode ')) {
      const mode = /([0-7]{6})$/.exec(text);
      if (mode) this.newMode = mode[1]!;
      return;
    }
    if (text.startsWith('--- ')) {
      this.oldPath = headerPath(text.slice(4));
      return;
    }
    if (text.startsWith('+++ ')) {
      this.newPath = headerPath(text.slice(4));
      this.announce();
      return;
    }
    if (text.startsWith('rename from ')) {
      this.renamedFrom = unquoteGitPath(text.slice('rename from '.length));
      return;
    }
    if (text.startsWith('rename to ') || text.startsWith('copy to ')) {
      this.headerNew = unquoteGitPath(text.slice(text.indexOf(' to ') + 4));
      return;
    }
    if (text.startsWith('Binary files ') || text === 'GIT binary patch') {
      this.events.binary?.(this.headerNew);
      return;
    }
    // Combined diffs (`@@@`, merges shown with --cc) are not requested by this tool: not parsed.
    const hunk = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(text);
    if (hunk) {
      this.announce();
      this.inHunk = true;
      this.remainingOld = hunk[1] === undefined ? 1 : Number(hunk[1]);
      this.nextLine = Number(hunk[2]);
      this.remainingNew = hunk[3] === undefined ? 1 : Number(hunk[3]);
    }
  }

  private announce(): void {
    if (this.announced) return;
    this.announced = true;
    this.events.file?.({ path: this.newPath, oldPath: this.oldPath, ...this.blob() });
  }

  private blob(): Pick<DiffFileStart, 'newOid' | 'newMode'> {
    return { ...(this.newOid !== null ? { newOid: this.newOid } : {}), ...(this.newMode !== null ? { newMode: this.newMode } : {}) };
  }

  /** A section with no `+++` line (mode change, pure rename, binary) still names its file. */
  private finishFile(): void {
    if (!this.announced && this.headerNew !== null) {
      this.events.file?.({ path: this.headerNew, oldPath: this.renamedFrom, ...this.blob() });
      this.announced = true;
    }
  }

  /** Call once after the last line. */
  end(): void {
    this.finishFile();
  }
}

/** `diff --git a/x b/x` -> `x` when the two names are equal and unquoted (the common case). */
function guessHeaderPath(text: string): string | null {
  const rest = text.slice('diff --git '.length);
  if (rest.startsWith('"')) {
    const m = /^"(?:[^"\\]|\\.)*" ("(?:[^"\\]|\\.)*")$/.exec(rest);
    return m ? headerPath(m[1]!) : null;
  }
  if (!rest.startsWith('a/')) return rest.includes(' ') ? null : rest;
  const half = (rest.length - 1) / 2;
  const a = rest.slice(0, half);
  const b = rest.slice(half + 1);
  if (a.slice(2) === b.slice(2)) return b.slice(2);
  return null;
}

/** Parses a whole diff text into POSIX path -> added post-image lines (every named file is present). */
export function parseAddedLines(diff: string): Map<string, Set<number>> {
  const { parser, result } = addedLinesParser();
  for (const line of diff.split('\n')) parser.line(line);
  parser.end();
  return result;
}

/**
 * A parser to feed line by line, and the maps it fills: POSIX path -> added post-image lines, and
 * renamed path -> the path it was renamed from.
 */
export function addedLinesParser(): { parser: UnifiedDiffParser; result: Map<string, Set<number>>; renamedFrom: Map<string, string> } {
  const result = new Map<string, Set<number>>();
  const renamedFrom = new Map<string, string>();
  const parser = new UnifiedDiffParser({
    file: ({ path, oldPath }) => {
      if (path !== null && !result.has(path)) result.set(path, new Set());
      if (path !== null && oldPath !== null && oldPath !== path) renamedFrom.set(path, oldPath);
    },
    added: (path, line) => {
      let lines = result.get(path);
      if (!lines) result.set(path, (lines = new Set()));
      lines.add(line);
    },
  });
  return { parser, result, renamedFrom };
}

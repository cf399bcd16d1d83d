/**
 * The lines one commit added to one file, joined into a text the file rules can read, with a
 * map from each text line to its real post-image line number. Runs of added lines that are not
 * adjacent in the file are separated by an empty line so that no match spans the gap.
 */
/**
 * A UTF-16 byte order mark and an ASCII character, as git's diff lines show them read as UTF-8
 * (each BOM byte is invalid there): such a file is told from a binary one by its blob.
 */
const UTF16_START = /^\uFFFD\uFFFD(?:[\x01-\x7f]\0|\0[\x01-\x7f])/;

export class AddedText {
  private readonly lines: string[] = [];
  /** realLine[i] is the post-image line of text line i + 1. */
  readonly realLine: number[] = [];
  bytes = 0;
  /**
   * A NUL byte in the file's first 8 KiB, seen in what was added: a binary file (git's own test).
   * History is read with `--text`, so that a `.gitattributes` marking a text file `binary` or
   * `-diff` cannot hide it. Known only while the added lines run on from line 1: elsewhere the
   * NUL's place in the file is unknown (see `nul`).
   */
  binary = false;
  /**
   * A NUL byte added where its place in the file is unknown (after a gap, or past 8 KiB added):
   * the lines are kept, and only the blob itself can tell a binary file (a NUL in its first
   * 8 KiB) from a text file with a NUL further on, whose other added lines must be scanned.
   */
  nul = false;
  /**
   * The file was renamed here from a path the scan excludes: it was never scanned there, so every
   * line of it counts as added (a rename alone adds none).
   */
  renamedIn = false;
  private last = -1;
  /** Line 1 was added and starts as UTF-16 text does (a BOM, then an ASCII character): its NULs are text. */
  private utf16 = false;
  /** The added lines so far run on from line 1: `bytes` is then the offset in the file. */
  private fromStart = true;

  /** Lines past `keepBytes` are only counted (the file is then skipped as too large): memory stays bounded. */
  constructor(private readonly keepBytes = Number.POSITIVE_INFINITY) {}

  add(line: number, text: string): void {
    if (line !== (this.last === -1 ? 1 : this.last + 1)) this.fromStart = false;
    if (line === 1 && UTF16_START.test(text)) this.utf16 = true;
    if (!this.binary && text.includes('\0')) {
      if (this.fromStart && !this.utf16 && this.bytes + Buffer.byteLength(text.slice(0, text.indexOf('\0'))) < 8192) this.binary = true;
      else this.nul = true;
    }
    if (this.binary || this.bytes > this.keepBytes) {
      this.bytes += Buffer.byteLength(text) + 1;
      return;
    }
    if (this.last !== -1 && line !== this.last + 1) {
      this.lines.push('');
      this.realLine.push(this.last);
    }
    this.lines.push(text);
    this.realLine.push(line);
    this.last = line;
    this.bytes += Buffer.byteLength(text) + 1;
  }

  text(): string {
    return this.lines.join('\n') + '\n';
  }

  /** The added text of a real post-image line, for telling where a finding was written. */
  lineText(textLine: number): string {
    return this.lines[textLine - 1] ?? '';
  }

  mapLine(textLine: number | null): number | null {
    return textLine === null ? null : (this.realLine[textLine - 1] ?? textLine);
  }
}

/**
 * The lines one commit added to one file, joined into a text the file rules can read, with a
 * map from each text line to its real post-image line number. Runs of added lines that are not
 * adjacent in the file are separated by an empty line so that no match spans the gap.
 */
export class AddedText {
  private readonly lines: string[] = [];
  /** realLine[i] is the post-image line of text line i + 1. */
  readonly realLine: number[] = [];
  bytes = 0;
  private last = -1;

  add(line: number, text: string): void {
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

/**
 * Maps offsets in a decoded text (UTF-16 code units, BOM already removed) to 1-based line and
 * column, with columns counted in characters (code points) as editors and GitHub show them.
 * Lines end at `\n`; a `\r` before it belongs to the line's end, not its columns.
 */
export class LineIndex {
  private lineStarts: number[] | undefined;
  private pairs: number[] | undefined;

  constructor(private readonly text: string) {}

  /** Offsets where lines start, found on first use: most files have nothing to report. */
  private get starts(): number[] {
    if (this.lineStarts === undefined) {
      const starts = [0];
      for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 1-based line of an offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.text.length;
  }

  /** The text of a 1-based line without its line ending. */
  lineText(line: number): string {
    const start = this.lineStart(line);
    let end = line < this.starts.length ? this.lineStart(line + 1) - 1 : this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }

  position(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    const start = this.lineStart(line);
    return { line, column: offset - start - this.pairsIn(start, offset) + 1 };
  }

  /**
   * Surrogate pairs (two code units, one character) starting in [from, to - 1): found once per
   * text, so that a column costs a binary search, not a walk along its line (many findings on one
   * long line would cost the line's length each).
   */
  private pairsIn(from: number, to: number): number {
    if (this.pairs === undefined) {
      this.pairs = [];
      for (const m of this.text.matchAll(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)) this.pairs.push(m.index);
    }
    if (this.pairs.length === 0) return 0;
    return firstAtLeast(this.pairs, to - 1) - firstAtLeast(this.pairs, from);
  }

  /** Start and end (exclusive end offset, reported as the column after the last character). */
  range(start: number, end: number): { line: number; column: number; endLine: number; endColumn: number } {
    const from = this.position(start);
    const to = this.position(end);
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }
}

/** Index of the first element of the sorted `values` that is >= `target` (values.length if none). */
function firstAtLeast(values: readonly number[], target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

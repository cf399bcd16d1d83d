/**
 * Finds `${{ … }}` expressions in a string value the way the Actions runner does: an expression
 * ends at the first `}}` outside a single-quoted string literal (`''` escapes a quote).
 */
export interface TemplateExpression {
  /** Offsets into the searched string: `${{` starts at `start`, `}}` ends at `end`. */
  start: number;
  end: number;
  /** The text between the braces, and where it starts. */
  inner: string;
  innerStart: number;
}

export function findExpressions(value: string): TemplateExpression[] {
  const found: TemplateExpression[] = [];
  let from = 0;
  for (;;) {
    const open = value.indexOf('${{', from);
    if (open === -1) break;
    const innerStart = open + 3;
    let i = innerStart;
    let close = -1;
    while (i < value.length) {
      const ch = value[i];
      if (ch === "'") {
        i++;
        while (i < value.length) {
          if (value[i] === "'" && value[i + 1] === "'") i += 2;
          else if (value[i] === "'") break;
          else i++;
        }
        i++;
        continue;
      }
      if (ch === '}' && value[i + 1] === '}') {
        close = i;
        break;
      }
      i++;
    }
    if (close === -1) break; // unterminated: GitHub rejects the file; nothing more to read
    found.push({ start: open, end: close + 2, inner: value.slice(innerStart, close), innerStart });
    from = close + 2;
  }
  return found;
}

/** True when the whole value is one expression (`${{ secrets.X }}`, surrounding whitespace allowed). */
export function isSingleExpression(value: string): boolean {
  const found = findExpressions(value);
  return found.length === 1 && value.slice(0, found[0]!.start).trim() === '' && value.slice(found[0]!.end).trim() === '';
}

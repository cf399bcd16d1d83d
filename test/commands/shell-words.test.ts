import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scriptOffset, shellCommands } from '../../src/analyzers/commands/shell-words.js';

const words = (script: string, makefile = false) => shellCommands(script, { makefile }).map((c) => c.words.map((w) => w.text));

/** Quotes a word for the shell in one of three ways. */
function quote(word: string, style: number): string {
  if (style === 0) return `'${word.replace(/'/g, `'\\''`)}'`;
  if (style === 1) return `"${word.replace(/["\\$`]/g, (c) => `\\${c}`)}"`;
  return word.replace(/[^A-Za-z0-9_./:=@%+,-]/g, (c) => `\\${c}`);
}

describe('shellCommands', () => {
  it('splits commands at separators and newlines, removes quotes and escapes, keeps expansions as written', () => {
    expect(words(`curl -u 'a b':"c d" x\\ y; echo "$(cat f | tr -d ' ')" && ls \${{ secrets.X }} || true`)).toEqual([
      ['curl', '-u', 'a b:c d', 'x y'],
      ['echo', "$(cat f | tr -d ' ')"],
      ['ls', '${{ secrets.X }}'],
      ['true'],
    ]);
    expect(words('curl \\\n  -u a:b \\\r\n  url # -p comment\nnext')).toEqual([['curl', '-u', 'a:b', 'url'], ['next']]);
    // Redirection targets and descriptors are not arguments; `2>&1` does not split the command.
    expect(words('mysql -pX < dump.sql 2>&1 >> log | tee out')).toEqual([['mysql', '-pX'], ['tee', 'out']]);
    expect(words('echo `date +%s` ${A:-"b c"}')).toEqual([['echo', '`date +%s`', '${A:-"b c"}']]);
    // Make: `$$VAR` is the shell's `$VAR`, `$(VAR)` Make's reference; both stay references.
    expect(words('\t@docker login -p $$PASS -u $(USER)', true)).toEqual([['@docker', 'login', '-p', '$$PASS', '-u', '$(USER)']]);
  });

  it('maps every character of every word back to the same character of the script (any input)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', '1', ' ', '\t', '\n', '\\', "'", '"', '$', '(', ')', '{', '}', '`', ';', '|', '&', '<', '>', '#', ':', '=', '-') , maxLength: 200 }), fc.boolean(), (script, makefile) => {
        for (const command of shellCommands(script, { makefile })) {
          for (const word of command.words) {
            let previous = -1;
            for (let k = 0; k < word.text.length; k++) {
              const offset = scriptOffset(word, k);
              expect(script[offset]).toBe(word.text[k]);
              expect(offset).toBeGreaterThan(previous);
              previous = offset;
            }
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back any words quoted in any of the shell styles', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'Z', '9', ' ', '\'', '"', '\\', '|', ';', '&', '#', '*', ':', '@', '-', '/'), minLength: 1, maxLength: 12 }).filter((w) => !w.includes('$'));
    fc.assert(
      fc.property(fc.array(fc.tuple(word, fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 8 }), (list) => {
        const script = list.map(([w, style]) => quote(w, style)).join(' ');
        expect(words(script)).toEqual([list.map(([w]) => w)]);
      }),
      { numRuns: 1000 },
    );
  });

  it('is linear: a 1 MB script, and an unterminated quote or substitution, take milliseconds', () => {
    const line = 'curl -fsS -u "deploy:$PASS" -H "Authorization: Bearer $(cat t)" https://example.org/api && echo ok\n';
    const big = line.repeat(Math.ceil(1_000_000 / line.length));
    let started = performance.now();
    expect(shellCommands(big).length).toBe(2 * Math.ceil(1_000_000 / line.length));
    expect(performance.now() - started).toBeLessThan(2000);
    for (const hostile of ['"'.padEnd(1_000_000, 'a '), '$('.repeat(300_000), '`'.padEnd(1_000_000, '\\ '), '${{'.repeat(300_000)]) {
      started = performance.now();
      shellCommands(hostile);
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });
});

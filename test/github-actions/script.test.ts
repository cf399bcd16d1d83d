/** Where secrets go in run: scripts: the cases between "printed" and "not printed". */
import { describe, expect, it } from 'vitest';
import { splitSegments } from '../../src/analyzers/github-actions/script.js';
import { runRules } from './source.js';

function sinks(script: string[]) {
  const text = ['on: push', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps:', '      - env:', '          KEY: ${{ secrets.KEY }}', '        run: |', ...script.map((l) => `          ${l}`), ''].join('\n');
  const { findings } = runRules('.github/workflows/s.yml', text);
  return findings.filter((f) => f.ruleId === 'gha-secret-printed' || f.ruleId === 'gha-secret-to-github-env').map((f) => [f.ruleId.replace('gha-secret-', ''), f.line! - 8, f.column! - 10]);
}

describe('run: script sinks', () => {
  it('counts stderr as the log, and a pipe or file as not printed', () => {
    expect(sinks(['echo "$KEY" >&2', 'echo "$KEY" 2>&1 | tool --stdin', 'echo "$KEY" > out.txt'])).toEqual([['printed', 1, 7]]);
  });

  it('treats tee into $GITHUB_ENV as a GITHUB_ENV write', () => {
    expect(sinks(['echo "A=$KEY" | tee -a "$GITHUB_ENV"'])).toEqual([['to-github-env', 1, 9]]);
  });

  it('follows Python and PowerShell forms', () => {
    expect(sinks(['python -c "import os; print(os.environ[\'KEY\'])"', 'echo "A=$env:KEY" | Out-File -FilePath $env:GITHUB_ENV -Append'])).toEqual([
      ['printed', 1, 29],
      ['to-github-env', 2, 9],
    ]);
  });

  it('ignores comments and length-only expansions', () => {
    expect(sinks(['# echo $KEY', 'echo "${#KEY} chars"', 'echo done # $KEY'])).toEqual([]);
  });
});

describe('splitSegments', () => {
  it('splits at unquoted separators only', () => {
    const line = `echo "a;b" && echo 'c|d' | wc 2>&1; x # y`;
    expect(splitSegments(line).map((s) => [line.slice(s.start, s.end).trim(), s.sep])).toEqual([
      ['echo "a;b"', '&&'],
      ["echo 'c|d'", '|'],
      ['wc 2>&1', ';'],
      ['x', null],
    ]);
  });
});

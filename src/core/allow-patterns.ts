/**
 * `allow.patterns`: regular expressions over a finding's secret value, written in the scanned
 * repository's own config, so written by whoever controls the repository. They run on RE2
 * (re2js, pure JavaScript): time linear in the input whatever the pattern, where JavaScript's
 * backtracking engine can take years on `^([a-zA-Z0-9_-]+)+!$`. RE2 has no backreferences or
 * lookarounds; a pattern that needs them is refused as a configuration error.
 */
import { re2 } from '../util/re2.js';
import { ConfigurationError } from './errors.js';

export interface AllowPattern {
  /** True when the pattern matches anywhere in `value` (unanchored, as RegExp#test). */
  test(value: string): boolean;
}

/**
 * Why RE2 refuses `pattern` ("invalid escape sequence", "invalid or unsupported Perl syntax"…),
 * or null when it compiles. The reason never quotes the pattern: it may be a secret itself.
 */
export function allowPatternProblem(pattern: string): string | null {
  const { RE2JS } = re2();
  try {
    RE2JS.compile(pattern);
    return null;
  } catch (error) {
    return describe(error);
  }
}

/** Compiles every pattern; a refused one is a ConfigurationError naming `allow.patterns[i]`. */
export function compileAllowPatterns(patterns: readonly string[]): AllowPattern[] {
  if (patterns.length === 0) return [];
  const { RE2JS } = re2();
  return patterns.map((pattern, index) => {
    try {
      return RE2JS.compile(pattern);
    } catch (error) {
      throw new ConfigurationError(`allow.patterns[${index}]: not a valid regular expression: ${describe(error)} (RE2 syntax)`);
    }
  });
}

function describe(error: unknown): string {
  const { RE2JSException, RE2JSSyntaxException } = re2();
  if (error instanceof RE2JSSyntaxException) return error.error;
  if (error instanceof RE2JSException) return error.constructor.name;
  return 'cannot be compiled';
}

/**
 * Neutralising repository-controlled text (file names, YAML keys, messages quoting them) for the
 * medium it is shown in. Secrets are already masked by the core; this is about what text can *do*:
 * move a terminal's cursor, recolour or hide a line (ANSI escapes), reorder what a reader sees
 * (bidirectional overrides), end a line, or start a GitHub workflow command.
 *
 * The runner reads a step's output line by line (a line ends at `\n`, `\r` or `\r\n`) and takes
 * as a command any line that starts with `::` once leading whitespace is trimmed, and any line
 * that holds `##[<registered command>]` anywhere (the legacy syntax, still parsed). That holds for
 * the Action's own log and for the CLI run inside a workflow step, so every format printed to a
 * log goes through one of the functions here.
 */

/**
 * C0 and C1 controls, DEL, line and paragraph separators, bidirectional marks and overrides, and
 * the BOM: never shown as they are.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Every control character as a visible escape (`\n`, `\r`, `\x1b`, `\u202e`). */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => NAMED[c] ?? escapeCode(c.charCodeAt(0)));
}

function escapeCode(code: number): string {
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Whitespace the runner trims before looking for `::` (.NET's Char.IsWhiteSpace; \s lacks U+0085). */
const COMMAND_AT_LINE_START = /^([\s\u0085]*):(?=:)/;
const LEGACY_COMMAND = /##\[/g;

/**
 * A line the runner cannot take as a workflow command: a leading `::` becomes `\::`, and any
 * `##[` becomes `##\[`. The line must not hold a line break (escape those first).
 */
export function neutralizeCommandLine(line: string): string {
  return line.replace(COMMAND_AT_LINE_START, '$1\\:').replace(LEGACY_COMMAND, '##\\[');
}

/** Each line of a text made of our own lines (repository text in it already escaped). */
export function neutralizeCommands(text: string): string {
  return text.split('\n').map(neutralizeCommandLine).join('\n');
}

/**
 * A log message that may quote repository text: our own line breaks are kept, every other
 * control character (a lone `\r` included: the runner ends a line there) is escaped, and no line
 * can start a workflow command.
 */
export function logSafe(message: string): string {
  return message
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((line) => neutralizeCommandLine(escapeControls(line)))
    .join('\n');
}

/**
 * JSON text (a report, SARIF) that can be printed to a log: `##[` is written `\u0023#[`, and C1
 * controls, separators and bidirectional controls as `\u` escapes. Lossless: the parsed value is
 * unchanged. (JSON.stringify already escapes C0 controls, and a JSON line never starts with `::`.)
 */
export function logSafeJson(json: string): string {
  return json.replace(LEGACY_COMMAND, '\\u0023#[').replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

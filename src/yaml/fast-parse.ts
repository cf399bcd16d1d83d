/**
 * A fast path for the YAML parse (issue 20): @stoplight/yaml-ast-parser, a js-yaml fork that keeps
 * every node's offsets, parses ten times faster than `yaml` (bench/yaml-parsers.mjs), and its tree
 * is rebuilt here out of `yaml`'s own node classes, so the rules, `visit` and the locators read it
 * as they read `yaml`'s. What the rules decide by must come out exactly as `yaml` makes it: values
 * and their core-schema types, quoting and block style, every node's start and every scalar's end
 * (test/yaml/fast-parse.test.ts holds them equal on the fixtures; test/corpus on 3,591 real files).
 * The end of a collection and the trailing part of a node (`range[2]`) follow simple rules that
 * `yaml` does not always keep (comment lines under a value count into its node end there): only
 * reported positions read them, and a file whose analysis reports anything is analysed again on
 * `yaml`'s parse (src/core/analyze.ts), so its report is exactly what it was.
 *
 * Anything the rebuild does not model exactly returns null, and `yaml` parses the file: a parse
 * error, tags, directives, complex keys, quoted scalars over several lines, block scalars with a
 * keep indicator or a blank first line, empty sequence items, a byte-order mark, a line starting
 * with a template directive (Helm), and any character outside the nodes that is not white space,
 * an indicator, a comment, a document marker, an anchor or an alias.
 */
import type { Document, LineCounter, Node, Scalar, Schema } from 'yaml';
import type * as YamlAst from '@stoplight/yaml-ast-parser';
import { yamlAstLibrary, yamlLibrary } from './library.js';

const TEMPLATE_LINE = /(?:^|\n)[ \t]*\{\{/;
/** `---x` or `...x` starting a line (a plain scalar to `yaml`, a marker to the peer), or a marker with content after it. */
const MARKER_LIKE = /(?:^|\n)(?:---|\.\.\.)(?:[^ \t\r\n]|[ \t]+[^# \t\r\n])/;
const LONG_LINE = /[^\n]{1025}/;
/** A lone CR (text to `yaml`, a line break to the peer) or a byte-order mark past the start. */
const ODD_BREAK = /\r(?!\n)|\uFEFF/;

/** `yaml`'s symbol for the schema's plain-string tag (its `identity.SCALAR`). */
const SCALAR_TAG = Symbol.for('yaml.scalar');

class Unsupported extends Error {}


interface ScalarTag {
  default?: boolean | 'key';
  test?: RegExp;
  format?: string;
  resolve(source: string, onError: (message: string) => void, options: object): unknown;
}

let coreSchema: Schema | null = null;

/** Documents as `yaml` would parse them, or null where this path does not model the text exactly. */
export function fastParseAllDocuments(text: string, lineCounter: LineCounter): Document.Parsed[] | null {
  const ast = yamlAstLibrary();
  // A line that starts with a template directive (`{{- if … }}`, a Helm template) is not YAML the
  // fast path can take: `yaml` parses it, without the cost of a failed attempt first.
  if (ast === null || TEMPLATE_LINE.test(text) || MARKER_LIKE.test(text) || ODD_BREAK.test(text)) return fallback('template, marker-like text, lone CR or BOM');
  // The rebuild looks back along a node's line for several checks: on a hostile line of
  // thousands of flow entries that is quadratic (1 MB: over a minute), so long lines go to `yaml`.
  if (LONG_LINE.test(text)) return fallback('a line over 1,024 characters');
  const roots: YamlAst.YAMLNode[] = [];
  try {
    ast.loadAll(text, (document) => roots.push(document), { ignoreDuplicateKeys: true });
  } catch {
    return fallback('parser threw');
  }
  const Y = yamlLibrary();
  coreSchema ??= new Y.Document().schema;
  const builder = new Builder(text, ast, coreSchema);
  const documents: Document.Parsed[] = [];
  try {
    for (const root of roots) {
      if (!root || root.errors.length > 0) return fallback('parse error');
      const document = new Y.Document() as unknown as Document.Parsed;
      if (root.kind === ast.Kind.SCALAR && root.startPosition === root.endPosition) {
        // An empty document after `---` (a document `selectDocuments` blanked, a trailing marker):
        // `yaml`'s is a null scalar right after the marker. Without a marker (a text of comments
        // only) `yaml` finds no document at all.
        // The peer's empty document starts where the next one does (or at the end).
        const marker = text.lastIndexOf('---', root.startPosition - 1);
        if (marker === -1 || (marker > 0 && text[marker - 1] !== '\n') || text.slice(marker + 3, root.startPosition).replace(/#[^\n]*/g, '').trim() !== '') return fallback('empty document');
        let at = marker + 3;
        while (isBlank(text.charCodeAt(at))) at++;
        const empty = builder.emptyAt(at);
        document.contents = empty as Document.Parsed['contents'];
        document.range = [marker, marker + 3, marker + 3];
      } else {
        const contents = builder.node(root, false);
        document.contents = contents as Document.Parsed['contents'];
        document.range = [root.startPosition, contents.range![1], contents.range![2]];
      }
      documents.push(document);
    }
  } catch (error) {
    // Anything else (a stack too deep for a hostile nesting): `yaml` parses it, as it always did.
    return fallback(error instanceof Unsupported ? error.message : 'rebuild failed');
  }
  if (!builder.onlyStructureOutside()) return fallback('text outside the nodes');
  // What `yaml`'s lexer records: every line start, the first included.
  lineCounter.addNewLine(0);
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) lineCounter.addNewLine(nl + 1);
  return documents;
}

/** `yaml` parses the text; the reason names the shape (for whoever debugs a fallback). */
function fallback(_reason: string): null {
  return null;
}

class Builder {
  /** Source spans of the nodes built: what lies outside them must be structure only. */
  private readonly covered: [number, number][] = [];
  private readonly Y = yamlLibrary();

  constructor(
    private readonly text: string,
    private readonly ast: typeof YamlAst,
    private readonly schema: Schema,
  ) {}

  node(node: YamlAst.YAMLNode, inFlow: boolean): Node {
    const { ast, text, Y } = this;
    if (node.errors.length > 0) throw new Unsupported('node error');
    const start = node.startPosition;
    const end = node.endPosition;
    if (node.kind === ast.Kind.ANCHOR_REF) {
      // `*name`: the peer's node starts after the `*`, `yaml`'s Alias at it.
      const name = (node as YamlAst.YAMLAnchorReference).referencesAnchor;
      if (text[start - 1] !== '*' || text.slice(start, end) !== name) throw new Unsupported('alias');
      const alias = new Y.Alias(name);
      alias.range = [start - 1, end, inFlow ? end : this.restOfLine(end)];
      this.covered.push([start - 1, end]);
      return alias;
    }
    const built = this.value(node, inFlow);
    if (node.anchorId) {
      // `&name` before the value (on its line or one above): covered here, so that anything else
      // between them (a tag) is left outside the nodes and sends the file to `yaml`.
      const at = text.lastIndexOf(`&${node.anchorId}`, start);
      if (at === -1) throw new Unsupported('anchor token');
      // `&a[]`: the peer reads an anchor stuck to a flow collection; to `yaml` it is an error.
      if (!isWhiteSpace(text.charCodeAt(at + 1 + node.anchorId.length))) throw new Unsupported('anchor without white space');
      this.covered.push([at, at + 1 + node.anchorId.length]);
      built.anchor = node.anchorId;
    }
    return built;
  }

  private value(node: YamlAst.YAMLNode, inFlow: boolean): Node {
    const { ast, text, Y } = this;
    const start = node.startPosition;
    const end = node.endPosition;
    if (node.kind === ast.Kind.MAP || node.kind === ast.Kind.SEQ) {
      const flow = text[start] === '{' || text[start] === '[';
      const inner = inFlow || flow;
      // Over several lines, a flow collection's indentation decides what `yaml` accepts.
      if (flow && text.lastIndexOf('\n', end - 1) >= start) throw new Unsupported('flow over lines');
      const collection = node.kind === ast.Kind.MAP ? new Y.YAMLMap(this.schema) : new Y.YAMLSeq(this.schema);
      // A map inside a flow collection (`[a: 1]`) is a flow map to `yaml` too.
      if (inner) collection.flow = true;
      let last: Node | null = null;
      if (node.kind === ast.Kind.MAP) {
        for (const mapping of (node as YamlAst.YamlMap).mappings) {
          if (!mapping.key || mapping.key.kind !== ast.Kind.SCALAR) throw new Unsupported('complex key');
          // A block map's key starts its line (after indentation and `- `): `d: "" t:` is one
          // line of two pairs to the peer, an error to `yaml`.
          if (!inner) {
            const keyStart = mapping.key.startPosition;
            if (!/^[ \t]*(?:-[ \t]+)*$/.test(text.slice(text.lastIndexOf('\n', keyStart - 1) + 1, keyStart))) throw new Unsupported('key inside a line');
          }
          // `<<` stays a key, as `yaml` leaves it (src/yaml/walk.ts merges).
          const key = this.node(mapping.key, inner) as Scalar;
          last = mapping.value ? this.node(mapping.value, inner) : this.emptyValue(mapping.key.endPosition);
          (collection as InstanceType<typeof Y.YAMLMap>).items.push(new Y.Pair(key, last));
        }
      } else {
        for (const item of (node as YamlAst.YAMLSequence).items) {
          if (!item) throw new Unsupported('empty item');
          last = this.node(item, inner);
          (collection as InstanceType<typeof Y.YAMLSeq>).items.push(last);
        }
      }
      if (flow) {
        this.covered.push([start, start + 1], [end - 1, end]);
        collection.range = [start, end, inFlow ? end : this.restOfLine(end)];
      } else {
        // A block collection ends where its last value does.
        const until = last?.range ? last.range[2] : end;
        collection.range = [start, until, until];
      }
      return collection;
    }
    if (node.kind !== ast.Kind.SCALAR) throw new Unsupported('node kind');
    const scalarNode = node as YamlAst.YAMLScalar;
    let scalar: Scalar;
    if (scalarNode.doubleQuoted || scalarNode.singleQuoted) {
      // Ends at its closing quote (the peer's end may take the line break after it).
      let until = end;
      while (until > start + 1 && isWhiteSpace(text.charCodeAt(until - 1))) until--;
      if (text[until - 1] !== text[start]) throw new Unsupported('quoted end');
      // Folding quoted lines (blanks before a break, escaped breaks, empty lines) is where the two
      // parsers part; so are escapes past the common ones (`\U00110000` is an error to `yaml`),
      // and text right after the closing quote.
      if (text.lastIndexOf('\n', until - 1) >= start) throw new Unsupported('quoted over lines');
      if (scalarNode.doubleQuoted && /\\[^\\"nt\/ ]/.test(text.slice(start + 1, until - 1))) throw new Unsupported('escape');
      if (until < text.length && !/[ \t\r\n:,\]}]/.test(text[until]!)) throw new Unsupported('text after quote');
      scalar = new Y.Scalar(scalarNode.value);
      scalar.type = scalarNode.doubleQuoted ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
      scalar.range = [start, until, inFlow ? until : this.restOfLine(until)];
    } else if (scalarNode.plainScalar) {
      // The peer's end may take the line break and comment lines after the scalar: a scalar on one
      // line ends where its value does; one folded over lines at its last character, unless a
      // comment line comes last there (then `yaml` decides).
      let until = end;
      const value = scalarNode.value;
      if (text.startsWith(value, start)) until = start + value.length;
      else {
        while (until > start && isWhiteSpace(text.charCodeAt(until - 1))) until--;
        const lastLine = Math.max(start, text.lastIndexOf('\n', until - 1) + 1);
        if (lastLine > start && text.slice(lastLine, until).trimStart().startsWith('#')) throw new Unsupported('comment after plain');
        if (/\n(?:\.\.\.|---)(?:\s|$)/.test(text.slice(start, until))) throw new Unsupported('marker after plain');
        // A comment after the last line's part (` #` ends a plain scalar).
        const comment = /[ \t]#/.exec(text.slice(lastLine, until));
        if (comment) until = lastLine + comment.index;
        while (until > start && isWhiteSpace(text.charCodeAt(until - 1))) until--;
        if (until - start < value.length && !text.startsWith(value, start)) throw new Unsupported('plain end');
      }
      if (start === until) throw new Unsupported('empty plain');
      scalar = this.plain(scalarNode.value);
      scalar.range = [start, until, inFlow ? until : this.restOfLine(until)];
    } else {
      const header = /^([|>])([-+]?)[ \t]*(?:#[^\n]*)?\r?\n/.exec(text.slice(start, start + 256));
      if (!header || header[2] === '+') throw new Unsupported('block header');
      const body = start + header[0].length;
      if (/^[ \t]*\r?\n/.test(text.slice(body, body + 256))) throw new Unsupported('block blank first line');
      // `yaml` ends a block scalar after the line break of its last content line: not blank, and
      // indented as its first (the peer's end may take blank and less indented comment lines).
      const indent = /^[ \t]*/.exec(text.slice(body, body + 256))![0].length;
      if (indent === 0) throw new Unsupported('block at column 0');
      // A line of blanks deeper than the content is content to `yaml` (`|` then `  x`, `    `).
      if (hasDeepBlankLine(text, body, end, indent)) throw new Unsupported('deep blank line');
      let last = end;
      for (;;) {
        while (last > body && isWhiteSpace(text.charCodeAt(last - 1))) last--;
        if (last <= body) throw new Unsupported('empty block');
        const lineStart = text.lastIndexOf('\n', last - 1) + 1;
        if (/^[ \t]*/.exec(text.slice(lineStart, last))![0].length >= indent) break;
        last = lineStart;
      }
      const nl = text.indexOf('\n', last - 1);
      const until = nl === -1 ? text.length : nl + 1;
      // Every character of the lines but white space is the value's (the peer took a first line
      // that looks like a comment, at the top level, for one).
      if (scalarNode.value.replace(/\s+/g, '') !== text.slice(body, until).replace(/\s+/g, '')) throw new Unsupported('block value');
      scalar = new Y.Scalar(scalarNode.value);
      scalar.type = header[1] === '|' ? 'BLOCK_LITERAL' : 'BLOCK_FOLDED';
      scalar.range = [start, until, until];
    }
    scalar.source = scalarNode.value;
    this.covered.push([start, scalar.range![1]]);
    return scalar;
  }

  /** A plain scalar resolved as `yaml`'s core schema resolves it (the first default tag whose test matches). */
  private plain(source: string): Scalar {
    const { Y } = this;
    const tags = this.schema.tags as unknown as ScalarTag[];
    const tag = tags.find((t) => t.default === true && t.test?.test(source)) ?? ((this.schema as unknown as Record<symbol, ScalarTag>)[SCALAR_TAG] as ScalarTag);
    const resolved = tag.resolve(
      source,
      () => {
        throw new Unsupported('resolve');
      },
      {},
    );
    const scalar = (Y.isScalar(resolved) ? resolved : new Y.Scalar(resolved)) as Scalar;
    if (tag.format) scalar.format = tag.format;
    scalar.type = 'PLAIN';
    return scalar;
  }

  /** `yaml`'s null scalar of an empty node at `at`. */
  emptyAt(at: number): Scalar {
    const scalar = this.plain('');
    scalar.source = '';
    scalar.range = [at, at, at];
    return scalar;
  }

  /** `key:` with no value: `yaml`'s null scalar after the colon and the blanks beside it. */
  private emptyValue(keyEnd: number): Scalar {
    const { text } = this;
    let i = keyEnd;
    while (isBlank(text.charCodeAt(i))) i++;
    if (text[i] !== ':') throw new Unsupported('empty value');
    i++;
    while (isBlank(text.charCodeAt(i))) i++;
    return this.emptyAt(i);
  }

  /** After a value ending at `end` in block context: blanks, a comment and one line break. */
  private restOfLine(end: number): number {
    const { text } = this;
    let i = end;
    while (isBlank(text.charCodeAt(i))) i++;
    if (text[i] === '#') while (i < text.length && text[i] !== '\n') i++;
    if (text[i] === '\n') return i + 1;
    if (text[i] === '\r' && text[i + 1] === '\n') return i + 2;
    return i >= text.length ? i : end;
  }

  /**
   * Whether every character outside the nodes is white space, an indicator, a comment or a
   * document marker: a tag (`!!str 123`, which this parser drops and `yaml` keeps), an anchor,
   * an alias or a directive left there sends the file to `yaml`.
   */
  onlyStructureOutside(): boolean {
    const { text } = this;
    const spans = this.covered.sort((a, b) => a[0] - b[0]);
    let k = 0;
    for (let i = 0; i < text.length; i++) {
      while (k < spans.length && spans[k]![1] <= i) k++;
      if (k < spans.length && spans[k]![0] <= i) {
        i = spans[k]![1] - 1;
        continue;
      }
      const c = text.charCodeAt(i);
      if (isWhiteSpace(c) || STRUCTURE.has(c)) continue;
      if (c === 0x23 /* # */) {
        const nl = text.indexOf('\n', i);
        i = nl === -1 ? text.length : nl;
        continue;
      }
      // `...` ends a document (`---` is three indicators).
      if (c === 0x2e /* . */ && text.startsWith('...', i) && (i === 0 || text[i - 1] === '\n')) {
        i += 2;
        continue;
      }
      return false;
    }
    return true;
  }
}

/** Whether a line of [from, to) holds only spaces, more than `indent` of them. */
function hasDeepBlankLine(text: string, from: number, to: number, indent: number): boolean {
  for (let at = from; at < to; ) {
    let i = at;
    while (i < to && text.charCodeAt(i) === 0x20) i++;
    const nl = text.indexOf('\n', at);
    const lineEnd = nl === -1 || nl > to ? to : nl;
    if (i - at > indent && (i === lineEnd || (text.charCodeAt(i) === 0x0d && i + 1 === lineEnd))) return true;
    if (nl === -1) break;
    at = nl + 1;
  }
  return false;
}

/** `:`, `-`, `,`, `[`, `]`, `{`, `}` (not `?`: an explicit key goes to `yaml`). */
const STRUCTURE = new Set([0x3a, 0x2d, 0x2c, 0x5b, 0x5d, 0x7b, 0x7d]);

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

function isWhiteSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

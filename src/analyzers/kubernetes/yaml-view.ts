import type { Document, Node, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { isMap, isScalar, isSeq } from '../../yaml/library.js';
import { scalarText } from '../../yaml/locate.js';
import { AliasBudget, formatYamlPath, mapEntries, resolveNode } from '../../yaml/walk.js';

/** One entry of a mapping, merge keys resolved; `value` is where the value is written. */
export interface Entry {
  key: string;
  keyNode: Scalar | null;
  value: Node | null;
}

/**
 * The navigation these rules need over one document, on top of src/yaml/walk.ts: aliases and
 * `<<` merge keys resolved under one alias budget per document, nodes kept where written.
 */
export class YamlView {
  readonly budget = new AliasBudget();

  constructor(readonly doc: Document) {}

  resolve(node: unknown): Node | null {
    return resolveNode(node, this.doc, this.budget);
  }

  map(node: unknown): YAMLMap | null {
    const resolved = this.resolve(node);
    return isMap(resolved) ? resolved : null;
  }

  /** Sequence items, resolved; with `flatten`, nested sequences (GitLab `!reference`) are inlined. */
  items(node: unknown, flatten = false, depth = 0): Node[] {
    const seq = this.resolve(node);
    if (!seq || !isSeq(seq) || depth > 16) return [];
    const out: Node[] = [];
    for (const item of (seq as YAMLSeq).items) {
      const resolved = this.resolve(item);
      if (!resolved) continue;
      if (flatten && isSeq(resolved)) for (const inner of this.items(resolved, true, depth + 1)) out.push(inner);
      else out.push(resolved);
    }
    return out;
  }

  entries(node: unknown): Entry[] {
    return mapEntries(node, this.doc, this.budget).map((e) => ({ key: e.key, keyNode: e.keyNode, value: e.value }));
  }

  get(node: unknown, key: string): Node | null {
    return this.entries(node).find((e) => e.key === key)?.value ?? null;
  }

  /** A scalar's text (numbers and booleans as written), or null for anything else or an empty value. */
  text(node: unknown): string | null {
    const resolved = this.resolve(node);
    if (!resolved || !isScalar(resolved) || resolved.value === null || resolved.value === undefined) return null;
    return scalarText(resolved);
  }
}

/** `a.b[0].c`, in the format of src/yaml/walk.ts. */
export function joinPath(base: string, key: string | number): string {
  const tail = formatYamlPath([key]);
  if (base === '') return tail;
  return tail.startsWith('[') ? base + tail : `${base}.${tail}`;
}

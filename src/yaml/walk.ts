/**
 * Navigation over a parsed YAML document that resolves aliases and merge keys (`<<: *defaults`)
 * the way a consumer (GitHub, GitLab, Kubernetes) sees the data, while every value keeps the node
 * where it is literally written, so findings point there. yaml's `maxAliasCount` only guards
 * `toJS()`; an AST walk needs its own budget against alias bombs ("billion laughs") and cycles.
 */
import type { Alias, Document, Node, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { isAlias, isMap, isPair, isScalar, isSeq, yamlLibrary } from './library.js';
import { scalarText } from './locate.js';

export type PathSegment = string | number;

/**
 * How many nodes one walk may materialise through aliases before it stops resolving them. An
 * alias costs the size of what it names (every node under its anchor, nested aliases counted once
 * each, and charged again when followed), not one lookup: 400 jobs aliasing one list of 400 steps
 * are 160 000 steps to a consumer while written once. Real files stay far below (the largest
 * GitLab template of the corpus materialises a few thousand nodes).
 */
export const DEFAULT_ALIAS_BUDGET = 100_000;
const MAX_DEPTH = 200;

/** Shared by everything one rule does on one document: exhausted once, stays exhausted. */
export class AliasBudget {
  private used = 0;
  /** True once the budget ran out: results are partial and the caller should say so. */
  exceeded = false;
  /**
   * `mapEntries` per mapping under this budget: a mapping with merge keys is looked up once per
   * key by the rules, and its merges are resolved (and paid for) once, not per lookup.
   */
  readonly entries = new WeakMap<Node, MapEntry[]>();

  constructor(readonly limit = DEFAULT_ALIAS_BUDGET) {}

  /** Pays for `nodes` materialised nodes; false (and exhausted from then on) when they do not fit. */
  take(nodes = 1): boolean {
    if (this.exceeded) return false;
    if (this.used + nodes > this.limit) {
      this.exceeded = true;
      return false;
    }
    this.used += nodes;
    return true;
  }

  /** Nodes materialised so far. */
  get spent(): number {
    return this.used;
  }
}

/** Documents on which some walk ran out of alias budget, so the file can say so once (src/core/analyze.ts). */
const exhausted = new WeakSet<Document>();

/** True when a walk over this document stopped following aliases because its budget ran out. */
export function aliasBudgetExceeded(document: Document): boolean {
  return exhausted.has(document);
}

/**
 * Follows aliases to the node they name, paying for its size. Returns null for an unresolvable
 * alias, an exhausted budget, or no node at all.
 */
export function resolveNode(node: unknown, document: Document, budget: AliasBudget): Node | null {
  let current: unknown = node;
  for (let hops = 0; isAlias(current); hops++) {
    if (hops > MAX_DEPTH) return null;
    const target = aliasTarget(current, document);
    if (target && !budget.take(subtreeSize(target))) {
      exhausted.add(document);
      return null;
    }
    current = target;
  }
  if (current === null || current === undefined) return null;
  return current as Node;
}

const sizes = new WeakMap<Node, number>();

/**
 * Nodes under `root`, itself included; an alias inside counts as one node (it is paid for when
 * followed). Iterative, and memoised for every collection on the way, so nested anchors cost one
 * pass over the document in all.
 */
function subtreeSize(root: Node): number {
  const known = sizes.get(root);
  if (known !== undefined) return known;
  if (!isMap(root) && !isSeq(root)) return 1;
  interface Frame {
    node: YAMLMap | YAMLSeq;
    children: unknown[];
    next: number;
    total: number;
  }
  const childrenOf = (node: YAMLMap | YAMLSeq): unknown[] => {
    if (isSeq(node)) return node.items;
    const out: unknown[] = [];
    for (const pair of node.items) {
      out.push(pair.key, pair.value);
    }
    return out;
  };
  const stack: Frame[] = [{ node: root, children: childrenOf(root), next: 0, total: 1 }];
  let result = 1;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.children.length) {
      sizes.set(frame.node, frame.total);
      stack.pop();
      if (stack.length > 0) stack[stack.length - 1]!.total += frame.total;
      else result = frame.total;
      continue;
    }
    const child = frame.children[frame.next++];
    if (child === null || child === undefined) continue;
    const memo = isMap(child) || isSeq(child) ? sizes.get(child) : undefined;
    if (memo !== undefined) frame.total += memo;
    else if (isMap(child) || isSeq(child)) stack.push({ node: child, children: childrenOf(child), next: 0, total: 1 });
    else frame.total += 1;
  }
  return result;
}

const aliasTargets = new WeakMap<Document, Map<Alias, Node | null>>();

/**
 * The node an alias names: the last node with its anchor before it in document order, as
 * `Alias#resolve` finds it. That method walks the whole document on every call (quadratic in
 * files with many aliases, such as GitLab CI templates); this walks it once per document.
 */
function aliasTarget(alias: Alias, document: Document): Node | null {
  let targets = aliasTargets.get(document);
  if (!targets) {
    const found = new Map<Alias, Node | null>();
    const lastByAnchor = new Map<string, Node>();
    yamlLibrary().visit(document, {
      Node: (_key, node) => {
        if (isAlias(node)) found.set(node, lastByAnchor.get(node.source) ?? null);
        else if (node.anchor) lastByAnchor.set(node.anchor, node);
      },
    });
    aliasTargets.set(document, (targets = found));
  }
  return targets.get(alias) ?? null;
}

/** One key/value pair of a mapping, after merge keys; `keyNode` and `valueNode` are where they are written. */
export interface MapEntry {
  key: string;
  keyNode: Scalar | null;
  /** The value as written (may be an alias); use `value` for the resolved node. */
  valueNode: Node | null;
  /** The value with aliases followed; null for an empty value (`key:`). */
  value: Node | null;
  /** True when the entry came from a `<<` merge rather than being written in this mapping. */
  merged: boolean;
}

/**
 * The entries of a mapping as a consumer sees them: `<<: *a` and `<<: [*a, *b]` merged in
 * (explicit keys win, earlier merge sources win over later ones), with duplicate keys resolved
 * to the last one written, as yaml's non-unique mode does.
 */
export function mapEntries(node: unknown, document: Document, budget: AliasBudget, depth = 0): MapEntry[] {
  const map = resolveNode(node, document, budget);
  if (!map || !isMap(map) || depth > MAX_DEPTH) return [];
  const cached = budget.entries.get(map);
  if (cached) return cached;
  // A merge cycle (`&a {<<: *a}`) meets this placeholder and adds nothing.
  budget.entries.set(map, []);
  const result = ownAndMergedEntries(map as YAMLMap, document, budget, depth);
  budget.entries.set(map, result);
  return result;
}

function ownAndMergedEntries(map: YAMLMap, document: Document, budget: AliasBudget, depth: number): MapEntry[] {
  const own = new Map<string, MapEntry>();
  const merges: MapEntry[][] = [];
  for (const pair of map.items) {
    if (!isPair(pair)) continue;
    const keyNode = resolveNode(pair.key, document, budget);
    const key = keyNode && isScalar(keyNode) ? scalarText(keyNode) : null;
    if (key === null) continue;
    const valueNode = (pair.value as Node | null) ?? null;
    const isMergeKey = key === '<<' && isScalar(pair.key) && (pair.key as Scalar).type === 'PLAIN';
    if (isMergeKey) {
      const source = resolveNode(valueNode, document, budget);
      const sources = source && isSeq(source) ? (source as YAMLSeq).items : [source]; // resolved once: paid once
      for (const item of sources) merges.push(mapEntries(item, document, budget, depth + 1));
      continue;
    }
    own.delete(key); // the last duplicate wins, and keeps its own position
    own.set(key, { key, keyNode: isScalar(pair.key) ? (pair.key as Scalar) : null, valueNode, value: resolveNode(valueNode, document, budget), merged: false });
  }
  const result: MapEntry[] = [];
  const seen = new Set(own.keys());
  for (const entries of merges) {
    for (const entry of entries) {
      if (seen.has(entry.key)) continue;
      seen.add(entry.key);
      result.push(entry.merged ? entry : { ...entry, merged: true });
    }
  }
  for (const entry of own.values()) result.push(entry);
  return result;
}

/** The entry named `key` of a mapping (merge keys resolved), or undefined. */
export function getEntry(node: unknown, key: string, document: Document, budget: AliasBudget): MapEntry | undefined {
  return mapEntries(node, document, budget).find((e) => e.key === key);
}

/** The resolved value at `key` of a mapping, or null. */
export function getValue(node: unknown, key: string, document: Document, budget: AliasBudget): Node | null {
  return getEntry(node, key, document, budget)?.value ?? null;
}

/** The items of a sequence, each resolved, with the item as written. */
export function seqItems(node: unknown, document: Document, budget: AliasBudget): { index: number; valueNode: Node | null; value: Node | null }[] {
  const seq = resolveNode(node, document, budget);
  if (!seq || !isSeq(seq)) return [];
  return (seq as YAMLSeq).items.map((item, index) => ({ index, valueNode: (item as Node | null) ?? null, value: resolveNode(item, document, budget) }));
}

/** A scalar's text if the (resolved) node is a scalar, else null. */
export function scalarValue(node: Node | null): string | null {
  return node && isScalar(node) ? scalarText(node) : null;
}

/** One value met by `walkValues`. */
export interface WalkedValue {
  /** Keys and indices from the document root. */
  path: PathSegment[];
  /** The resolved node: a scalar, map or sequence. */
  node: Node;
  /** The key scalar as written, for mapping entries. */
  keyNode: Scalar | null;
  /** True when reached through an alias or a merge key (the node is written elsewhere). */
  viaAlias: boolean;
}

export interface WalkOptions {
  budget?: AliasBudget;
  /** Return false to skip a subtree. */
  enter?: (value: WalkedValue) => boolean | void;
}

/**
 * Visits every value of a document depth-first with its path, aliases and merge keys resolved
 * under the alias budget. A node reached again through an alias inside itself is not re-entered.
 */
export function walkValues(document: Document, visit: (value: WalkedValue) => void, options: WalkOptions = {}): AliasBudget {
  const budget = options.budget ?? new AliasBudget();
  const stack = new Set<Node>();
  // `resolved`: a mapping value mapEntries already resolved (and paid for), not resolved again.
  const step = (written: unknown, path: PathSegment[], keyNode: Scalar | null, viaAlias: boolean, resolved?: Node | null) => {
    if (path.length > MAX_DEPTH) return;
    const aliased = viaAlias || isAlias(written);
    const node = resolved !== undefined ? resolved : resolveNode(written, document, budget);
    if (!node || stack.has(node)) return;
    const value: WalkedValue = { path, node, keyNode, viaAlias: aliased };
    visit(value);
    if (options.enter && options.enter(value) === false) return;
    stack.add(node);
    if (isMap(node)) {
      for (const entry of mapEntries(node, document, budget)) step(entry.valueNode, [...path, entry.key], entry.keyNode, aliased || entry.merged, entry.value);
    } else if (isSeq(node)) {
      (node as YAMLSeq).items.forEach((item, index) => step(item, [...path, index], null, aliased));
    }
    stack.delete(node);
  };
  step(document.contents, [], null, false);
  return budget;
}

/** `jobs.build.steps[2].env.OPENAI_API_KEY`; keys that are not plain identifiers are quoted. */
export function formatYamlPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z0-9_-]+$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

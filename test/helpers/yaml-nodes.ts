/** What the rules read of a parse, node by node: the fast YAML path must give it as `yaml` does. */
import type { Document, Node } from 'yaml';
import { yamlLibrary } from '../../src/yaml/library.js';

/** Every node in document order, with what the rules read of it. */
export function decisive(documents: readonly Document.Parsed[]): unknown[] {
  const Y = yamlLibrary();
  const out: unknown[] = [documents.length];
  const visit = (node: Node | null | undefined): void => {
    if (!node) return void out.push(null);
    const seen: Record<string, unknown> = { class: node.constructor.name, flow: Boolean((node as { flow?: boolean }).flow), start: node.range?.[0], anchor: node.anchor, tag: node.tag };
    if (Y.isAlias(node)) Object.assign(seen, { source: node.source, end: node.range?.[1] });
    if (Y.isScalar(node)) Object.assign(seen, { value: node.value, type: node.type, source: node.source, format: node.format, fraction: node.minFractionDigits, end: node.range?.[1] });
    out.push(seen);
    if (Y.isMap(node)) {
      for (const pair of node.items) {
        out.push(Y.isPair(pair));
        visit(pair.key as Node);
        visit(pair.value as Node);
      }
    } else if (Y.isSeq(node)) for (const item of node.items) visit(item as Node);
  };
  for (const document of documents) visit(document.contents as Node);
  return out;
}


/**
 * The YAML library (`yaml`, a third of the code a scan would otherwise load) is loaded on first
 * need, not at start: a pre-commit scan of a change without YAML files never loads it. Whoever may
 * parse YAML awaits `loadYamlLibrary()` first (the scan entry points, through
 * src/core/libraries.ts); code below uses the node predicates here, which need no loading (no YAML
 * node exists before a parse, so they answer false until then), and `yamlLibrary()` for the rest,
 * which throws a clear internal error when a load point was missed.
 */
import type * as Yaml from 'yaml';
import type * as YamlAst from '@stoplight/yaml-ast-parser';

let library: typeof Yaml | null = null;
/** The fast parser (src/yaml/fast-parse.ts), loaded with `yaml`. */
let astLibrary: typeof YamlAst | null = null;

export async function loadYamlLibrary(): Promise<typeof Yaml> {
  if (library === null || astLibrary === null) {
    const [yaml, ast] = await Promise.all([import('yaml'), import('@stoplight/yaml-ast-parser')]);
    library ??= yaml;
    // A CommonJS package: its exports are the default export of the ES namespace.
    astLibrary ??= ((ast as unknown as { default?: typeof YamlAst }).default ?? ast) as typeof YamlAst;
  }
  return library;
}

/** For a bundle that holds the libraries itself (the Action): no separate chunk to load. */
export function provideYamlLibrary(bundled: typeof Yaml, ast: typeof YamlAst): void {
  library ??= bundled;
  astLibrary ??= ast;
}

/** The fast parser, or null where only `yaml` was provided (it then parses everything). */
export function yamlAstLibrary(): typeof YamlAst | null {
  return astLibrary;
}

export function yamlLibrary(): typeof Yaml {
  if (library === null) throw new Error('internal error: YAML is parsed before the YAML library was loaded');
  return library;
}

export function yamlLibraryLoaded(): boolean {
  return library !== null;
}

export const isAlias = ((node: unknown) => library !== null && library.isAlias(node)) as typeof Yaml.isAlias;
export const isMap = ((node: unknown) => library !== null && library.isMap(node)) as typeof Yaml.isMap;
export const isPair = ((node: unknown) => library !== null && library.isPair(node)) as typeof Yaml.isPair;
export const isScalar = ((node: unknown) => library !== null && library.isScalar(node)) as typeof Yaml.isScalar;
export const isSeq = ((node: unknown) => library !== null && library.isSeq(node)) as typeof Yaml.isSeq;

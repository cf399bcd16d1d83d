#!/usr/bin/env node
// `node bench/yaml-parsers.mjs [DIR...]`: how fast YAML parsers other than `yaml` (the one the
// rules read) parse the same files, and how far the one that gives positions agrees with it.
// Issue 20: `yaml` parses about 3.5 MB/s, the largest single cost of the corpus scan. The peers are
// installed into BENCH_DIR/peers/yaml-parsers at run time (never dependencies of this package).
// Default DIRs: ../shared/corpus and BENCH_DIR/big (made by `npm run bench`), where present.
// Nothing is asserted; it prints the figures.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const work = process.env.BENCH_DIR ?? '/tmp/osl-bench';
const peers = path.join(work, 'peers', 'yaml-parsers');
const PEERS = ['js-yaml@4', '@stoplight/yaml-ast-parser@0.0.50'];

if (!existsSync(path.join(peers, 'node_modules', '@stoplight', 'yaml-ast-parser'))) {
  console.log(`installing ${PEERS.join(', ')} into ${peers} (benchmark only)…`);
  const npm = spawnSync('npm', ['install', '--silent', '--no-audit', '--no-fund', '--prefix', peers, ...PEERS], { encoding: 'utf8' });
  if (npm.status !== 0) throw new Error(`npm install failed: ${npm.stderr}`);
}
const Y = createRequire(path.join(here, '..', 'package.json'))('yaml');
const fromPeers = createRequire(path.join(peers, 'package.json'));
const jsYaml = fromPeers('js-yaml');
const S = fromPeers('@stoplight/yaml-ast-parser');
const version = (name, req) => JSON.parse(readFileSync(req.resolve(`${name}/package.json`), 'utf8')).version;
console.log(`yaml ${Y.version ?? version('yaml', createRequire(path.join(here, '..', 'package.json')))}, js-yaml ${version('js-yaml', fromPeers)}, @stoplight/yaml-ast-parser ${version('@stoplight/yaml-ast-parser', fromPeers)}, Node ${process.version}`);

function yamlFiles(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '.git') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yamlFiles(full, out);
    else if (entry.isFile() && /\.ya?ml$/i.test(entry.name) && statSync(full).size <= 10 * 1024 * 1024) out.push(full);
  }
  return out;
}

const dirs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : [path.join(here, '..', '..', 'shared', 'corpus'), path.join(work, 'big')].filter(existsSync);
// As src/yaml/load.ts calls it.
const yamlOptions = { prettyErrors: false, uniqueKeys: false, strict: false };
const parsers = {
  yaml: (text) => Y.parseAllDocuments(text, { ...yamlOptions, lineCounter: new Y.LineCounter() }),
  'js-yaml (no positions)': (text) => jsYaml.loadAll(text, null, { json: true }),
  '@stoplight/yaml-ast-parser': (text) => S.loadAll(text, () => {}, { ignoreDuplicateKeys: true }),
};

/** Every node in document order: kind, value (scalars, resolved by the core schema), start, and a plain or quoted scalar's end. */
function yamlNodes(node, out) {
  if (!node) return out.push(['empty']);
  if (Y.isMap(node)) {
    out.push(['map', node.range[0]]);
    for (const pair of node.items) (yamlNodes(pair.key, out), yamlNodes(pair.value, out));
  } else if (Y.isSeq(node)) {
    out.push(['seq', node.range[0]]);
    for (const item of node.items) yamlNodes(item, out);
  } else if (Y.isAlias(node)) out.push(['alias', node.range[0] + 1]);
  else if (node.value === null && node.range[0] === node.range[1]) out.push(['empty']);
  else out.push(['scalar', node.value, node.type.startsWith('BLOCK') ? 'BLOCK' : node.type, node.range[0], node.type.startsWith('BLOCK') ? null : node.range[1]]);
}

function stoplightNodes(node, out) {
  if (!node) return out.push(['empty']);
  if (node.kind === S.Kind.MAP) {
    out.push(['map', node.startPosition]);
    for (const m of node.mappings) (stoplightNodes(m.key, out), stoplightNodes(m.value, out));
  } else if (node.kind === S.Kind.SEQ) {
    out.push(['seq', node.startPosition]);
    for (const item of node.items) stoplightNodes(item, out);
  } else if (node.kind === S.Kind.ANCHOR_REF) out.push(['alias', node.startPosition]);
  else {
    const type = node.doubleQuoted ? 'QUOTE_DOUBLE' : node.singleQuoted ? 'QUOTE_SINGLE' : node.plainScalar ? 'PLAIN' : 'BLOCK';
    let value = node.value;
    if (type === 'PLAIN') {
      const t = S.determineScalarType(node);
      value = t === S.ScalarType.null ? null : t === S.ScalarType.bool ? S.parseYamlBoolean(value) : t === S.ScalarType.int ? S.parseYamlInteger(value) : t === S.ScalarType.float ? S.parseYamlFloat(value) : value;
      if (value === null && node.startPosition === node.endPosition) return out.push(['empty']);
    }
    out.push(['scalar', value, type, node.startPosition, type === 'BLOCK' ? null : node.endPosition]);
  }
}

/**
 * yaml's full ranges ([start, value end, node end]) for every node, in document order, and the
 * same derived from the peer's [start, end] by a few rules of thumb seen in yaml's output (a
 * block collection ends where its last value does; a block value's node end takes the rest of its
 * line: blanks, a comment, the line break; an alias starts at its `*`; a block scalar ends after
 * its last line break). How many files these rules get exactly right, and what the rest miss,
 * tells what an adapter from the peer's tree to yaml's nodes has left to learn.
 */
function yamlRanges(node, out) {
  if (!node) return out.push(null);
  const kind = Y.isMap(node) ? (node.flow ? 'flow map' : 'map') : Y.isSeq(node) ? (node.flow ? 'flow seq' : 'seq') : Y.isScalar(node) ? node.type : 'alias';
  out.push([kind, ...node.range]);
  if (Y.isMap(node)) for (const pair of node.items) (yamlRanges(pair.key, out), yamlRanges(pair.value, out));
  else if (Y.isSeq(node)) for (const item of node.items) yamlRanges(item, out);
}

function restOfLine(text, end) {
  let i = end;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] === '#') while (i < text.length && text[i] !== '\n') i++;
  if (text[i] === '\n') return i + 1;
  if (text[i] === '\r' && text[i + 1] === '\n') return i + 2;
  return i >= text.length ? i : end;
}

function derivedRanges(text, node, out, inFlow) {
  if (!node) return (out.push(null), null);
  const at = out.length;
  out.push(null);
  let kind;
  let start = node.startPosition;
  let valueEnd = node.endPosition;
  let nodeEnd;
  if (node.kind === S.Kind.MAP || node.kind === S.Kind.SEQ) {
    const flow = text[start] === '{' || text[start] === '[';
    kind = (flow ? 'flow ' : '') + (node.kind === S.Kind.MAP ? 'map' : 'seq');
    let last = null;
    if (node.kind === S.Kind.MAP) for (const m of node.mappings) (derivedRanges(text, m.key, out, inFlow || flow), (last = derivedRanges(text, m.value, out, inFlow || flow) ?? last));
    else for (const item of node.items) last = derivedRanges(text, item, out, inFlow || flow) ?? last;
    if (flow) nodeEnd = inFlow ? valueEnd : restOfLine(text, valueEnd);
    else nodeEnd = valueEnd = last ? last[3] : valueEnd;
  } else if (node.kind === S.Kind.ANCHOR_REF) {
    kind = 'alias';
    start -= 1;
    nodeEnd = inFlow ? valueEnd : restOfLine(text, valueEnd);
  } else {
    kind = node.doubleQuoted ? 'QUOTE_DOUBLE' : node.singleQuoted ? 'QUOTE_SINGLE' : node.plainScalar ? 'PLAIN' : text[start] === '|' ? 'BLOCK_LITERAL' : 'BLOCK_FOLDED';
    if (kind.startsWith('BLOCK')) nodeEnd = valueEnd = valueEnd + 1;
    else nodeEnd = inFlow ? valueEnd : restOfLine(text, valueEnd);
  }
  out[at] = [kind, start, valueEnd, nodeEnd];
  return out[at];
}

for (const dir of dirs) {
  const texts = yamlFiles(dir).map((f) => readFileSync(f, 'utf8'));
  const chars = texts.reduce((sum, t) => sum + t.length, 0);
  console.log(`\n${dir}: ${texts.length} YAML files, ${(chars / 1e6).toFixed(1)} M chars`);
  const base = {};
  for (const [name, parse] of Object.entries(parsers)) {
    const rounds = [];
    for (let round = 0; round < 4; round++) {
      const started = performance.now();
      for (const text of texts) {
        try {
          parse(text);
        } catch {
          // js-yaml throws on the first error; timed all the same
        }
      }
      rounds.push(performance.now() - started);
    }
    base.cold ??= rounds[0];
    base.warm ??= rounds[3];
    console.log(`  ${name.padEnd(28)} first round ${rounds[0].toFixed(0).padStart(5)} ms (${(base.cold / rounds[0]).toFixed(1)}x yaml), fourth ${rounds[3].toFixed(0).padStart(5)} ms = ${(chars / 1e3 / rounds[3]).toFixed(1)} MB/s (${(base.warm / rounds[3]).toFixed(1)}x yaml)`);
  }
  // Agreement of @stoplight/yaml-ast-parser with yaml, file by file.
  let bothInvalid = 0, yamlOnlyInvalid = 0, stoplightOnlyInvalid = 0, same = 0, differ = 0, rangesExact = 0;
  const missed = new Map();
  for (const text of texts) {
    const documents = Y.parseAllDocuments(text, yamlOptions);
    const yamlInvalid = !Array.isArray(documents) || documents.some((d) => d.errors.length > 0);
    const theirs = [];
    let stoplightInvalid = false;
    try {
      S.loadAll(text, (d) => (d?.errors.length > 0 && (stoplightInvalid = true), stoplightNodes(d, theirs)), { ignoreDuplicateKeys: true });
    } catch {
      stoplightInvalid = true;
    }
    if (yamlInvalid || stoplightInvalid) {
      if (yamlInvalid && stoplightInvalid) bothInvalid++;
      else if (yamlInvalid) yamlOnlyInvalid++;
      else stoplightOnlyInvalid++;
      continue;
    }
    const ours = [];
    for (const d of documents) yamlNodes(d.contents, ours);
    if (JSON.stringify(ours) === JSON.stringify(theirs)) same++;
    else differ++;
    const exact = [];
    for (const d of documents) yamlRanges(d.contents, exact);
    const derived = [];
    S.loadAll(text, (d) => derivedRanges(text, d, derived, false), { ignoreDuplicateKeys: true });
    const first = exact.findIndex((x, i) => JSON.stringify(x) !== JSON.stringify(derived[i] ?? null));
    if (first === -1 && exact.length === derived.length) rangesExact++;
    else {
      const [x, y] = [exact[first], derived[first]];
      const what = !x || !y || x[0] !== y[0] ? `node ${x?.[0] ?? 'none'} where the rules give ${y?.[0] ?? 'none'} (an empty value or document)` : `${x[0]}: ${['start', 'value end', 'node end'].filter((_, k) => x[k + 1] !== y[k + 1]).join(', ')}`;
      missed.set(what, (missed.get(what) ?? 0) + 1);
    }
  }
  console.log(`  agreement of @stoplight/yaml-ast-parser with yaml (values, core-schema types, quoting, node starts, plain and quoted scalars' ends):`);
  console.log(`    invalid for both ${bothInvalid}, for yaml only ${yamlOnlyInvalid}, for the peer only ${stoplightOnlyInvalid}; valid for both: ${same} agree, ${differ} differ`);
  console.log(`  every node's full range derived from the peer's (rules of thumb above): ${rangesExact} of ${same + differ} valid files exact; the first miss of the others:`);
  for (const [what, count] of [...missed].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`    ${String(count).padStart(5)}  ${what}`);
}

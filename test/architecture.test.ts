/**
 * The layering the design promises, checked on the sources: detectors never import analyzers,
 * formatters never import analyzers or a front door (they read rule metadata from the report),
 * only the Action imports the runner toolkit, and the core never imports a front door.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

/** Every module a file imports, as a path relative to src/ (or the package name). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
    const spec = m[1]!;
    out.push(spec.startsWith('.') ? path.relative(SRC, path.resolve(path.dirname(file), spec)).split(path.sep).join('/') : spec);
  }
  for (const m of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    const spec = m[1]!;
    out.push(spec.startsWith('.') ? path.relative(SRC, path.resolve(path.dirname(file), spec)).split(path.sep).join('/') : spec);
  }
  return out;
}

const ALL = sources(SRC).map((file) => ({ file: path.relative(SRC, file).split(path.sep).join('/'), imports: importsOf(file) }));

function violations(from: RegExp, to: RegExp): string[] {
  return ALL.filter((m) => from.test(m.file)).flatMap((m) => m.imports.filter((i) => to.test(i)).map((i) => `${m.file} -> ${i}`));
}

describe('layering', () => {
  it('reads the sources it checks', () => {
    expect(ALL.length).toBeGreaterThan(100);
    expect(ALL.find((m) => m.file === 'core/scan.ts')!.imports).toContain('analyzers/plain-rules.js');
  });

  it('detectors never import analyzers or anything above them', () => {
    expect(violations(/^detectors\//, /^(analyzers|output|action|cli)\//)).toEqual([]);
  });

  it('formatters never import analyzers or a front door', () => {
    expect(violations(/^output\//, /^(analyzers|action|cli)\//)).toEqual([]);
  });

  it('the core never imports a front door or a formatter', () => {
    expect(violations(/^core\//, /^(action|cli|output)\//)).toEqual([]);
  });

  it('only the Action imports the runner toolkit and the GitHub API client', () => {
    // @actions/expressions is a parser of workflow expressions: the analyzers' business.
    expect(violations(/^(?!action\/)/, /^@actions\/(core|github|http-client|exec|io)\b/)).toEqual([]);
  });
});

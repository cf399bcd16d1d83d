/**
 * The build's check for modules ncc could not find (scripts/bundle-check.mjs): ncc exits 0 and
 * bundles a stub that throws when loaded, so a build whose emitted JavaScript lost files (a second
 * build deleting .build-emit meanwhile) must stop instead of shipping a dist that cannot start.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { checkNoMissingModules } from '../../scripts/bundle-check.mjs';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function temp(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'osl-bundle-check-'));
  dirs.push(dir);
  return dir;
}

describe('checkNoMissingModules', () => {
  it('stops the build on the stub ncc bundles for a module it could not find (and ncc itself exits 0)', () => {
    const src = temp();
    writeFileSync(path.join(src, 'package.json'), '{"type":"module"}\n');
    writeFileSync(path.join(src, 'entry.js'), 'import { a } from "./gone.js";\nconsole.log(a);\n');
    const out = path.join(src, 'out');
    const ncc = createRequire(import.meta.url).resolve('@vercel/ncc/dist/ncc/cli.js');
    // Throws on a non-zero exit: ncc reports success.
    execFileSync(process.execPath, [ncc, 'build', path.join(src, 'entry.js'), '-o', out, '--quiet', '--target', 'es2022'], { stdio: 'pipe' });
    expect(readFileSync(path.join(out, 'index.js'), 'utf8')).toContain('eval("require")("./gone.js")');
    expect(() => checkNoMissingModules(out)).toThrow(`${path.join(out, 'index.js')}: the bundler could not find module "./gone.js" (was .build-emit changed by another build?)`);
  });

  it('looks into every bundle folder, and passes complete bundles', () => {
    const dist = temp();
    mkdirSync(path.join(dist, 'cli'));
    writeFileSync(path.join(dist, 'index.js'), 'const require_ = "eval(\\"require\\") is fine in a string without a call";\n');
    writeFileSync(path.join(dist, 'cli', 'index.js'), 'export {};\n');
    writeFileSync(path.join(dist, 'licenses.txt'), 'eval("require")("x")\n');
    expect(() => checkNoMissingModules(dist)).not.toThrow();
    writeFileSync(path.join(dist, 'cli', '12.index.js'), '/***/ 3763:\n/***/ ((module) => {\n\nmodule.exports = eval("require")("../core/version.js");\n');
    expect(() => checkNoMissingModules(dist)).toThrow(`${path.join(dist, 'cli', '12.index.js')}: the bundler could not find module "../core/version.js"`);
  });
});

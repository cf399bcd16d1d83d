// ncc does not fail on a module it cannot find: it exits 0 and bundles, in its place, a stub that
// calls `require` when loaded, which an ES module bundle does not have, so the bundle throws on
// start (even `--version`). Modules go missing when a second build starts while this one bundles:
// it deletes the shared .build-emit folder (scripts/build.mjs). The build stops here instead.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const STUB = /eval\("require"\)\(("[^"\n]*")\)/;

/** Throws when a bundle under `dir` holds ncc's stub for a module it could not find. */
export function checkNoMissingModules(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) checkNoMissingModules(file);
    else if (entry.name.endsWith('.js')) {
      const stub = STUB.exec(readFileSync(file, 'utf8'));
      if (stub) throw new Error(`${file}: the bundler could not find module ${stub[1]} (was .build-emit changed by another build?)`);
    }
  }
}

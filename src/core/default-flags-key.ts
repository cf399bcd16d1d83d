/**
 * Where the CLI's chunk loader (src/cli/chunk-cache.ts) finds `underDefaultFlags`
 * (src/core/heap-growth.ts) once the scanner has loaded it: a key of its own, so that the loader,
 * which every start-up loads, loads neither node:v8 nor the scanner.
 */
export const DEFAULT_FLAGS_KEY = Symbol.for('openai-secret-lint.under-default-v8-flags');

/** Runs `compile` while V8's flags have their default values, and puts back what was set. */
export type UnderDefaultFlags = <T>(compile: () => T) => T;

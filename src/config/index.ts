export { applyConfig } from './apply.js';
export { CONFIG_FILE_NAMES, findConfigFile, loadConfig, MAX_CONFIG_BYTES, parseConfigText, type LoadedConfig } from './load.js';
export type { Config } from './types.js';
export { parseConfig } from './validate.js';

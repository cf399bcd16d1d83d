export { applyConfig } from './apply.js';
export { CONFIG_FILE_NAMES, findConfigFile, loadConfig, MAX_CONFIG_BYTES, type LoadedConfig } from './load.js';
export type { Config } from './types.js';
export { parseConfig, parseConfigText } from './validate.js';

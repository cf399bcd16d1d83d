import type { Settings } from '../core/settings.js';
import { customDetectorSpecs } from './detectors.js';
import type { Config } from './types.js';

/**
 * Merges a validated config into Settings (the CLI and the Action both call this, then apply
 * their own flags or inputs on top). Lists given in the config replace the defaults.
 */
export function applyConfig(settings: Settings, config: Config): Settings {
  return applyDetectorsConfig(applyBaseConfig(settings, config), config);
}

/** `detectors:`: added to the custom detectors already set (e.g. imported gitleaks rules). */
export function applyDetectorsConfig(settings: Settings, config: Config): Settings {
  if (!config.detectors || config.detectors.length === 0) return settings;
  return { ...settings, customDetectors: [...(settings.customDetectors ?? []), ...customDetectorSpecs(config.detectors)] };
}

function applyBaseConfig(settings: Settings, config: Config): Settings {
  return {
    ...settings,
    failOn: config.failOn ?? settings.failOn,
    include: config.include ?? settings.include,
    exclude: config.exclude ?? settings.exclude,
    rules: { ...settings.rules, ...config.rules },
    allow: {
      paths: config.allow?.paths ?? settings.allow.paths,
      patterns: config.allow?.patterns ?? settings.allow.patterns,
      fingerprints: config.allow?.fingerprints ?? settings.allow.fingerprints,
    },
    secretNames: {
      extra: config.secretNames?.extra ?? settings.secretNames.extra,
      ignore: config.secretNames?.ignore ?? settings.secretNames.ignore,
    },
    decodeDepth: config.decodeDepth ?? settings.decodeDepth,
    maxFileSize: config.maxFileSize ?? settings.maxFileSize,
    envFileTemplates: config.envFiles?.templates ?? settings.envFileTemplates,
    kubernetes: { strictSecretEnv: config.kubernetes?.strictSecretEnv ?? settings.kubernetes.strictSecretEnv },
  };
}

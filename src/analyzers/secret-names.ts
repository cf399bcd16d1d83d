/**
 * The secret-name logic lives with the detectors (the generic rule needs it, and detectors never
 * import analyzers); the rules keep importing it from here.
 */
export * from '../detectors/secret-names.js';

import type { Detector } from './types.js';
import { openaiDetector } from './openai.js';

/** Every provider the text analyzer looks for, in one flat list. */
export const DETECTORS: readonly Detector[] = [openaiDetector];

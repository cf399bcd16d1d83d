export { baselineFromReport, parseBaseline, readBaseline, writeBaseline, type BaselineFile } from './baseline.js';

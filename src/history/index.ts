export { scanHistory, type HistoryFinding, type HistoryOptions } from './scan-history.js';

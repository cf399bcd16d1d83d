export { changedLinesSince, stagedChangedLines } from './changed-lines.js';
export { parseAddedLines, UnifiedDiffParser, unquoteGitPath } from './unified-diff.js';
export { scanStaged } from './staged.js';

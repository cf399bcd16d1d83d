import type { FileRule, RepositoryRule } from '../types.js';
import { gitlabDebugTraceRule } from './debug-trace.js';
import { gitlabImageCredentialsRule } from './image-credentials.js';
import { gitlabLiteralVariableRule } from './literal-variable.js';
import { gitlabScriptLiteralRule } from './script-literal.js';
import { gitlabSecretEchoRule } from './secret-echo.js';

/** The GitLab CI rules, one file each, in a flat list. */
export const GITLAB_CI_RULES: readonly FileRule[] = [
  gitlabLiteralVariableRule,
  gitlabScriptLiteralRule,
  gitlabImageCredentialsRule,
  gitlabSecretEchoRule,
  gitlabDebugTraceRule,
];
export const GITLAB_CI_REPOSITORY_RULES: readonly RepositoryRule[] = [];

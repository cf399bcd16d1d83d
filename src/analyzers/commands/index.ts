import type { FileRule, RepositoryRule } from '../types.js';
import { commandCredentialRule } from './command-credential.js';
import { npmrcCredentialRule } from './npmrc-credential.js';

/** Credentials written into command lines and registry config, one rule per file. */
export const COMMAND_RULES: readonly FileRule[] = [commandCredentialRule, npmrcCredentialRule];
export const COMMAND_REPOSITORY_RULES: readonly RepositoryRule[] = [];

import type { FileRule, RepositoryRule } from '../types.js';
import { composeEnvironmentRule } from './compose-environment.js';
import { dockerfileEnvArgRule } from './dockerfile-env-arg.js';

/** The Compose and Dockerfile rules, one file each, in a flat list. */
export const CONTAINER_RULES: readonly FileRule[] = [composeEnvironmentRule, dockerfileEnvArgRule];
export const CONTAINER_REPOSITORY_RULES: readonly RepositoryRule[] = [];

export const CONTAINERS_HELP = 'https://github.com/openai-secret-lint/openai-secret-lint/blob/main/docs/rules/containers.md';
